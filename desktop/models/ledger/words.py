"""The ledger's fixed words: sheet and column names, and every message (``Text``, zh/en, ``{name}`` placeholders)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.models.ledger.types import InputField
from desktop.models.text import Text
from desktop.models.vocabulary import progress as progress_words

if TYPE_CHECKING:
    from desktop.models.ledger.types import CellRef

FORM_TITLE = Text("{zone} 产业集群行动计划台账填报表", "{zone} — cluster action plan progress form")
FORM_UNIT = Text("填报单位：{unit}", "Reporting unit: {unit}")
FORM_ALL_UNITS = Text("填报单位：各牵头单位", "Reporting units: every lead unit")
FORM_NOTE = Text(
    "请在黄色单元格中填写本期进展（完成状态从下拉列表中选择，完成进度填 0–100 的整数，填报日期按 2026-05-31 格式），"
    "其余单元格请勿修改；填好后保存为 .xlsx 文件发回。",
    "Fill in the yellow cells (choose the status from the drop-down, give progress as a whole number 0–100 and the "
    "date as 2026-05-31); leave the other cells as they are, and send the file back saved as .xlsx.",
)
SHEET_FORM = Text("台账填报", "Progress form")
FILE_ALL = Text("{zone}-台账填报表", "{zone}-progress-form")
FILE_UNIT = Text("{zone}-台账填报表-{unit}", "{zone}-progress-form-{unit}")
PREVIOUS = Text("上期填报", "Last reported")
PREVIOUS_VALUE = Text("{date}：{status}{percent}", "{date}: {status}{percent}")
PERCENT_SUFFIX = Text("，{percent}%", ", {percent}%")
ID_HEADER = Text("行动编号", "Action ID")

# The input columns' headings are the progress vocabulary's words, so the form, the window and the bulletin agree.
INPUT_LABELS: dict[InputField, Text] = {
    InputField.PROGRESS: progress_words.PROGRESS,
    InputField.STATUS: progress_words.STATUS,
    InputField.PERCENT: progress_words.PERCENT,
    InputField.PROBLEMS: progress_words.PROBLEMS,
    InputField.NEXT_STEPS: progress_words.NEXT_STEPS,
    InputField.REPORTER: progress_words.REPORTER,
    InputField.REPORTED_ON: progress_words.REPORTED_ON,
}
# Wide enough for each header on one line in either language ("完成进度（%）" takes 13, "Reported by" 11).
INPUT_WIDTHS: dict[InputField, int] = {
    InputField.PROGRESS: 30,
    InputField.STATUS: 10,
    InputField.PERCENT: 15,
    InputField.PROBLEMS: 24,
    InputField.NEXT_STEPS: 24,
    InputField.REPORTER: 13,
    InputField.REPORTED_ON: 15,
}
STATUS_ERROR_TITLE = Text("请从列表中选择", "Choose from the list")
STATUS_ERROR = Text("请从下拉列表中选择完成状态。", "Please pick a status from the drop-down list.")
PERCENT_ERROR_TITLE = Text("完成进度", "Progress")
PERCENT_ERROR = Text("请填写 0 到 100 之间的整数。", "Please enter a whole number from 0 to 100.")
DATE_ERROR_TITLE = Text("填报日期", "Date")
DATE_ERROR = Text("请填写日期，如 2026-05-31。", "Please enter a date, such as 2026-05-31.")
FOOTER = Text("第 &P 页，共 &N 页", "Page &P of &N")

# --- where a value sits: ``CellRef.text()`` (types.py) ------------------------------------------------------


def place(where: CellRef) -> Text:
    return where.text()


def at(where: CellRef, message: Text) -> Text:
    """ "<place>：<message>" / "<place>: <message>"."""
    spot = place(where)
    return Text(f"{spot.zh}：{message.zh}", f"{spot.en}: {message.en}")


def say(template: Text, **values: object) -> Text:
    """Fill ``template``; a ``Text`` value gives each language its own words, any other value is the same in both."""
    zh = {key: value.zh if isinstance(value, Text) else value for key, value in values.items()}
    en = {key: value.en if isinstance(value, Text) else value for key, value in values.items()}
    return Text(template.zh.format_map(zh), template.en.format_map(en))


# --- refusing a whole file ----------------------------------------------------------------------------------------
REFUSED = Text("文件 {file} 未读取：{reason}", "The file {file} was not read: {reason}")
NOT_FOUND = Text("文件不存在", "it does not exist")
NOT_REGULAR = Text("不是普通文件", "it is not a regular file")
TOO_LARGE = Text(
    "文件大小 {size} MB 超过 {limit} MB 的上限，不像是台账填报表",
    "it is {size} MB, over the {limit} MB limit; it cannot be a progress form",
)
MACRO_FILE = Text(
    "含宏的工作簿（.xlsm）出于安全原因不予读取，请另存为 .xlsx 后再导入",
    "a workbook with macros (.xlsm) is not read, for safety; save it as .xlsx and import that",
)
ENCRYPTED = Text(
    "文件受密码保护（已加密），或是旧版 .xls 格式；请去掉打开密码并另存为 .xlsx 后再导入",
    "it is password-protected (encrypted) or in the old .xls format; remove the password, save it as .xlsx and "
    "import that",
)
NOT_WORKBOOK = Text("不是 Excel 工作簿（.xlsx）", "it is not an Excel workbook (.xlsx)")
ZIP_BOMB = Text(
    "压缩内容异常（解压后 {size} MB，压缩比 {ratio}:1），可能是恶意文件",
    "its compressed content is abnormal ({size} MB unpacked, ratio {ratio}:1); it may be a malicious file",
)
DAMAGED = Text("工作簿已损坏，无法读取（{reason}）", "the workbook is damaged and cannot be read ({reason})")
NOT_A_FORM = Text(
    "不是 ZonePlanner 导出的台账填报表（缺少识别信息），请使用导出的表格填报",
    "it is not a progress form exported by ZonePlanner (its identification is missing); fill in the exported form",
)
BAD_IDENTITY = Text(
    "台账填报表的识别信息已损坏（{field}：{value}）", "the form's identification is damaged ({field}: {value})"
)
NO_FORM_SHEET = Text("找不到填报工作表“{sheet}”", "the sheet “{sheet}” to fill in is missing")
NO_COLUMN = Text("填报工作表缺少“{header}”列", "the sheet has no column “{header}”")

# --- problems in a form -------------------------------------------------------------------------------------------
BAD_STATUS = Text("完成状态“{value}”不在列表中（可选：{choices}）", "status “{value}” is not in the list ({choices})")
BAD_PERCENT = Text("完成进度“{value}”不是 0 到 100 之间的数", "progress “{value}” is not a number from 0 to 100")
BAD_DATE = Text("填报日期“{value}”不是日期", "date “{value}” is not a date")
FUTURE_DATE = Text("填报日期“{value}”晚于今天", "date “{value}” is after today")
BAD_TEXT = Text("“{value}”不是文字", "“{value}” is not text")
FORMULA_NO_VALUE = Text(
    "单元格中的公式没有计算结果（文件保存时未计算），请填写数值或在 Excel 中重新计算后保存",
    "the cell holds a formula with no result saved; type the value, or recalculate in Excel and save",
)
ADDED_ROW = Text(
    "这一行不是导出时的行动（可能是填报单位新增的），未导入：{value}",
    "this row is not one of the form's actions (the unit may have added it); not imported: {value}",
)
PROTECTED_CHANGED = Text(
    "受保护的单元格被改动：原为“{old}”，现为“{new}”（改动不导入）",
    "a protected cell was changed from “{old}” to “{new}” (the change is not imported)",
)
DUPLICATE_ROW = Text(
    "行动“{title}”在本表中出现了两次，只读取第 {first} 行",
    "the action “{title}” appears twice; only row {first} is read",
)
MISSING_DATE = Text(
    "未填填报日期，按文件最后保存日期 {date} 计", "no date given; the date the file was last saved, {date}, is taken"
)

# --- decisions of an import ---------------------------------------------------------------------------------------
OTHER_ZONE = Text(
    "文件 {file} 是“{theirs}”的台账，不是“{ours}”的，未导入",
    "The file {file} is the form of “{theirs}”, not of “{ours}”; not imported",
)
ACTION_GONE = Text(
    "{place}：行动“{title}”（{id}）已不在当前行动计划中，未导入",
    "{place}: the action “{title}” ({id}) is no longer in the plan; not imported",
)
OLDER_PLAN = Text(
    "文件 {file} 按行动计划的第 {theirs} 版导出，当前为第 {ours} 版；各行按行动编号对应",
    "The file {file} was exported from version {theirs} of the plan, now at version {ours}; rows are matched by "
    "action ID",
)
SAME_ACTION = Text(
    "行动“{title}”有 {count} 份填报（{files}），建议采用填报日期最新的一份（{chosen}）",
    "The action “{title}” has {count} returns ({files}); the one with the newest date is proposed ({chosen})",
)
OLDER_THAN_APPLIED = Text(
    "{place}：填报日期 {date} 不晚于已导入的 {applied}，默认不导入",
    "{place}: dated {date}, not after the return already applied ({applied}); not applied unless chosen",
)
ALREADY_APPLIED = Text(
    "{place}：这份填报（{date}）已导入过，不重复导入",
    "{place}: this return ({date}) was applied before; not applied again",
)
PROTECTED_ROW = Text(
    "{place}：该行受保护的内容被改动，默认不导入本行填报",
    "{place}: protected cells of this row were changed; the row is not applied unless chosen",
)
NOT_CHOSEN_OLDER = Text(
    "同一行动另有填报日期更新的填报，默认不导入本份", "a newer return on the same action is proposed instead"
)
DONE_BELOW_100 = Text(
    "{place}：完成状态为“已完成”，完成进度却为 {percent}%，请与填报单位核实",
    "{place}: the status is “Done” but progress is {percent}%; check with the unit",
)
NOT_STARTED_ABOVE_0 = Text(
    "{place}：完成状态为“未开始”，完成进度却为 {percent}%，请与填报单位核实",
    "{place}: the status is “Not started” but progress is {percent}%; check with the unit",
)
FIELD_STATUS = INPUT_LABELS[InputField.STATUS]
NOTHING = Text("（空）", "(empty)")
