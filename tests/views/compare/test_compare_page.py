"""The comparison page: two to four saved profiles side by side, a fifth refused with a message."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.models.formatting import points_text
from desktop.models.plan.plan import ActionPlan
from desktop.models.plan.types import Priority
from desktop.models.profile import Profile
from desktop.models.vocabulary import label
from desktop.views.compare.models import MAX_CHOSEN
from desktop.views.compare.page import ComparePage
from tests.helpers.widgets import has_cjk, own_texts


def make_page(qtbot, store, analyzer, lang: str = "zh") -> ComparePage:  # type: ignore[no-untyped-def]
    page = ComparePage(store, analyzer, lang)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    return page


def column(page: ComparePage, index: int) -> dict[str, str]:
    model = page.table_model
    return {
        model.headerData(row, Qt.Orientation.Vertical): model.index(row, index).data()
        for row in range(model.rowCount())
    }


def headers(page: ComparePage) -> list[str]:
    model = page.table_model
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def add_profiles(store, base: Profile, count: int) -> None:  # type: ignore[no-untyped-def]
    for n in range(count):
        store.create(base.with_changes(name=f"{base.name}-{n + 1}"))


def test_the_list_offers_every_saved_profile(qtbot, store, analyzer) -> None:
    page = make_page(qtbot, store, analyzer)
    names = [page.choices.index(r).data() for r in range(page.choices.rowCount())]
    assert names == [s.name for s in store.list_summaries()]
    assert len(names) >= 3


def test_two_profiles_side_by_side(qtbot, store, analyzer) -> None:
    page = make_page(qtbot, store, analyzer)
    summaries = store.list_summaries()[:2]
    page.choose([s.id for s in summaries])

    names = [s.name for s in summaries]
    assert page.radar.legend_names() == names
    assert headers(page) == names
    for i, summary in enumerate(summaries):
        profile = store.load(summary.id)
        analysis = analyzer.analyse(profile)
        cells = column(page, i)
        assert cells["Stage"] == label(profile.stage).zh
        for rank, match in enumerate(analysis.result.matches[:3], start=1):
            cell = cells[f"Best match {rank}"]
            assert match.title.zh in cell and f"({points_text(match.score)})" in cell
        high = sum(1 for a in analysis.actions if a.priority is Priority.HIGH)
        assert cells["High-priority actions"].startswith(f"{high}  ")
        assert "no plan saved" in cells["High-priority actions"]
        # The radar plots this profile's own endowments.
        series = page.radar.series()[i]
        assert {k: v for k, v in series.values.items()} == {str(e): v for e, v in profile.endowments.items()}


def test_a_saved_plan_is_counted_instead_of_the_proposal(qtbot, store, analyzer) -> None:
    summaries = store.list_summaries()[:2]
    first = summaries[0].id
    analysis = analyzer.analyse(store.load(first))
    assert any(a.priority is Priority.HIGH for a in analysis.actions), "the proposal should have urgent actions"
    plan = ActionPlan(analysis.actions)
    for action in plan.actions:
        if action.priority is Priority.HIGH:
            plan.update(action.id, priority=Priority.LOW)
    store.save_plan(first, plan.to_data())

    page = make_page(qtbot, store, analyzer)
    page.choose([s.id for s in summaries])
    assert column(page, 0)["High-priority actions"] == "0  (in the saved plan)"


def test_a_fifth_profile_is_refused_with_a_message(qtbot, store, analyzer, samples) -> None:
    add_profiles(store, samples["hitech-hubei"], 2)
    page = make_page(qtbot, store, analyzer)
    ids = [s.id for s in store.list_summaries()]
    assert len(ids) >= 5
    page.choose(ids[:MAX_CHOSEN])
    assert page.notice() == ""

    # The user moves to the fifth profile in the list and presses Space to tick it.
    page.list.setCurrentIndex(page.choices.index(MAX_CHOSEN))
    qtbot.keyClick(page.list.viewport(), Qt.Key.Key_Space)

    assert page.chosen() == ids[:MAX_CHOSEN]
    assert page.choices.index(MAX_CHOSEN).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert "At most 4 profiles" in page.notice()
    assert len(headers(page)) == MAX_CHOSEN
    # Unticking one makes room again and the message goes away.
    page.choices.setData(page.choices.index(0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert page.notice() == ""
    qtbot.keyClick(page.list.viewport(), Qt.Key.Key_Space)
    assert page.chosen() == [*ids[1:MAX_CHOSEN], ids[MAX_CHOSEN]]
    assert headers(page)[-1] == store.load(ids[MAX_CHOSEN]).name


def test_fewer_than_two_profiles_asks_for_more(qtbot, store, analyzer) -> None:
    page = make_page(qtbot, store, analyzer)
    page.choose([store.list_summaries()[0].id])
    assert page.stack.currentIndex() == 0
    assert "at least two" in page.placeholder.text()
    assert page.table_model.columnCount() == 0 and page.radar.legend_names() == []


def test_refresh_follows_saves_and_keeps_the_choice(qtbot, store, analyzer) -> None:
    page = make_page(qtbot, store, analyzer)
    summaries = store.list_summaries()[:2]
    page.choose([s.id for s in summaries])
    renamed = store.load(summaries[0].id).with_changes(name="改名后的开发区")
    store.update(summaries[0].id, renamed)

    page.refresh()

    assert page.chosen() == [s.id for s in summaries]
    assert headers(page)[0] == "改名后的开发区"
    assert page.radar.legend_names()[0] == "改名后的开发区"


def test_english_page_has_no_chinese_of_its_own(qtbot, store, analyzer, samples) -> None:
    store.create(samples["hitech-hubei"].with_changes(name="Riverside High-tech Zone"))
    store.create(samples["petrochem-coastal"].with_changes(name="Harbour Petrochemical Zone"))
    page = make_page(qtbot, store, analyzer, "en")
    assert not any(has_cjk(t) for t in own_texts(page))
    english = [s.id for s in store.list_summaries() if not has_cjk(s.name)]
    page.choose(english)
    rows = [page.table_model.headerData(r, Qt.Orientation.Vertical) for r in range(page.table_model.rowCount())]
    assert rows and not any(has_cjk(r) for r in rows)
    cells = [page.table_model.index(r, c).data() for r in range(len(rows)) for c in range(2)]
    assert not any(has_cjk(c) for c in cells)
    assert not any(has_cjk(t) for t in own_texts(page))


def test_models_pass_the_model_tester(qtbot, qtmodeltester, store, analyzer) -> None:
    page = make_page(qtbot, store, analyzer)
    page.choose([s.id for s in store.list_summaries()[:3]])
    qtmodeltester.check(page.choices)
    qtmodeltester.check(page.table_model)


def test_long_names_in_the_headers_end_in_an_ellipsis(qtbot, store, analyzer, samples) -> None:  # type: ignore[no-untyped-def]
    long_names = [("超长名称测试开发区" * 12)[:99] + str(n) for n in (1, 2)]
    ids = [store.create(samples["hitech-hubei"].with_changes(name=name)) for name in long_names]
    page = make_page(qtbot, store, analyzer)
    page.choose(ids)
    page.resize(1100, 700)
    header = page.table.horizontalHeader()
    assert header.textElideMode() == Qt.TextElideMode.ElideRight  # "…" at the end, not a name cut off
    assert [page.table_model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) for c in (0, 1)] == (
        long_names
    )  # the whole name on hovering
    assert page.minimumSizeHint().width() < 1100  # the names never make the page wider
