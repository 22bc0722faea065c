"""The knowledge base: the source article restated as items, facts, a glossary and implementing units."""
