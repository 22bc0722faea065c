"""A stored profile with its saved (edited) plan, for the commands that export one: ``--profile NAME``."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.cli.common import open_store_from_args, read_profile_file
from desktop.models.errors import ZonePlannerError
from desktop.models.text import Text

if TYPE_CHECKING:
    from desktop.models.analysis import Analysis, Analyzer
    from desktop.models.plan.plan import ActionPlan
    from desktop.models.plan.types import Action

NEED_ONE = Text(
    "请给出区域档案文件，或用 --profile 指定档案库中的档案（二者择一）。",
    "Give a profile file or --profile NAME of a stored profile (one of the two).",
)


@dataclass(frozen=True, slots=True)
class Inputs:
    analysis: Analysis
    actions: list[Action]
    plan_data: dict[str, object] | None  # the stored plan document (None: a file, or no plan saved yet)
    profile_id: int | None
    version: int | None = None  # the stored profile's version when it was read (a later save passes it on)


def add_source_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("profile", metavar="PROFILE.json", nargs="?", help="区域档案文件 / zone profile file")
    parser.add_argument(
        "--profile",
        dest="stored_name",
        metavar="NAME",
        help="档案库中的档案（含已保存、编辑过的行动计划） / a stored profile, with its saved, edited plan",
    )
    parser.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="数据文件夹 / data folder")


def read_inputs(args: argparse.Namespace, analyzer: Analyzer) -> Inputs:
    """The profile file's analysis and proposals, or the stored profile's analysis and its saved plan."""
    if (args.profile is None) == (args.stored_name is None):
        raise ZonePlannerError(NEED_ONE)
    if args.profile is not None:
        analysis = analyzer.analyse(read_profile_file(args.profile))
        return Inputs(analysis, list(analysis.actions), None, None)
    from desktop.cli.profiles import _existing_id
    from desktop.models.plan.plan import ActionPlan

    with open_store_from_args(args) as store:
        profile_id = _existing_id(store, args.stored_name)
        profile, version = store.load_versioned(profile_id)
        plan_data = store.load_plan(profile_id)
    analysis = analyzer.analyse(profile)
    plan: ActionPlan | None = ActionPlan.from_data(plan_data) if plan_data is not None else None
    actions = plan.actions if plan is not None else list(analysis.actions)
    return Inputs(analysis, actions, plan_data, profile_id, version)


def remember(args: argparse.Namespace, inputs: Inputs, key: str, value: dict[str, object]) -> None:
    """Keep ``value`` under ``key`` of the stored plan document (made from the proposals if none is saved)."""
    if inputs.profile_id is None:
        return
    from desktop.models.plan.plan import ActionPlan

    data = dict(inputs.plan_data) if inputs.plan_data is not None else ActionPlan(inputs.actions).to_data()
    data[key] = value
    with open_store_from_args(args) as store:
        # Based on the version read: if someone saved the zone since, this is a conflict, never an overwrite.
        store.save_plan(inputs.profile_id, data, expected_version=inputs.version)
