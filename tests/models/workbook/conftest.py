"""The workbook"s inputs built by hand (tests/helpers/workbook_inputs.py), so the workbook is tested on its own."""

from tests.helpers.workbook_inputs import actions, inputs, kb, profile, result

__all__ = ["actions", "inputs", "kb", "profile", "result"]
