"""Unique profile names, made one way for every caller: a copy, an import kept beside its namesake."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from desktop.models.profile_rules import NAME_MAX


@dataclass(frozen=True, slots=True)
class NameTemplate:
    """How a taken name is made unique: ``first`` for the first try (None: start numbered), then ``numbered``
    from 2 on. Both hold ``{name}``; ``numbered`` holds ``{number}``."""

    numbered: str
    first: str | None = None

    def base(self, name: str) -> str:
        """``name`` without a suffix this template wrote: a copy of "X (copy)" counts on from X."""
        for template in (self.first, self.numbered):
            if template is None:
                continue
            pattern = re.escape(template).replace(r"\{name\}", "(?P<name>.+)").replace(r"\{number\}", r"\d+")
            found = re.fullmatch(pattern, name)
            if found:
                return found["name"]
        return name

    def candidates(self, name: str, limit: int = NAME_MAX) -> Callable[[int], str]:
        base = self.base(name)

        def candidate(number: int) -> str:
            if number == 1 and self.first is not None:
                template = self.first
            else:
                template = self.numbered.replace("{number}", str(max(number, 2)))
            room = limit - (len(template) - len("{name}"))  # the suffix is kept whole; the name is shortened
            return template.replace("{name}", base[:room].rstrip())

        return candidate


NUMBERED = NameTemplate("{name} ({number})")  # "X (2)", "X (3)"…: the store's name for an import kept beside X


def unique_name(name: str, taken: Callable[[str], bool], template: NameTemplate = NUMBERED) -> str:
    """The first name ``template`` makes from ``name`` that is not ``taken``, within the length limit."""
    candidate = template.candidates(name)
    number = 1 if template.first is not None else 2
    while taken(found := candidate(number)):
        number += 1
    return found
