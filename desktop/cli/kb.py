"""``zoneplanner kb check | show ID | list``: validate and read the knowledge base from the command line.

``--root DIR`` points the command at another resources folder (the one holding ``knowledge/`` and
``departments.toml``) instead of the shipped one — for maintainers checking an edited copy, and for tests.
"""

from __future__ import annotations

import argparse
import difflib
import importlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from desktop.models.errors import ZonePlannerError
from desktop.models.formatting import PARAGRAPHS_HEADING
from desktop.models.text import Lang, Text

if TYPE_CHECKING:
    from desktop.models.knowledge.types import KnowledgeBase, KnowledgeItem

# More validators for ``kb check`` that need a sound knowledge base (e.g. the matching rules), as "module:function".
# Each is called as ``function(kb, root)`` — ``root`` is the resources folder given by ``--root`` (None: the shipped
# one) — and returns its problems as a list of bilingual ``Text``; the knowledge base itself is checked first.
# Imported only when ``kb check`` runs, so the command line starts fast.
CHECKS: list[str] = [
    "desktop.models.rules_check:check_rules",
    "desktop.models.profile_help:check_profile_help",
    "desktop.models.profile_vocabulary:check_profile_vocabulary",
    "desktop.models.profile_plausibility:check_ranges",
    "desktop.models.knowledge.paragraphs:check_paragraph_summaries",
    "desktop.models.help_guide:check_guide",
]
# Short counts for the OK line ("12 rules"), as "module:function" called as ``function(kb, root) -> Text``.
SUMMARIES: list[str] = [
    "desktop.models.rules_check:summarize_rules",
    "desktop.models.profile_help:summarize_profile_help",
    "desktop.models.profile_vocabulary:summarize_profile_vocabulary",
    "desktop.models.profile_plausibility:summarize_ranges",
    "desktop.models.knowledge.paragraphs:summarize_paragraph_summaries",
    "desktop.models.help_guide:summarize_guide",
]

EXIT_PROBLEMS = 1


def register(subparsers: Any) -> None:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--root",
        metavar="DIR",
        type=Path,
        help="改用另一个资源文件夹（含 knowledge/ 与 departments.toml；维护用） / use another resources folder",
    )
    common.add_argument("--lang", choices=("zh", "en"), default=None, help="输出语言 / output language")

    parser = subparsers.add_parser(
        "kb", help="知识库 / the knowledge base", description="知识库：检查与查阅 / check and read the knowledge base"
    )
    actions = parser.add_subparsers(dest="kb_command", metavar="ACTION", required=True)

    check = actions.add_parser(
        "check", parents=[common], help="检查知识库与规则 / validate the knowledge base and rules"
    )
    check.add_argument(
        "--article",
        metavar="FILE",
        type=Path,
        help="同时检查原文摘要与知识条目没有照抄或贴近改写这份原文（¶N 开头的段落） / "
        "also check the ¶ summaries and entries neither copy nor closely reword this article",
    )
    check.set_defaults(func=run_check)

    show = actions.add_parser("show", parents=[common], help="显示一个条目 / show one entry")
    show.add_argument("id", metavar="ID", help="条目、术语或实施单位的 ID / item， glossary or unit ID")
    show.set_defaults(func=run_show)

    listing = actions.add_parser("list", parents=[common], help="列出全部 ID / list every ID")
    listing.set_defaults(func=run_list)


def _function(name: str) -> Callable[[KnowledgeBase, Path | None], Any]:
    module_name, _, attribute = name.partition(":")
    function = getattr(importlib.import_module(module_name), attribute)
    return cast("Callable[[KnowledgeBase, Path | None], Any]", function)


def _langs(args: argparse.Namespace) -> tuple[Lang, ...]:
    """Both languages, Chinese first, unless ``--lang`` picks one."""
    return (args.lang,) if args.lang else ("zh", "en")


def run_check(args: argparse.Namespace) -> int:
    from desktop.models.knowledge.loader import check_knowledge_base, load_knowledge_base, summarize_knowledge_base

    root: Path | None = args.root
    problems = check_knowledge_base(root)
    counts: list[Text] = []
    if not problems:
        kb = load_knowledge_base(root)
        for name in CHECKS:
            problems.extend(_function(name)(kb, root))
        if not problems and getattr(args, "article", None) is not None:
            problems.extend(_copied_from(args.article, root))
        if not problems:
            counts = [summarize_knowledge_base(kb), *(cast(Text, _function(name)(kb, root)) for name in SUMMARIES)]
    langs = _langs(args)
    if problems:
        for problem in problems:
            for lang in langs:
                print(problem.get(lang), file=sys.stderr)
        total = Text(f"共 {len(problems)} 个问题。", f"{len(problems)} problem(s) found.")
        for lang in langs:
            print(total.get(lang), file=sys.stderr)
        return EXIT_PROBLEMS
    from desktop.models.formatting import join

    summary = join(counts, "；", ", ")
    for lang in langs:
        print(f"OK: {summary.get(lang)}")
    return 0


def _copied_from(article: Path, root: Path | None) -> list[Text]:
    """Problems of the ¶ summaries that repeat the article's wording (or why the article could not be read)."""
    from desktop.models.knowledge.loader import load_knowledge_base
    from desktop.models.knowledge.paragraphs import (
        copied_from_article,
        knowledge_close_to_article,
        load_paragraph_summaries,
    )

    try:
        text = article.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        return [Text(f"--article：无法读取 {article}：{reason}", f"--article: cannot read {article}: {reason}")]
    summaries = copied_from_article(load_paragraph_summaries(root), text)
    return summaries or knowledge_close_to_article(load_knowledge_base(root), text)


def run_list(args: argparse.Namespace) -> int:
    from desktop.models.knowledge.loader import load_knowledge_base

    kb = load_knowledge_base(args.root)
    lang: Lang = args.lang or "zh"
    for item in kb.items.values():
        print(f"{item.id}\t{item.title.get(lang)}")
    for term in kb.glossary:
        print(f"{term.id}\t{term.term.get(lang)}")
    for unit in kb.departments.values():
        print(f"{unit.id}\t{unit.name.get(lang)}")
    return 0


def run_show(args: argparse.Namespace) -> int:
    from desktop.models.knowledge.loader import load_knowledge_base

    kb = load_knowledge_base(args.root)
    lang: Lang = args.lang or "zh"
    wanted: str = args.id.strip()
    if wanted in kb.items:
        lines = _item_lines(kb, kb.items[wanted], lang)
    elif (term := next((t for t in kb.glossary if t.id == wanted), None)) is not None:
        lines = _term_lines(kb, term.id, lang)
    elif wanted in kb.departments:
        lines = _unit_lines(kb, wanted, lang)
    else:
        known = [*kb.items, *(t.id for t in kb.glossary), *kb.departments]
        close = difflib.get_close_matches(wanted, known, n=3)
        hint = (
            Text(f"相近的 ID：{'、'.join(close)}。", f" Did you mean: {', '.join(close)}?") if close else Text("", "")
        )
        raise ZonePlannerError(
            Text(
                f"知识库中没有 ID“{wanted}”。{hint.zh}可用 zoneplanner kb list 查看全部 ID。",
                f"The knowledge base has no ID “{wanted}”.{hint.en} See zoneplanner kb list for every ID.",
            )
        )
    print("\n".join(lines))
    return 0


def _title_of(kb: KnowledgeBase, entry_id: str, lang: Lang) -> str:
    if entry_id in kb.items:
        return f"{entry_id} {kb.items[entry_id].title.get(lang)}"
    for term in kb.glossary:
        if term.id == entry_id:
            return f"{entry_id} {term.term.get(lang)}"
    return entry_id


_HEADINGS: dict[str, Text] = {
    "kind": Text("类别", "Kind"),
    "paragraphs": PARAGRAPHS_HEADING,
    "used": PARAGRAPHS_HEADING,
    "parent": Text("上级", "Parent"),
    "children": Text("下级", "Children"),
    "related": Text("相关", "Related"),
    "summary": Text("摘要", "Summary"),
    "facts": Text("事实", "Facts"),
    "profile": Text("资源禀赋画像（0–5）", "Endowment profile (0–5)"),
    "definition": Text("释义", "Definition"),
    "duties": Text("职责", "Duties"),
}


def _field(key: str, lang: Lang, value: str = "") -> str:
    """A heading with its value: "类别：美国案例" / "Kind: US case"; a bare heading ends with the colon."""
    from desktop.models.formatting import heading_text

    return heading_text(_HEADINGS[key], lang, value)


_CITATION = Text("（{paragraphs}）", " ({paragraphs})")


def _cite(paragraphs: tuple[int, ...], lang: Lang) -> str:
    from desktop.models.formatting import paragraphs_text

    return _CITATION.get(lang).format(paragraphs=paragraphs_text(paragraphs, lang))


def _item_lines(kb: KnowledgeBase, item: KnowledgeItem, lang: Lang) -> list[str]:
    from desktop.models.formatting import COLON, paragraphs_text
    from desktop.models.knowledge.display import fact_value_text
    from desktop.models.knowledge.types import NOT_STATED
    from desktop.models.vocabulary import label
    from desktop.models.vocabulary.kinds import kind_label

    lines = [
        f"{item.id}  {item.title.get(lang)}",
        _field("kind", lang, kind_label(item.kind).get(lang)),
        _field("paragraphs", lang, paragraphs_text(item.paragraphs, lang)),
    ]
    if item.parent:
        lines.append(_field("parent", lang, _title_of(kb, item.parent, lang)))
    children = [other.id for other in kb.items.values() if other.parent == item.id]
    if children:
        lines.append(_field("children", lang))
        lines.extend(f"  {_title_of(kb, child, lang)}" for child in children)
    if item.related:
        lines.append(_field("related", lang))
        lines.extend(f"  {_title_of(kb, ref, lang)}" for ref in item.related)
    lines += [_field("summary", lang), f"  {item.summary.get(lang)}"]
    if item.facts:
        lines.append(_field("facts", lang))
        for fact in item.facts:
            value = fact_value_text(fact, lang)
            separator = COLON.get(lang)
            lines.append(f"  - {fact.label.get(lang)}{separator}{value}" if value else f"  - {fact.label.get(lang)}")
            lines.append(f"    {fact.text.get(lang)}{_cite(fact.paragraphs, lang)}")
    if item.endowment_profile:
        lines.append(_field("profile", lang))
        for endowment, rating in item.endowment_profile.items():
            name = label(endowment).get(lang)
            if rating.value is None:  # the article is silent: no placeholder is shown as the case's data
                shown = NOT_STATED.get(lang)
            else:
                shown = f"{rating.value} " + "■" * rating.value + "□" * (5 - rating.value)
            lines.append(f"  {name} {shown}  {rating.why.get(lang)}{_cite(rating.paragraphs, lang)}")
    return lines


def _term_lines(kb: KnowledgeBase, term_id: str, lang: Lang) -> list[str]:
    from desktop.models.formatting import paragraphs_text
    from desktop.models.text import other_lang
    from desktop.models.vocabulary.kinds import GLOSSARY_TERM

    term = next(t for t in kb.glossary if t.id == term_id)
    other = other_lang(lang)
    unused = Text("原文未使用此词", "not used in the article").get(lang)
    lines = [
        f"{term.id}  {term.term.get(lang)} / {term.term.get(other)}",
        _field("kind", lang, GLOSSARY_TERM.get(lang)),
        _field("used", lang, paragraphs_text(term.paragraphs, lang) if term.paragraphs else unused),
        _field("definition", lang),
        f"  {term.definition.get(lang)}",
    ]
    if term.related:
        lines.append(_field("related", lang))
        lines.extend(f"  {_title_of(kb, ref, lang)}" for ref in term.related)
    return lines


def _unit_lines(kb: KnowledgeBase, unit_id: str, lang: Lang) -> list[str]:
    from desktop.models.vocabulary.plan import unit_group_label

    unit = kb.departments[unit_id]
    group = unit_group_label(unit.group).get(lang)
    return [
        f"{unit.id}  {unit.name.get(lang)}",
        _field("kind", lang, f"{Text('实施单位', 'Implementing unit').get(lang)} · {group}"),
        _field("duties", lang, unit.duties.get(lang)),
    ]
