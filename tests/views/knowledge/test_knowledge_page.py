"""The knowledge browser: every entry is there, the search filters as one types, links lead to the linked entry."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QUrl

from desktop.models.knowledge.types import ItemKind, KnowledgeBase
from desktop.views.knowledge.page import KnowledgePage
from desktop.views.knowledge.tree_model import KEY_ROLE
from tests.helpers.widgets import has_cjk, own_texts

HOUSTON = "case.houston-petrochem"


def make_page(qtbot, kb: KnowledgeBase, lang: str = "zh") -> KnowledgePage:  # type: ignore[no-untyped-def]
    page = KnowledgePage(kb, lang)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    return page


def entry_keys(page: KnowledgePage) -> list[str]:
    return [k for k in page.visible_keys() if not k.startswith("group:")]


def test_every_item_and_glossary_term_is_browsable(qtbot, kb: KnowledgeBase) -> None:
    page = make_page(qtbot, kb)
    expected = {f"item:{i}" for i in kb.items} | {f"term:{t.id}" for t in kb.glossary}
    assert sorted(entry_keys(page)) == sorted(expected)
    # Sub-measures sit under their recommendation.
    for measure in kb.of_kind(ItemKind.MEASURE):
        index = page.model.index_of(f"item:{measure.id}")
        assert index.parent().data(KEY_ROLE) == f"item:{measure.parent}"


def test_search_for_houston_finds_the_case_and_shows_its_29_of_30_figure(qtbot, kb: KnowledgeBase) -> None:
    page = make_page(qtbot, kb)
    page.search.setText("休斯顿")

    found = entry_keys(page)
    assert f"item:{HOUSTON}" in found
    assert len(found) < len(kb.items) + len(kb.glossary)
    assert page.selected_key() in found  # the first hit is shown without another click

    assert page.select_item(HOUSTON)
    text = page.detail.toPlainText()
    case = kb.item(HOUSTON)
    share = next(f for f in case.facts if f.value == 29)
    group = next(f for f in case.facts if f.value == 30)
    assert share.label.zh in text and "29家" in text
    assert group.label.zh in text and "30家" in text
    assert case.summary.zh in text


def test_search_is_bilingual_and_ignores_case(qtbot, kb: KnowledgeBase) -> None:
    page = make_page(qtbot, kb)
    for query in ("houston", "HOUSTON", "Houston petrochemical"):
        page.set_query(query)
        assert f"item:{HOUSTON}" in entry_keys(page), query


def test_search_looks_in_facts_and_glossary_terms(qtbot, kb: KnowledgeBase) -> None:
    page = make_page(qtbot, kb)
    page.set_query("哈里伯顿")  # named only in a fact of the Houston case
    assert entry_keys(page) == [f"item:{HOUSTON}"]

    term = kb.glossary[0]
    page.set_query(term.term.en)
    assert f"term:{term.id}" in entry_keys(page)
    page.set_query(term.term.zh)
    assert f"term:{term.id}" in entry_keys(page)


def test_a_search_with_no_hit_says_so_and_clearing_it_brings_everything_back(qtbot, kb: KnowledgeBase) -> None:
    page = make_page(qtbot, kb)
    page.set_query("zzz-no-such-thing")
    assert entry_keys(page) == []
    assert page.count_label.text() == "Nothing found"
    page.search.clear()
    assert len(entry_keys(page)) == len(kb.items) + len(kb.glossary)


def test_a_case_shows_its_endowment_profile_with_reasons(qtbot, kb: KnowledgeBase) -> None:
    page = make_page(qtbot, kb)
    page.select_item(HOUSTON)
    text = page.detail.toPlainText()
    profile = kb.item(HOUSTON).endowment_profile
    assert profile
    for rating in profile.values():
        assert rating.why.zh in text
        # An endowment the article does not state shows no rating, only that it is not stated (¶5 is silent on
        # Houston's research and intermediaries).
        assert f"{rating.value}/5" in text if rating.stated else "原文未述及" in text
    assert sum(not r.stated for r in profile.values()) == text.count("原文未述及") == 2


def test_parent_and_related_links_select_the_linked_item(qtbot, kb: KnowledgeBase) -> None:
    page = make_page(qtbot, kb)
    page.set_query("休斯顿")
    page.select_item(HOUSTON)
    case = kb.item(HOUSTON)
    assert case.parent is not None
    html = page.detail.toHtml()
    assert f'href="item:{case.parent}"' in html
    for related in case.related:
        assert f'href="item:{related}"' in html

    page.detail.anchorClicked.emit(QUrl(f"item:{case.parent}"))
    # The trait does not mention Houston: following the link clears the search so the trait can be shown.
    assert page.selected_key() == f"item:{case.parent}"
    assert page.search.text() == ""
    assert kb.item(case.parent).summary.zh in page.detail.toPlainText()


def test_a_recommendation_lists_its_measures_as_links(qtbot, kb: KnowledgeBase) -> None:
    page = make_page(qtbot, kb)
    page.select_item("rec.2")
    html = page.detail.toHtml()
    for measure in (m for m in kb.of_kind(ItemKind.MEASURE) if m.parent == "rec.2"):
        assert f'href="item:{measure.id}"' in html


def test_glossary_term_shows_its_definition(qtbot, kb: KnowledgeBase) -> None:
    page = make_page(qtbot, kb)
    term = kb.glossary[0]
    assert page.select_key(f"term:{term.id}")
    text = page.detail.toPlainText()
    assert term.term.zh in text and term.definition.zh in text


def test_the_source_citation_is_shown(qtbot, kb: KnowledgeBase) -> None:
    page = make_page(qtbot, kb)
    assert kb.source.citation.zh in page.source.text()


def test_english_page_has_no_chinese_of_its_own(qtbot, kb: KnowledgeBase) -> None:
    page = make_page(qtbot, kb, "en")
    page.set_query("houston")
    page.select_item(HOUSTON)
    texts = own_texts(page)
    assert texts
    assert [t for t in texts if has_cjk(t)] == []
    assert not has_cjk(page.detail.toPlainText())
    page.set_query("")
    groups = [page.proxy.index(r, 0, QModelIndex()).data() for r in range(page.proxy.rowCount())]
    assert len(groups) == 5 and not any(has_cjk(g) for g in groups)


def test_tree_and_filter_models_pass_the_model_tester(qtbot, qtmodeltester, kb: KnowledgeBase) -> None:
    page = make_page(qtbot, kb)
    qtmodeltester.check(page.model)
    page.set_query("集群")
    qtmodeltester.check(page.proxy)


def test_the_case_titles_are_read_whole_in_a_small_window(qtbot, kb: KnowledgeBase) -> None:  # type: ignore[no-untyped-def]
    """At 1024×700 the page is about 720 px wide; the list had a third of it and cut the English case names
    ("Boston biotechnology (biop…") while the reading pane beside it stood half empty."""
    from desktop.views.i18n import Language

    language = Language("en")
    try:
        page = make_page(qtbot, kb, "en")
        page.resize(720, 560)
        page.show()
        qtbot.waitExposed(page)
        tree = page.tree
        metrics = tree.fontMetrics()
        cases = [f"item:{item.id}" for item in kb.of_kind(ItemKind.CASE)]
        assert cases
        for key in cases:
            index = page.proxy.mapFromSource(page.model.index_of(key))
            text = str(index.data())
            rect = tree.visualRect(index)
            assert rect.x() + metrics.horizontalAdvance(text) + 8 <= tree.viewport().width(), text
    finally:
        language.uninstall()
