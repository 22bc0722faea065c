"""The action-plan workbook officials circulate; the entry point is ``writer.write_workbook``."""
