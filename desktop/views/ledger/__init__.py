"""The progress ledger (台账) in the window: the forms out, the returns in, and the progress they show."""
