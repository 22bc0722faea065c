"""View helpers several pages share: rich-text panes, fact tables, item titles, the analyser they are given."""
