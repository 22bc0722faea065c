"""The comparison page's fixtures (shared with the matches and knowledge pages)."""

from tests.helpers.page_fixtures import analyzer, kb, samples, store

__all__ = ["analyzer", "kb", "samples", "store"]
