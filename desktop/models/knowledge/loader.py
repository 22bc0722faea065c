"""Load and validate the shipped knowledge base: ``resources/knowledge/*.toml`` and ``resources/departments.toml``.

Every problem names the file, the entry (ID) and what is wrong; ``check_knowledge_base`` lists them all,
``load_knowledge_base`` refuses a knowledge base with any problem.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path

from desktop.models.data_file import Entry, Problems, Table, read_toml
from desktop.models.errors import KnowledgeErrors
from desktop.models.knowledge.items import PARENT_KINDS, read_item
from desktop.models.knowledge.types import Department, GlossaryTerm, ItemKind, KnowledgeBase, KnowledgeItem, Source
from desktop.models.text import Text
from desktop.resources import resources_root

KNOWLEDGE_DIR = "knowledge"
# Item files in the order the knowledge base lists them: traits, cases, practices, recommendations and measures.
ITEM_FILES = ("traits.toml", "cases.toml", "practices.toml", "recommendations.toml")
SOURCE_FILE = "source.toml"
GLOSSARY_FILE = "glossary.toml"
DEPARTMENTS_FILE = "departments.toml"  # beside knowledge/, shared with the action plan
DEPARTMENT_GROUPS = ("committee", "government", "partner")

GLOSSARY_KEYS = ("id", "term", "definition", "paragraphs", "related")
DEPARTMENT_KEYS = ("id", "name", "group", "duties")


def load_knowledge_base(root: Path | None = None) -> KnowledgeBase:
    """Read and validate the knowledge base under ``root`` (the resources folder; default: the shipped one)."""
    knowledge_base, problems = _read(root)
    if problems or knowledge_base is None:
        raise KnowledgeErrors(problems.messages or [Text("知识库无法读取", "the knowledge base cannot be read")])
    return knowledge_base


@cache
def default_knowledge_base() -> KnowledgeBase:
    """The shipped knowledge base, read once per process."""
    return load_knowledge_base()


def check_knowledge_base(root: Path | None = None) -> list[Text]:
    """Every problem of the knowledge base under ``root``; an empty list means it is sound."""
    return _read(root)[1].messages


def summarize_knowledge_base(kb: KnowledgeBase) -> Text:
    """The counts ``kb check`` prints when all is well."""
    items = len(kb.items)
    facts = sum(len(item.facts) for item in kb.items.values())
    terms = len(kb.glossary)
    units = len(kb.departments)
    return Text(
        f"{items} 个条目、{facts} 条事实、{terms} 个术语、{units} 个实施单位",
        f"{items} items, {facts} facts, {terms} glossary terms, {units} units",
    )


def _read(root: Path | None) -> tuple[KnowledgeBase | None, Problems]:
    base = root if root is not None else resources_root()
    problems = Problems()
    source_doc = read_toml(problems, base, f"{KNOWLEDGE_DIR}/{SOURCE_FILE}")
    version, kb_date, source = _source(problems, f"{KNOWLEDGE_DIR}/{SOURCE_FILE}", source_doc)
    items: dict[str, KnowledgeItem] = {}
    owners: dict[str, str] = {}  # ID -> file that defines it, to report duplicates across files
    for name in ITEM_FILES:
        file = f"{KNOWLEDGE_DIR}/{name}"
        doc = read_toml(problems, base, file)
        for position, table in enumerate(_array(problems, file, doc, "item"), start=1):
            item = read_item(problems, file, position, table)
            # A broken entry still claims its ID, so references to it are not reported as a second problem.
            declared = _declared_id(table)
            if declared is not None and _claim(problems, owners, file, declared) and item is not None:
                items[item.id] = item
    glossary_file = f"{KNOWLEDGE_DIR}/{GLOSSARY_FILE}"
    glossary = _glossary(problems, glossary_file, read_toml(problems, base, glossary_file), owners)
    departments = _departments(problems, DEPARTMENTS_FILE, read_toml(problems, base, DEPARTMENTS_FILE), owners)
    _check_references(problems, owners, items, glossary)
    if problems or version is None or kb_date is None or source is None:
        return None, problems
    return KnowledgeBase(version, kb_date, source, items, tuple(glossary), departments), problems


def _array(problems: Problems, file: str, doc: Table | None, key: str) -> list[Table]:
    if doc is None:
        return []
    entry = Entry(problems, file, "—", doc)
    entry.only_keys((key,))
    if key not in doc:
        entry.report(f"没有任何 [[{key}]] 条目", f"has no [[{key}]] entries")
    return entry.tables(key)


def _claim(problems: Problems, owners: dict[str, str], file: str, entry_id: str) -> bool:
    """Register an ID; IDs are unique across all the files because rules and saved plans refer to them."""
    if entry_id in owners:
        problems.add(
            file,
            entry_id,
            Text(f"ID 重复（已在 {owners[entry_id]} 中定义）", f"duplicate ID (already in {owners[entry_id]})"),
        )
        return False
    owners[entry_id] = file
    return True


def _source(problems: Problems, file: str, doc: Table | None) -> tuple[str | None, str | None, Source | None]:
    if doc is None:
        return None, None, None
    top = Entry(problems, file, "—", doc)
    top.only_keys(("knowledge_base", "source"))
    kb_table = top.subtable("knowledge_base")
    source_table = top.subtable("source")
    version = kb_date = None
    if kb_table is None:
        top.report("缺少 [knowledge_base] 表", "missing the [knowledge_base] table")
    else:
        kb_entry = Entry(problems, file, "knowledge_base", kb_table)
        kb_entry.only_keys(("version", "date"))
        version = kb_entry.string("version")
        kb_date = kb_entry.iso_date("date")
    if source_table is None:
        top.report("缺少 [source] 表", "missing the [source] table")
        return version, kb_date, None
    entry = Entry(problems, file, "source", source_table)
    entry.only_keys(("title", "outlet", "date", "authors", "institution", "published_on", "citation"))
    title = entry.string("title")
    outlet = entry.text("outlet")
    published = entry.iso_date("date")
    authors = entry.strings("authors", required=True)
    institution = entry.text("institution")
    published_on = entry.text("published_on")
    citation = entry.text("citation")
    if entry.has("authors") and not authors:
        entry.report("作者列表不能为空", "the author list must not be empty")
    if title is None or outlet is None or published is None or not authors:
        return version, kb_date, None
    if institution is None or published_on is None or citation is None:
        return version, kb_date, None
    return version, kb_date, Source(title, outlet, published, authors, institution, published_on, citation)


def _glossary(problems: Problems, file: str, doc: Table | None, owners: dict[str, str]) -> list[GlossaryTerm]:
    terms: list[GlossaryTerm] = []
    for position, table in enumerate(_array(problems, file, doc, "term"), start=1):
        entry = _named_entry(problems, file, "term", position, table)
        entry.only_keys(GLOSSARY_KEYS)
        term_id = entry.string("id")
        if term_id is not None and not term_id.startswith("term."):
            entry.report("术语 ID 应以“term.”开头", "a glossary ID must start with “term.”")
            term_id = None
        term = entry.text("term")
        definition = entry.text("definition")
        # Empty paragraphs say honestly that the article does not use the term.
        paragraphs = entry.paragraphs(allow_empty=True)
        related = entry.strings("related")
        declared = _declared_id(table)
        if declared is None or not _claim(problems, owners, file, declared):
            continue
        if term_id is not None and term is not None and definition is not None and entry.has("paragraphs"):
            terms.append(GlossaryTerm(term_id, term, definition, paragraphs, related))
    return terms


def _departments(problems: Problems, file: str, doc: Table | None, owners: dict[str, str]) -> dict[str, Department]:
    departments: dict[str, Department] = {}
    for position, table in enumerate(_array(problems, file, doc, "department"), start=1):
        entry = _named_entry(problems, file, "department", position, table)
        entry.only_keys(DEPARTMENT_KEYS)
        unit_id = entry.string("id")
        name = entry.text("name")
        group = entry.string("group")
        if group is not None and group not in DEPARTMENT_GROUPS:
            allowed = ", ".join(DEPARTMENT_GROUPS)
            entry.report(f"未知分组“{group}”（可用：{allowed}）", f"unknown group “{group}” (allowed: {allowed})")
            group = None
        duties = entry.text("duties")
        declared = _declared_id(table)
        if declared is None or not _claim(problems, owners, file, declared):
            continue
        if unit_id is not None and name is not None and group is not None and duties is not None:
            departments[unit_id] = Department(unit_id, name, group, duties)
    return departments


def _declared_id(table: Table) -> str | None:
    raw = table.get("id")
    return raw.strip() if isinstance(raw, str) and raw.strip() else None


def _named_entry(problems: Problems, file: str, array: str, position: int, table: Table) -> Entry:
    raw_id = table.get("id")
    name = raw_id if isinstance(raw_id, str) and raw_id.strip() else f"[[{array}]] #{position}"
    return Entry(problems, file, name, table)


def _check_references(
    problems: Problems, owners: Mapping[str, str], items: Mapping[str, KnowledgeItem], glossary: list[GlossaryTerm]
) -> None:
    """Parents and related IDs must name existing entries; a parent must be of the right kind."""
    item_files = {f"{KNOWLEDGE_DIR}/{name}" for name in ITEM_FILES}
    declared_items = {entry_id for entry_id, file in owners.items() if file in item_files}
    for item in items.values():
        file = owners[item.id]
        problem = _parent_problem(item, items, declared_items)
        if problem is not None:
            problems.add(file, item.id, problem)
        for ref in item.related:
            if ref not in declared_items:
                problems.add(file, item.id, Text(f"related 中的“{ref}”不存在", f"related “{ref}” does not exist"))
    glossary_file = f"{KNOWLEDGE_DIR}/{GLOSSARY_FILE}"
    known_terms = {entry_id for entry_id, file in owners.items() if file == glossary_file}
    for term in glossary:
        for ref in term.related:
            if ref not in declared_items and ref not in known_terms:
                problems.add(
                    owners[term.id], term.id, Text(f"related 中的“{ref}”不存在", f"related “{ref}” does not exist")
                )


def _parent_problem(item: KnowledgeItem, items: Mapping[str, KnowledgeItem], declared: set[str]) -> Text | None:
    if item.parent is None:
        return None
    if item.parent not in declared:
        return Text(f"parent“{item.parent}”不存在", f"parent “{item.parent}” does not exist")
    parent = items.get(item.parent)
    if parent is None:
        return None  # the parent entry is itself broken, and that is reported already
    wanted = PARENT_KINDS[item.kind]
    if wanted is not None and parent.kind is not wanted:
        return Text(f"parent“{item.parent}”应为 {wanted.value}", f"parent “{item.parent}” must be a {wanted.value}")
    own = item.id.rsplit(".", 1)[0]
    if parent.kind is ItemKind.RECOMMENDATION and parent.id != own:
        return Text(f"子措施应归属 {own}", f"a measure belongs to {own}")
    return None
