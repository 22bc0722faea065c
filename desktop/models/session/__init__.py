"""The open profile's session, without widgets: open, save, rename, duplicate, delete, the plan baseline, drafts.

Import the modules themselves (``session.session``, ``session.drafts``...). Unique names live beside the profile
(``desktop.models.profile_names``), because the store makes them too and the session builds on the store.
"""
