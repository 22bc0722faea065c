"""One call for the window and the command line: a profile in, its matches and proposed actions out."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from desktop.models.knowledge.types import KnowledgeBase
from desktop.models.matching.engine import Matcher
from desktop.models.matching.rules import load_rules
from desktop.models.matching.types import MatchResult
from desktop.models.plan.generator import PlanGenerator
from desktop.models.plan.templates import ActionTemplates, load_action_templates
from desktop.models.plan.types import Action
from desktop.models.profile import Profile


@dataclass(frozen=True, slots=True)
class Analysis:
    profile: Profile
    result: MatchResult
    actions: list[Action]  # proposed actions, most urgent first


class Analyzer:
    """Holds the knowledge base, the compiled rules and action templates; ``analyse`` is cheap enough per keystroke."""

    def __init__(self, kb: KnowledgeBase, matcher: Matcher, templates: ActionTemplates | None = None) -> None:
        self.kb = kb
        self.matcher = matcher
        self.generator = PlanGenerator(kb, load_action_templates(kb) if templates is None else templates)

    @classmethod
    def load(cls, kb: KnowledgeBase, rules_root: Path | None = None) -> Analyzer:
        """An analyser over ``kb`` with the rules and templates in ``rules_root`` (default: the shipped ones)."""
        return cls(kb, Matcher(kb, load_rules(kb, rules_root)), load_action_templates(kb, rules_root))

    def analyse(self, profile: Profile) -> Analysis:
        result = self.matcher.match(profile)
        return Analysis(profile, result, self.generator.generate(profile, result))


@cache
def default_analyzer() -> Analyzer:
    """The analyser over the shipped knowledge base and rules, built once per process."""
    from desktop.models.knowledge.loader import default_knowledge_base

    return Analyzer.load(default_knowledge_base())
