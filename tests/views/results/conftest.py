"""The matches page's fixtures (shared with the knowledge and comparison pages)."""

from tests.helpers.page_fixtures import analyzer, kb, samples, store

__all__ = ["analyzer", "kb", "samples", "store"]
