"""The 台账填报表 as a unit receives it: its own actions, input cells it can type in, the rest protected, and a hidden
identity that lets the office match every row back."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from desktop.models.analysis import default_analyzer
from desktop.models.ledger.identity import SHEET
from desktop.models.ledger.layout import AT
from desktop.models.ledger.returns import read_returned_form
from desktop.models.ledger.service import export_ledger
from desktop.models.ledger.types import ExportResult, InputField
from desktop.models.profile import Unit
from desktop.models.store import ProfileStore
from desktop.models.workbook.page import DIGIT_PIXELS
from tests.models.ledger.support import HEADER_ROW, NAME, TODAY, action_rows, stored_plan

A3 = 8  # openpyxl's paper size code for ISO A3
A3_LANDSCAPE_WIDTH = 1190.55  # points
INPUT_HEADERS_ZH = ["进展情况", "完成状态", "完成进度（%）", "存在问题", "下步计划", "填报人", "填报日期"]


def test_one_form_per_lead_unit_lists_exactly_its_actions(store: ProfileStore, exported: ExportResult) -> None:
    plan, version = stored_plan(store)
    leads = list(dict.fromkeys(action.lead for action in plan))
    assert exported.saved_plan  # the county park had no saved plan: the generated one was saved first
    assert exported.plan_version == version
    assert len(exported.paths) == len(leads)
    for path, lead in zip(exported.paths, leads, strict=True):
        form = read_returned_form(path)
        assert form.identity.unit == lead
        assert form.identity.zone == NAME
        assert form.identity.plan_version == version
        assert list(action_rows(path)) == [a.id for a in plan if a.lead == lead]


def test_a_second_export_uses_the_saved_plan(store: ProfileStore, exported: ExportResult, tmp_path: Path) -> None:
    again = export_ledger(store, NAME, tmp_path, today=TODAY)
    assert not again.saved_plan
    assert again.plan_version == exported.plan_version
    assert len(again.paths) == 1


def test_only_the_input_cells_can_be_typed_in(all_form: Path) -> None:
    book = load_workbook(all_form)
    ws = book.worksheets[0]
    assert ws.protection.sheet and not ws.protection.password  # protected, readable without a password
    headers = [ws.cell(row=HEADER_ROW, column=AT[f.value]).value for f in InputField]
    assert headers == INPUT_HEADERS_ZH
    row = HEADER_ROW + 1
    for field in InputField:
        assert not ws.cell(row=row, column=AT[field.value]).protection.locked, field
    for key in ("title", "description", "lead", "partners", "dates", "kpi", "id"):
        assert ws.cell(row=row, column=AT[key]).protection.locked, key
    assert ws.column_dimensions[get_column_letter(AT["id"])].hidden
    assert book[SHEET].sheet_state == "veryHidden"


def test_status_is_a_drop_down_and_progress_a_whole_number(all_form: Path) -> None:
    ws = load_workbook(all_form).worksheets[0]
    rules = {str(dv.sqref).split(":")[0][:1]: dv for dv in ws.data_validations.dataValidation}
    status = rules[ws.cell(row=HEADER_ROW, column=AT["status"]).column_letter]
    assert status.type == "list" and status.formula1 == '"未开始,进行中,已完成,已搁置"'
    percent = rules[ws.cell(row=HEADER_ROW, column=AT["percent"]).column_letter]
    assert (percent.type, percent.formula1, percent.formula2) == ("whole", "0", "100")
    assert rules[ws.cell(row=HEADER_ROW, column=AT["reported_on"]).column_letter].type == "date"


def test_printed_landscape_on_the_page_width_with_the_header_on_every_page(all_form: Path) -> None:
    ws = load_workbook(all_form).worksheets[0]
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == A3
    # Fitted to the page width, the form's text is printed at no less than 70 % of its size (on A4 it would be ~55 %).
    shown = [d.width for key, d in ws.column_dimensions.items() if not d.hidden and d.width]
    form_points = sum(shown) * DIGIT_PIXELS * 0.75
    paper_points = A3_LANDSCAPE_WIDTH - 72 * (ws.page_margins.left + ws.page_margins.right)
    assert paper_points / form_points >= 0.7
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"


def test_english_form(store: ProfileStore, tmp_path: Path) -> None:
    path = export_ledger(store, NAME, tmp_path, lang="en", today=TODAY).paths[0]
    ws = load_workbook(path).worksheets[0]
    assert ws.title == "Progress form"
    headers = [ws.cell(row=HEADER_ROW, column=AT[f.value]).value for f in InputField]
    assert headers == [
        "Progress made",
        "Status",
        "Progress (%)",
        "Problems",
        "Next steps",
        "Reported by",
        "Date reported",
    ]
    assert path.name == f"{NAME}-progress-form.xlsx"


def test_units_are_named_as_the_zone_names_them(store: ProfileStore, tmp_path: Path) -> None:
    profile_id = store.find_id(NAME)
    assert profile_id is not None
    export_ledger(store, NAME, tmp_path, today=TODAY)  # the plan is saved: its leads stay as they are
    profile, _ = store.load_versioned(profile_id)
    plan, version = stored_plan(store)
    leads = list(dict.fromkeys(action.lead for action in plan))
    catalogue = default_analyzer().kb.departments
    renamed = {"committee.economic-development": "园区经发局"}
    units = tuple(Unit(name=renamed.get(ref, catalogue[ref].name.zh), role=ref) for ref in leads)
    store.update(profile_id, profile.with_changes(units=units), expected_version=version)
    (tmp_path / "named").mkdir()
    named = export_ledger(store, NAME, tmp_path / "named", by_unit=True, today=TODAY)
    assert f"{NAME}-台账填报表-园区经发局.xlsx" in [p.name for p in named.paths]
    ws = load_workbook(tmp_path / "named" / f"{NAME}-台账填报表-园区经发局.xlsx").worksheets[0]
    assert {ws.cell(row=r, column=AT["lead"]).value for r in range(HEADER_ROW + 1, ws.max_row + 1)} == {"园区经发局"}
