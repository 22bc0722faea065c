"""Errors the domain raises for bad input: each names what is wrong in both languages."""

from __future__ import annotations

from desktop.models.text import Lang, Text


class ZonePlannerError(Exception):
    """Base of every error the user is meant to read; ``message`` is bilingual."""

    def __init__(self, message: Text) -> None:
        super().__init__(message.zh)
        self.message = message

    def text(self, lang: Lang = "zh") -> str:
        return self.message.get(lang)

    def __str__(self) -> str:
        return self.message.zh


class ProfileError(ZonePlannerError):
    """A profile (file or form) breaks a rule of the interchange format; names the field and the value.

    ``message`` names the field with its path in the file (for files and the command line); ``form_message`` is the
    same problem as the form shows it next to the field: the field as the form labels it, no path, and no echo of an
    empty value (the field is right there, blank). Without one, the form shows ``message``.
    """

    def __init__(self, field: str, value: object, message: Text, *, form_message: Text | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.value = value
        self.form_message = form_message if form_message is not None else message


class ProfileErrors(ZonePlannerError):
    """Several ``ProfileError`` at once; the message is the first one's, ``errors`` holds all of them."""

    def __init__(self, errors: list[ProfileError]) -> None:
        if not errors:
            raise ValueError("ProfileErrors needs at least one error")
        super().__init__(errors[0].message)
        self.errors = errors


class StoreError(ZonePlannerError):
    """The local store could not do what was asked (duplicate name, missing profile, unusable database...)."""


class KnowledgeError(ZonePlannerError):
    """A shipped knowledge or rule file is broken; names the file, the entry and the problem."""


class KnowledgeErrors(KnowledgeError):
    """All the problems of a broken shipped file (knowledge base, form help); the message is the first one and says
    how many more there are, ``problems`` holds all of them."""

    def __init__(self, problems: list[Text]) -> None:
        if not problems:
            raise ValueError("KnowledgeErrors needs at least one problem")
        first = problems[0]
        more = len(problems) - 1
        if more:
            first = Text(f"{first.zh}（另有 {more} 个问题）", f"{first.en} (and {more} more problems)")
        super().__init__(first)
        self.problems = problems


class ExportError(ZonePlannerError):
    """A file could not be written; the previous file, if any, is intact."""
