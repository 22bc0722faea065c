"""The action plan: actions proposed from the matches in the "1+N" form, and the plan the user edits."""
