"""The window's help: the user guide (F1), the first-start hint, and our own summaries behind ¶ references."""
