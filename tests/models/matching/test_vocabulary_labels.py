"""Every value of the profile's closed sets has its own label: a kind of zone never reads as an industry."""

from __future__ import annotations

from enum import StrEnum

import pytest

from desktop.models.vocabulary import Condition, Endowment, Figure, Industry, Kind, Level, Stage, label

ENUMS: tuple[type[StrEnum], ...] = (Level, Kind, Stage, Industry, Endowment, Condition, Figure)


def test_the_other_kind_and_the_other_industries_are_told_apart() -> None:
    # Both values are spelt "other" in the format; the 类型 list and the 主导产业 list must still say different things.
    assert label(Kind.OTHER).zh == "其他类型" and label(Kind.OTHER).en == "Other kind"
    assert label(Industry.OTHER).zh == "其他产业" and label(Industry.OTHER).en == "Other industries"


@pytest.mark.parametrize("enum", ENUMS, ids=lambda e: e.__name__)
def test_labels_within_one_list_are_distinct(enum: type[StrEnum]) -> None:
    labels = [label(member) for member in enum]
    assert len({t.zh for t in labels}) == len(labels)
    assert len({t.en for t in labels}) == len(labels)


def test_no_kind_borrows_the_label_of_another_list() -> None:
    others = {label(member).zh for enum in ENUMS if enum is not Kind for member in enum}
    assert not {label(kind).zh for kind in Kind} & others


def test_every_kind_of_item_and_of_match_has_a_name_and_a_heading_of_its_own() -> None:
    from desktop.models.vocabulary.kinds import ItemKind, MatchKind, kind_group_label, kind_label

    for words in (kind_label, kind_group_label):
        names = [words(kind) for kind in ItemKind]
        assert len({t.zh for t in names}) == len({t.en for t in names}) == len(ItemKind)
        # A match is called what the knowledge item it stands for is called.
        assert all(words(kind) == words(ItemKind(kind.value)) for kind in MatchKind)


def test_plan_values_each_read_differently_in_both_languages() -> None:
    from desktop.models.vocabulary.plan import Phase, Priority, Status, plan_label

    for enum in (Priority, Phase, Status):
        words = [plan_label(member) for member in enum]
        assert len({t.zh for t in words}) == len({t.en for t in words}) == len(enum)
