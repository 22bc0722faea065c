"""Our own summary of each paragraph of the source article (¶1–¶31), from ``knowledge/paragraphs.toml``.

A ¶ reference in the window opens the summary of that paragraph, so a reader learns what the knowledge rests on
without the article at hand. The summaries are ours, never the article's sentences: ``zoneplanner kb check`` checks
that every paragraph has one in both languages, and, given the article (``--article FILE``), that no summary repeats
a run of ``COPY_RUN`` characters of it nor reads as a close rewrite of its paragraph (``SIMILARITY_LIMIT``). A broken
file raises ``KnowledgeErrors`` naming the file, the entry and the problem.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache
from pathlib import Path

from desktop.models.data_file import FIRST_PARAGRAPH, LAST_PARAGRAPH, Entry, Problems, read_toml
from desktop.models.errors import KnowledgeErrors
from desktop.models.formatting import paragraphs_text
from desktop.models.knowledge.types import KnowledgeBase
from desktop.models.text import Text
from desktop.resources import resources_root

PARAGRAPHS_FILE = "knowledge/paragraphs.toml"
ENTRY_KEYS = ("number", "topic", "summary")
# The longest run of the article's characters (letters and digits; punctuation and spaces ignored) a summary may
# repeat: names of programmes and institutions are shorter, a copied clause is not.
COPY_RUN = 12
# A rewrite that keeps the article's sentence order and swaps synonyms has no long run in common with it, but most of
# its characters still line up: the share of matching characters (difflib's ratio, punctuation and spaces ignored)
# of a summary and its paragraph must stay below this. Our summaries, which say what a paragraph means for a zone in
# our own order, stay under 0.45; the close rewrites this replaced reached 0.56–0.70.
SIMILARITY_LIMIT = 0.5
_ARTICLE_PARAGRAPH = re.compile(r"^¶(\d+)\s+(.*)$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class ParagraphSummary:
    number: int
    topic: Text  # a few words: what the paragraph is about
    summary: Text  # what it says, in our words


@dataclass(frozen=True)
class ParagraphSummaries:
    """Every paragraph's summary by number (¶1–¶31, each exactly once)."""

    by_number: Mapping[int, ParagraphSummary]

    def get(self, number: int) -> ParagraphSummary | None:
        return self.by_number.get(number)

    def of(self, numbers: Iterable[int]) -> list[ParagraphSummary]:
        """The summaries of ``numbers``, in paragraph order, without repeats (a number without one is left out)."""
        return [self.by_number[n] for n in sorted(set(numbers)) if n in self.by_number]

    def __len__(self) -> int:
        return len(self.by_number)


def load_paragraph_summaries(root: Path | None = None) -> ParagraphSummaries:
    """Read and validate the summaries under ``root`` (a resources folder); the shipped ones are read once."""
    return _shipped() if root is None else _load(root)


def check_paragraph_summaries(kb: KnowledgeBase, root: Path | None = None) -> list[Text]:
    """For ``kb check``: every problem of the summaries under ``root`` (None: the shipped ones); empty when sound."""
    del kb  # the summaries stand on the article's numbering, not on knowledge-base entries
    return _read(root if root is not None else resources_root())[1].messages


def summarize_paragraph_summaries(kb: KnowledgeBase, root: Path | None = None) -> Text:
    """The count ``kb check`` prints when all is well."""
    del kb
    count = len(load_paragraph_summaries(root))
    return Text(f"{count} 段原文摘要", f"{count} paragraph summaries")


def article_paragraphs(article: str) -> dict[int, str]:
    """The article's numbered paragraphs (lines that start with "¶N ")."""
    return {int(match.group(1)): match.group(2) for match in _ARTICLE_PARAGRAPH.finditer(article)}


def copied_from_article(
    summaries: ParagraphSummaries, article: str, run: int = COPY_RUN, limit: float = SIMILARITY_LIMIT
) -> list[Text]:
    """One problem per summary that repeats ``run`` or more characters of the article, quoting the repeated run, and
    one per summary whose similarity to its own paragraph reaches ``limit``."""
    paragraphs = article_paragraphs(article)
    body = "".join(_letters(text) for text in paragraphs.values())
    problems = Problems()
    if not body:
        problems.add("article", "—", Text("没有找到以“¶N”开头的段落", "no paragraphs starting with “¶N” were found"))
        return problems.messages
    for summary in summaries.by_number.values():
        copies = False  # a summary that copies a clause is reported once, for the copy
        for field, text in (("topic", summary.topic.zh), ("summary", summary.summary.zh)):
            copied = _longest_shared_run(_letters(text), body)
            if len(copied) >= run:
                copies = copies or field == "summary"
                problems.add(
                    PARAGRAPHS_FILE,
                    f"¶{summary.number} › {field}",
                    Text(
                        f"与原文有 {len(copied)} 个字连续相同（“{copied}”）：请用自己的话概括",
                        f"repeats {len(copied)} characters of the article in a row (“{copied}”): use our own words",
                    ),
                )
        paragraph = paragraphs.get(summary.number)
        score = similarity(summary.summary.zh, paragraph) if paragraph else 0.0
        if score >= limit and not copies:
            problems.add(
                PARAGRAPHS_FILE,
                f"¶{summary.number} › summary",
                Text(
                    f"与原文第 {summary.number} 段过于相近（相似度 {score:.2f}，上限 {limit:.2f}）："
                    "请按自己的思路重写，不要照原文句子替换词语",
                    f"too close to ¶{summary.number} of the article (similarity {score:.2f}, limit {limit:.2f}): "
                    "rewrite it in our own order and words rather than swapping words in the article's sentences",
                ),
            )
    return problems.messages


def knowledge_close_to_article(kb: KnowledgeBase, article: str, limit: float = SIMILARITY_LIMIT) -> list[Text]:
    """The same guard for the other texts in our words: each entry's summary and each fact against the paragraphs
    they cite (joined in order), one problem per text whose similarity reaches ``limit``."""
    paragraphs = article_paragraphs(article)
    problems = Problems()
    for item in kb.items.values():
        texts = [("summary", item.summary.zh, item.paragraphs)]
        texts += [(f"fact {fact.id}", fact.text.zh, fact.paragraphs) for fact in item.facts]
        for field, text, cited in texts:
            source = "".join(paragraphs.get(number, "") for number in sorted(set(cited)))
            score = similarity(text, source) if source else 0.0
            if score >= limit:
                where = paragraphs_text(cited, "zh"), paragraphs_text(cited, "en")
                problems.add(
                    item.id,
                    field,
                    Text(
                        f"与原文{where[0]}过于相近（相似度 {score:.2f}，上限 {limit:.2f}）：请按自己的思路重写",
                        f"too close to {where[1]} of the article (similarity {score:.2f}, limit {limit:.2f}): "
                        "rewrite it in our own order and words",
                    ),
                )
    return problems.messages


def similarity(text: str, paragraph: str) -> float:
    """How much of ``text`` lines up with ``paragraph`` (0–1, difflib's ratio over letters and digits only)."""
    return SequenceMatcher(None, _letters(text), _letters(paragraph), autojunk=False).ratio()


def _letters(text: str) -> str:
    """Only letters and digits (Chinese included): punctuation and spaces cannot hide a copied clause."""
    return "".join(ch for ch in text if ch.isalnum())


def _longest_shared_run(text: str, body: str) -> str:
    best = ""
    for start in range(len(text)):
        end = start + len(best) + 1
        while end <= len(text) and text[start:end] in body:
            best = text[start:end]
            end += 1
    return best


@cache
def _shipped() -> ParagraphSummaries:
    return _load(resources_root())


def _load(root: Path) -> ParagraphSummaries:
    summaries, problems = _read(root)
    if problems or summaries is None:
        fallback = Text(f"{PARAGRAPHS_FILE} 无法读取", f"{PARAGRAPHS_FILE} cannot be read")
        raise KnowledgeErrors(problems.messages or [fallback])
    return summaries


def _read(root: Path) -> tuple[ParagraphSummaries | None, Problems]:
    problems = Problems()
    doc = read_toml(problems, root, PARAGRAPHS_FILE)
    if doc is None:
        return None, problems
    top = Entry(problems, PARAGRAPHS_FILE, "—", doc)
    top.only_keys(("paragraph",))
    found: dict[int, ParagraphSummary] = {}
    seen: set[int] = set()  # numbers with an entry, sound or not: a broken one is reported as broken, not missing
    for position, table in enumerate(top.tables("paragraph", required=True), start=1):
        raw = table.get("number")
        name = f"¶{raw}" if isinstance(raw, int) and not isinstance(raw, bool) else f"[[paragraph]] #{position}"
        entry = Entry(problems, PARAGRAPHS_FILE, name, table)
        entry.only_keys(ENTRY_KEYS)
        number = entry.integer("number", FIRST_PARAGRAPH, LAST_PARAGRAPH)
        topic, summary = entry.text("topic"), entry.text("summary")
        if number is None:
            continue
        if number in seen:
            entry.report("重复：每段只能有一条摘要", "duplicate: each paragraph has exactly one summary")
            continue
        seen.add(number)
        if topic is not None and summary is not None:
            found[number] = ParagraphSummary(number, topic, summary)
    for number in range(FIRST_PARAGRAPH, LAST_PARAGRAPH + 1):
        if number not in seen:
            missing = Text("缺少摘要（每段原文都需要一条）", "missing: every paragraph of the article needs a summary")
            problems.add(PARAGRAPHS_FILE, f"¶{number}", missing)
    if problems:
        return None, problems
    return ParagraphSummaries(dict(sorted(found.items()))), problems
