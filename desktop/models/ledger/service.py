"""One Qt-free service the window and the command line both call: export the forms, preview and apply the returns.

It finds the stored profile by name, reads its saved plan (saving the generated one first when there is none, so the
forms refer to a stored version), and leaves every file and store operation to the modules below it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.models.errors import StoreError
from desktop.models.ledger.types import ExportResult, FormRefused, ImportPreview, ImportResult, ReturnedForm
from desktop.models.plan.plan import ActionPlan
from desktop.models.text import Lang, Text

if TYPE_CHECKING:
    from desktop.models.analysis import Analyzer
    from desktop.models.ledger.names import UnitNames
    from desktop.models.profile import Profile
    from desktop.models.store import ProfileStore

NO_PROFILE = Text("档案库中没有名为“{name}”的档案", "There is no stored profile named “{name}”")


@dataclass(frozen=True, slots=True)
class StoredZone:
    """A stored profile with its plan, as read for the ledger (``saved_plan``: the generated plan was just saved)."""

    profile_id: int
    profile: Profile
    plan: ActionPlan
    version: int
    names: UnitNames
    saved_plan: bool = False  # no plan was stored: the generated one was saved just now
    generated: bool = False  # no plan is stored: ``plan`` is the generated proposal (not saved)


@dataclass(frozen=True, slots=True)
class LedgerImport:
    """A preview with what applying it needs: the zone as read and the plan the preview compared with."""

    zone: StoredZone
    preview: ImportPreview
    forms: tuple[ReturnedForm, ...]


def read_zone(
    store: ProfileStore, name: str, *, analyzer: Analyzer | None = None, save_generated: bool = False
) -> StoredZone:
    """The stored profile ``name`` with its saved plan; with no saved plan, the generated one (saved first when
    ``save_generated``, so that forms written from it refer to a stored version)."""
    from desktop.models.analysis import default_analyzer
    from desktop.models.knowledge.loader import default_knowledge_base
    from desktop.models.ledger.names import unit_names

    profile_id = store.find_id(name)
    if profile_id is None:
        raise StoreError(NO_PROFILE.format(name=name.strip()))
    profile, version = store.load_versioned(profile_id)
    plan_data = store.load_plan(profile_id)
    saved = False
    if plan_data is None:
        analyzer = analyzer or default_analyzer()
        plan = ActionPlan(analyzer.analyse(profile).actions)
        if save_generated:
            version = store.save_plan(profile_id, plan.to_data(), expected_version=version)
            saved = True
    else:
        plan = ActionPlan.from_data(plan_data)
    generated = plan_data is None and not saved
    # Naming the units needs the knowledge base only: the matching engine is loaded only to generate a plan.
    kb = analyzer.kb if analyzer is not None else default_knowledge_base()
    return StoredZone(profile_id, profile, plan, version, unit_names(profile, kb), saved, generated)


def export_ledger(
    store: ProfileStore,
    name: str,
    folder: Path,
    *,
    by_unit: bool = False,
    lang: Lang = "zh",
    today: date | None = None,
    analyzer: Analyzer | None = None,
) -> ExportResult:
    """Write the 台账填报表 of the stored profile ``name`` into ``folder``: one for all actions, or one per unit."""
    from desktop.models.ledger.forms import write_forms

    zone = read_zone(store, name, analyzer=analyzer, save_generated=True)
    written = write_forms(
        zone.plan,
        zone.profile.name,
        Path(folder),
        by_unit=by_unit,
        lang=lang,
        names=zone.names,
        profile_id=zone.profile_id,
        plan_version=zone.version,
        today=today or date.today(),
    )
    return ExportResult(
        paths=tuple(path for path, _ in written),
        saved_plan=zone.saved_plan,
        plan_version=zone.version,
        actions=len(zone.plan),
        units=tuple(unit for _, unit in written),
    )


def preview_ledger(
    store: ProfileStore,
    name: str,
    files: Sequence[Path],
    *,
    today: date | None = None,
    analyzer: Analyzer | None = None,
) -> LedgerImport:
    """Read every returned file and compare it with the stored plan; nothing is written."""
    from desktop.models.ledger.preview import build_preview
    from desktop.models.ledger.returns import read_returned_form

    zone = read_zone(store, name, analyzer=analyzer)
    forms: list[ReturnedForm] = []
    refused: list[FormRefused] = []
    for file in files:
        try:
            forms.append(read_returned_form(Path(file), today=today))
        except FormRefused as error:
            refused.append(error)
    preview = build_preview(
        zone.plan,
        forms,
        refused,
        zone=zone.profile.name,
        profile_id=zone.profile_id,
        plan_version=zone.version,
        files=[Path(f).name for f in files],
    )
    return LedgerImport(zone, preview, tuple(forms))


def apply_ledger(
    store: ProfileStore,
    loaded: LedgerImport,
    accepted: frozenset[str] | None = None,
    *,
    now: datetime | None = None,
) -> ImportResult:
    """Apply the ``accepted`` proposals (default: the proposed ones) in one save of the plan, against the version the
    preview was made from: ``ConflictError`` if someone saved the zone since, and then nothing is applied."""
    from desktop.models.ledger.apply import apply_preview

    plan, applied = apply_preview(loaded.zone.plan, loaded.preview, accepted, now=now)
    if not applied:
        return ImportResult(loaded.preview, (), dry_run=False, version=None)
    version = store.save_plan(loaded.zone.profile_id, plan.to_data(), expected_version=loaded.zone.version)
    return ImportResult(loaded.preview, applied, dry_run=False, version=version)


def import_ledger(
    store: ProfileStore,
    name: str,
    files: Sequence[Path],
    *,
    dry_run: bool = False,
    include_older: bool = False,
    today: date | None = None,
    now: datetime | None = None,
    analyzer: Analyzer | None = None,
) -> ImportResult:
    """Preview the returned ``files`` and, unless ``dry_run``, apply what is proposed (one transaction);
    ``include_older`` applies late returns too (older than one already applied; held back by default)."""
    loaded = preview_ledger(store, name, files, today=today, analyzer=analyzer)
    if dry_run:
        return ImportResult(loaded.preview, (), dry_run=True, version=None)
    return apply_ledger(store, loaded, loaded.preview.default_keys(include_older=include_older), now=now)
