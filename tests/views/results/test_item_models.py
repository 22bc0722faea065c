"""The pages' item models on their own: plain rows in, consistent Qt models out."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.views.compare.models import (
    MAX_CHOSEN,
    ComparisonColumn,
    ComparisonModel,
    ProfileChoice,
    ProfileChoiceModel,
)
from desktop.views.results.ranking_model import ID_ROLE, SCORE, SCORE_ROLE, RankingGroup, RankingModel, RankingRow

GROUPS = [
    RankingGroup("Traits", (RankingRow("trait.a", "A", 80.0, "¶2–3"), RankingRow("trait.b", "B", 12.5, "¶6"))),
    RankingGroup("Cases", ()),
    RankingGroup("Practices", (RankingRow("practice.c", "C", 40.0, "¶13–16"),)),
]


def test_ranking_model_shows_groups_with_their_matches(qtmodeltester) -> None:
    model = RankingModel()
    model.set_groups(GROUPS)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    traits = model.index(0, 0)
    assert traits.data() == "Traits (2)"
    assert [model.index(r, 0, traits).data(ID_ROLE) for r in range(model.rowCount(traits))] == ["trait.a", "trait.b"]
    assert model.index(1, SCORE, traits).data() == "12.5"
    assert model.index(1, SCORE, traits).data(SCORE_ROLE) == 12.5
    practice = model.index_of("practice.c")
    assert practice.parent().row() == 2
    assert model.index(0, 2, practice.parent()).data() == "¶13–16"
    assert not model.index_of("missing").isValid()


def test_ranking_model_can_be_emptied(qtmodeltester) -> None:
    model = RankingModel()
    model.set_groups(GROUPS)
    model.set_groups([])
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def choices(count: int) -> list[ProfileChoice]:
    return [ProfileChoice(i, f"Zone {i}", "Growth") for i in range(1, count + 1)]


def test_profile_choice_model_refuses_a_fifth_profile(qtmodeltester, qtbot) -> None:
    model = ProfileChoiceModel()
    model.set_rows(choices(6))
    qtmodeltester.check(model)
    for row in range(MAX_CHOSEN):
        assert model.setData(model.index(row), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    with qtbot.waitSignal(model.refused) as refused:
        assert not model.setData(model.index(4), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert refused.args == [5]
    assert model.chosen() == [1, 2, 3, 4]
    assert model.index(4).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked

    assert model.setData(model.index(1), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.setData(model.index(4), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.chosen() == [1, 3, 4, 5]


def test_profile_choice_model_keeps_choices_that_still_exist(qtmodeltester) -> None:
    model = ProfileChoiceModel()
    model.set_rows(choices(4))
    model.set_chosen([2, 4])
    model.set_rows([r for r in choices(4) if r.id != 4])
    qtmodeltester.check(model)
    assert model.chosen() == [2]


def test_comparison_model_puts_profiles_in_columns(qtmodeltester) -> None:
    model = ComparisonModel()
    model.set_table(
        ["Stage", "Best match 1"],
        [
            ComparisonColumn("Zone 1", QColor("red"), ("Growth", "A  (80)")),
            ComparisonColumn("Zone 2", QColor("blue"), ("Mature", "B  (70)")),
        ],
    )
    qtmodeltester.check(model)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Zone 2"
    assert model.headerData(1, Qt.Orientation.Vertical) == "Best match 1"
    assert model.index(0, 1).data() == "Mature"
    assert not model.index(0, 0, model.index(0, 0)).isValid()
    assert model.rowCount(QModelIndex()) == 2
