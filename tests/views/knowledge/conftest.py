"""The knowledge page's fixtures (shared with the matches and comparison pages)."""

from tests.helpers.page_fixtures import analyzer, kb, samples, store

__all__ = ["analyzer", "kb", "samples", "store"]
