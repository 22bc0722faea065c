"""Progress of an adopted plan from what the units reported (台账): completion by unit, overdue and silent actions,
an action's timeline and a period's summary. No Qt, no files: the window, the 进展通报 and the CLI read these."""
