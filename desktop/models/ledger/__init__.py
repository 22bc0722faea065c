"""The progress ledger (台账): forms sent to the responsible units, the forms they return, and applying them.

Qt-free and store-agnostic below ``service``; no SQL anywhere here (the store does that). The API, kept stable for
the window (``views/ledger/``) and the command line (``cli/ledger.py``, ``cli/plan.py``):

Service (what the window and the CLI call; ``store`` is a ``ProfileStore``):
    export_ledger(store, name, folder, *, by_unit=False, lang="zh", today=None, analyzer=None) -> ExportResult
        Writes one 台账填报表 for all actions, or one per lead unit. A stored profile with no saved plan gets its
        generated plan saved first (``ExportResult.saved_plan``). Raises ``ZonePlannerError`` (bilingual message).
    read_zone(store, name, *, analyzer=None, save_generated=False) -> StoredZone   (profile, plan, version, names)
    preview_ledger(store, name, files, *, today=None) -> LedgerImport
        Reads every returned file (a refused file becomes an ``Issue``; nothing raises for a bad file) and compares
        with the stored plan. ``LedgerImport.preview`` is the ``ImportPreview`` to show; nothing is written.
    apply_ledger(store, loaded, accepted=None, *, now=None) -> ImportResult
        Applies ``accepted`` proposal keys (None: ``preview.default_keys()``) in ONE save of the plan, checked
        against the version the preview was made from (``ConflictError`` if someone saved since). A window holding
        the profile open should take ``ImportResult.version`` as its session's version afterwards.
    import_ledger(store, name, files, *, dry_run=False, include_older=False, today=None, now=None) -> ImportResult
        ``preview_ledger`` then, unless ``dry_run``, ``apply_ledger`` with the default decisions.

Pure functions (no store), for tests and for a window that applies to the plan it has on screen:
    forms.write_forms(plan, zone, folder, *, by_unit, lang, names, profile_id, plan_version, today)
        -> list[tuple[Path, str]]   (file, unit name; ``names`` is ``names.unit_names(profile, kb)``)
    returns.read_returned_form(path, *, today=None) -> ReturnedForm        (raises FormRefused)
    preview.build_preview(plan, forms, refused, *, zone, profile_id, plan_version, files) -> ImportPreview
    apply.apply_preview(plan, preview, accepted=None, *, now=None) -> tuple[ActionPlan, tuple[Proposal, ...]]
    show.plan_summary(plan, names, *, today, lang) -> dict   (``plan show --json``)

Values (``ledger.types``): FormIdentity, FormRow, ReturnedForm, ReturnedRow, FormProblem, ProblemKind, CellRef,
FormRefused, ImportPreview, Proposal, FieldChange, Issue, IssueKind, ExportResult, ImportResult, InputField.
Every message is a ``Text`` (zh/en) naming file, sheet, row and column where there is one.
"""

from desktop.models.ledger.types import (
    CellRef,
    ExportResult,
    FieldChange,
    FormIdentity,
    FormProblem,
    FormRefused,
    FormRow,
    ImportPreview,
    ImportResult,
    InputField,
    Issue,
    IssueKind,
    ProblemKind,
    Proposal,
    ReturnedForm,
    ReturnedRow,
)

__all__ = [
    "CellRef",
    "ExportResult",
    "FieldChange",
    "FormIdentity",
    "FormProblem",
    "FormRefused",
    "FormRow",
    "ImportPreview",
    "ImportResult",
    "InputField",
    "Issue",
    "IssueKind",
    "ProblemKind",
    "Proposal",
    "ReturnedForm",
    "ReturnedRow",
]
