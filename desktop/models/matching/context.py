"""What the matching reads besides the knowledge base: the stated problems' names and the article's limits.

Both are data: the problems a profile may state (``resources/profile/problems.toml``, through the profile
vocabulary) and ``resources/knowledge/limits.toml``, the topics a zone may need that the 2019 article does not cover,
each with what in a profile calls for it. A result names such a topic instead of citing a
paragraph that does not say it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from desktop.models.data_file import NO_ENTRY, Entry, Problems, read_toml
from desktop.models.errors import KnowledgeErrors
from desktop.models.profile import Profile
from desktop.models.profile_vocabulary import ProblemEntry, load_profile_vocabulary
from desktop.models.text import Text
from desktop.models.vocabulary import Industry
from desktop.resources import resources_root

LIMITS_FILE = "knowledge/limits.toml"


@dataclass(frozen=True, slots=True)
class ArticleLimit:
    """A topic the article does not cover, and what in a profile makes it matter."""

    id: str
    topic: Text
    note: Text  # what the result says instead of a citation
    problems: tuple[str, ...]
    industries: tuple[Industry, ...]

    def applies(self, profile: Profile) -> bool:
        return bool(set(self.problems) & set(profile.problems) or set(self.industries) & set(profile.industries))


@dataclass(frozen=True, slots=True)
class Context:
    problems: Mapping[str, ProblemEntry]
    limits: tuple[ArticleLimit, ...]

    def problem_label(self, problem_id: str) -> Text:
        known = self.problems.get(problem_id)
        return known.label if known is not None else Text.same(problem_id)

    def limits_for(self, profile: Profile) -> tuple[ArticleLimit, ...]:
        return tuple(limit for limit in self.limits if limit.applies(profile))


def read_context() -> tuple[Context, list[Text]]:
    problems = Problems()
    base = resources_root()
    stated = load_profile_vocabulary().problems
    limits: list[ArticleLimit] = []
    data = read_toml(problems, base, LIMITS_FILE)
    if data is not None:
        top = Entry(problems, LIMITS_FILE, NO_ENTRY, data)
        for table in top.tables("limit", required=True):
            entry = Entry(problems, LIMITS_FILE, str(table.get("id", "?")), table)
            limit_id, topic, note = entry.string("id"), entry.text("topic"), entry.text("note")
            wanted = entry.strings("problems")
            industries = entry.enums("industries", Industry) if entry.has("industries") else ()
            entry.finish()
            for problem_id in wanted:
                if problem_id not in stated:
                    entry.report(f"未知的问题“{problem_id}”", f"unknown problem “{problem_id}”")
            if limit_id is not None and topic is not None and note is not None and industries is not None:
                limits.append(ArticleLimit(limit_id, topic, note, wanted, industries))
        for problem in stated.values():
            if problem.outside_article and not any(problem.id in limit.problems for limit in limits):
                top.report(
                    f"原文未涉及的问题“{problem.id}”没有对应的说明",
                    f"the problem “{problem.id}” lies outside the article but no limit names it",
                )
    return Context(stated, tuple(limits)), problems.messages


@cache
def default_context() -> Context:
    context, messages = read_context()
    if messages:
        raise KnowledgeErrors(messages)
    return context
