"""对比: the comparison page.

The page is ``desktop.views.compare.page.ComparePage``.
"""
