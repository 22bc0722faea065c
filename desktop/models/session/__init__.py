"""The open profile's session, without widgets: open, save, rename, duplicate, delete, the plan baseline, drafts.

Import the modules themselves (``session.session``, ``session.names``...): the store uses ``names`` and must not
pull in the rest.
"""
