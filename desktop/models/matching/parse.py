"""Reading criteria from rule and action files (see ``desktop.models.data_file`` for how problems are reported)."""

from __future__ import annotations

from collections.abc import Callable

from desktop.models.data_file import Entry
from desktop.models.knowledge.types import ItemKind, KnowledgeItem
from desktop.models.matching.criteria import (
    ConditionIs,
    Criterion,
    EndowmentAnyAtLeast,
    EndowmentAnyAtMost,
    EndowmentAtLeast,
    EndowmentAtMost,
    FigureAtLeast,
    FigureAtMost,
    FiguresUnknownAtLeast,
    IndustryAny,
    IndustryCountAtLeast,
    KindIn,
    LevelIn,
    ProblemAny,
    Similarity,
    StageIn,
)
from desktop.models.text import Text
from desktop.models.vocabulary import (
    ENDOWMENT_MAX,
    ENDOWMENT_MIN,
    Condition,
    Endowment,
    Figure,
    Industry,
    Kind,
    Level,
    Stage,
)


def check_template(template: Text, allowed: frozenset[str], key: str, entry: Entry) -> None:
    """A template may use only the placeholders its criterion provides; try filling it to be sure."""
    values = dict.fromkeys(allowed, "x")
    for lang, source in (("zh", template.zh), ("en", template.en)):
        try:
            source.format_map(values)
        except KeyError as error:
            entry.report(
                f"“{key}”的{lang}文本使用了未知占位符 {{{error.args[0]}}}（可用：{', '.join(sorted(allowed))}）",
                f"the {lang} text of “{key}” uses unknown placeholder {{{error.args[0]}}} "
                f"(allowed: {', '.join(sorted(allowed))})",
            )
        except (ValueError, IndexError):
            entry.report(f"“{key}”的{lang}文本花括号不配对", f"the {lang} text of “{key}” has unbalanced braces")


def _endowment_threshold(entry: Entry) -> int | None:
    return entry.integer("threshold", ENDOWMENT_MIN, ENDOWMENT_MAX)


def _endowment_at_least(entry: Entry, item: KnowledgeItem | None) -> Criterion | None:
    which, threshold = entry.enum("endowment", Endowment), _endowment_threshold(entry)
    return None if which is None or threshold is None else EndowmentAtLeast(which, threshold)


def _endowment_at_most(entry: Entry, item: KnowledgeItem | None) -> Criterion | None:
    which, threshold = entry.enum("endowment", Endowment), _endowment_threshold(entry)
    return None if which is None or threshold is None else EndowmentAtMost(which, threshold)


def _endowment_any_at_least(entry: Entry, item: KnowledgeItem | None) -> Criterion | None:
    which, threshold = entry.enums("endowments", Endowment), _endowment_threshold(entry)
    return None if which is None or threshold is None else EndowmentAnyAtLeast(which, threshold)


def _endowment_any_at_most(entry: Entry, item: KnowledgeItem | None) -> Criterion | None:
    which, threshold = entry.enums("endowments", Endowment), _endowment_threshold(entry)
    return None if which is None or threshold is None else EndowmentAnyAtMost(which, threshold)


def _industry_any(entry: Entry, item: KnowledgeItem | None) -> Criterion | None:
    which = entry.enums("industries", Industry)
    return None if which is None else IndustryAny(which)


def _industry_count(entry: Entry, item: KnowledgeItem | None) -> Criterion | None:
    threshold = entry.integer("threshold", 1, len(Industry))
    return None if threshold is None else IndustryCountAtLeast(threshold)


def _stage_in(entry: Entry, item: KnowledgeItem | None) -> Criterion | None:
    which = entry.enums("stages", Stage)
    return None if which is None else StageIn(which)


def _level_in(entry: Entry, item: KnowledgeItem | None) -> Criterion | None:
    which = entry.enums("levels", Level)
    return None if which is None else LevelIn(which)


def _kind_in(entry: Entry, item: KnowledgeItem | None) -> Criterion | None:
    which = entry.enums("kinds", Kind)
    return None if which is None else KindIn(which)


def _condition_is(entry: Entry, item: KnowledgeItem | None) -> Criterion | None:
    which, value = entry.enum("condition", Condition), entry.boolean("value")
    return None if which is None or value is None else ConditionIs(which, value)


def _figure_at_least(entry: Entry, item: KnowledgeItem | None) -> Criterion | None:
    which, threshold = entry.enum("figure", Figure), entry.number("threshold", low=0.0, required=True)
    return None if which is None or threshold is None else FigureAtLeast(which, threshold)


def _figure_at_most(entry: Entry, item: KnowledgeItem | None) -> Criterion | None:
    which, threshold = entry.enum("figure", Figure), entry.number("threshold", low=0.0, required=True)
    return None if which is None or threshold is None else FigureAtMost(which, threshold)


def _figures_unknown(entry: Entry, item: KnowledgeItem | None) -> Criterion | None:
    threshold = entry.integer("threshold", 1, len(Figure))
    return None if threshold is None else FiguresUnknownAtLeast(threshold)


def _problem_any(entry: Entry, item: KnowledgeItem | None) -> Criterion | None:
    from desktop.models.matching.context import default_context

    wanted = entry.strings("problems", required=True, non_empty=True)
    context = default_context()
    unknown = [p for p in wanted if p not in context.problems]
    if unknown or not wanted:
        if unknown:
            entry.report(f"未知的问题 {unknown}（见 profile/problems.toml）", f"unknown problem(s) {unknown}")
        return None
    return ProblemAny(wanted, tuple(context.problem_label(p) for p in wanted))


# Compared endowments at which a case's resemblance counts fully (half of the eight): below it the similarity is
# shrunk toward 0 in proportion, so a case the article barely describes cannot come first on resemblance alone.
FULL_AT = 4


def _similarity(entry: Entry, item: KnowledgeItem | None) -> Criterion | None:
    exclude = entry.enums("exclude", Endowment) if entry.has("exclude") else ()
    full_at = entry.integer("full_at", 1, len(Endowment)) if entry.has("full_at") else FULL_AT
    if exclude is None or full_at is None:
        return None
    if item is None or item.kind is not ItemKind.CASE:
        entry.report("只有案例可以使用 similarity 标准", "only a case may use a similarity criterion")
        return None
    profile = item.endowment_profile
    if profile is None or set(profile) != set(Endowment):
        entry.report(
            "知识库中该案例缺少完整的资源禀赋画像（8 项）",
            "the knowledge base has no full endowment profile (8 ratings) for this case",
        )
        return None
    # Only what the article states is compared: an unstated endowment has no rating to compare with.
    ratings = tuple((e, value) for e in Endowment if e not in exclude and (value := profile[e].value) is not None)
    if ratings and sum(value for _, value in ratings) <= 0:
        entry.report("参与比较的案例禀赋评分全为 0", "the compared case ratings are all 0")
        return None
    stated = sum(1 for rating in profile.values() if rating.value is not None)
    return Similarity(item.title, ratings, stated, full_at)


_PARSERS: dict[str, Callable[[Entry, KnowledgeItem | None], Criterion | None]] = {
    "endowment_at_least": _endowment_at_least,
    "endowment_at_most": _endowment_at_most,
    "endowment_any_at_least": _endowment_any_at_least,
    "endowment_any_at_most": _endowment_any_at_most,
    "industry_any": _industry_any,
    "industry_count_at_least": _industry_count,
    "stage_in": _stage_in,
    "level_in": _level_in,
    "kind_in": _kind_in,
    "condition_is": _condition_is,
    "figure_at_least": _figure_at_least,
    "figure_at_most": _figure_at_most,
    "figures_unknown_at_least": _figures_unknown,
    "similarity": _similarity,
    "problem_any": _problem_any,
}
KINDS = tuple(_PARSERS)


def parse_criterion(entry: Entry, item: KnowledgeItem | None) -> Criterion | None:
    """The criterion a table describes (its ``kind`` and parameters); other keys are the caller's to read."""
    kind = entry.string("kind")
    if kind is None:
        return None
    parser = _PARSERS.get(kind)
    if parser is None:
        entry.report(
            f"未知的标准类型“{kind}”（可用：{', '.join(KINDS)}）",
            f"unknown criterion kind “{kind}” (allowed: {', '.join(KINDS)})",
        )
        return None
    return parser(entry, item)
