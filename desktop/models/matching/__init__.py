"""Matching a zone profile against the knowledge base: rules as data, an engine that explains every point."""
