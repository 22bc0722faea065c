"""对标结果: the matches page.

The page is ``desktop.views.results.page.MatchesPage``; the other modules are shared with the knowledge
and comparison pages (formatting, kinds, the facts table), so importing them must stay light.
"""
