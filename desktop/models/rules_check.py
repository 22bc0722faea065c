"""For ``zoneplanner kb check``: every problem of the matching rules and the action templates, and a one-line summary.

Both take the resources folder, like the knowledge loader (None: the shipped one). A folder without ``rules/`` (a copy
of the knowledge files only) has the shipped rules checked against its knowledge base.
"""

from __future__ import annotations

from pathlib import Path

from desktop.models.knowledge.types import KnowledgeBase
from desktop.models.matching.rules import read_rules
from desktop.models.plan.templates import read_action_templates
from desktop.models.text import Text

RULES_DIR = "rules"


def _rules_dir(resources: Path | None) -> Path | None:
    if resources is None or not (resources / RULES_DIR).is_dir():
        return None
    return resources / RULES_DIR


def check_rules(kb: KnowledgeBase, resources: Path | None = None) -> list[Text]:
    """Problems of the rules, each naming file, entry and problem; an empty list means they are sound.

    Checks that every trait, case, practice and sub-measure has rules, that every field a rule reads exists in the
    profile, that each item's points add up to 100, and that every action template names real measures, units and
    knowledge items.
    """
    _, problems = read_rules(kb, _rules_dir(resources))
    _, action_problems = read_action_templates(kb, _rules_dir(resources))
    return problems + action_problems


def summarize_rules(kb: KnowledgeBase, resources: Path | None = None) -> Text:
    """The counts ``kb check`` prints when all is well."""
    rules, _ = read_rules(kb, _rules_dir(resources))
    templates, _ = read_action_templates(kb, _rules_dir(resources))
    items = len(rules.items)
    criteria = sum(len(item.criteria) for item in rules.items)
    actions = len(templates.templates)
    return Text(
        f"{items} 个条目的匹配规则（{criteria} 条标准）、{actions} 个行动模板",
        f"matching rules for {items} items ({criteria} criteria), {actions} action templates",
    )
