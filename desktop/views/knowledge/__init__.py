"""知识库: the knowledge browser.

The page is ``desktop.views.knowledge.page.KnowledgePage``.
"""
