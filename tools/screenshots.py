"""Screenshots of the real window: every tab, in Chinese and English, at a small and a large size.

Run it under a virtual display, e.g.::

    xvfb-run -a -s "-screen 0 1600x1000x24" python tools/screenshots.py /work/shots/screen

It builds a temporary data folder (the three shipped samples plus an auto-parts zone made here), opens the window on
it as the application does, opens the auto-parts profile (or ``--profile NAME``), and saves one PNG per tab,
language and size, named ``<size>-<lang>-<nn>-<tab>.png``; then the profile-import file dialog of each language. The
user's own data and settings are never touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

# An auto-parts zone as a new official would type it in: not one of the samples, so the window is seen on data it
# was not tuned on.
AUTO_PARTS = {
    "format": "zoneplanner-profile",
    "version": 2,
    "name": "云岭汽车零部件产业园",
    "province": "云南省",
    "city": "曲靖市",
    "level": "provincial",
    "kind": "industrial_park",
    "stage": "growth",
    "industries": ["automotive", "equipment"],
    "endowments": {
        "natural_resources": 2,
        "transport_location": 3,
        "research_base": 1,
        "talent": 2,
        "capital": 2,
        "leading_firms": 3,
        "sme_network": 2,
        "intermediaries": 1,
    },
    "conditions": {
        "cheap_land_reliance": True,
        "colocated_only": True,
        "cluster_organization": False,
        "guidance_fund": False,
        "iur_alliance": False,
        "cross_department_mechanism": False,
        "information_platform": False,
        "talent_barriers": True,
        "excess_competition": False,
    },
    "problems": ["single_anchor", "low_local_supply", "talent_outflow"],
    "targets": [{"indicator": "local_supply_rate", "base_year": 2024, "base": 28, "target_year": 2028, "target": 45}],
    "figures": {
        "area_km2": 24.0,
        "enterprises": 160,
        "employees": 21000,
        "universities": 1,
        "research_institutes": 2,
        "output_100m_cny": 420.0,
    },
    "goals": "围绕整车龙头企业补齐发动机零部件、汽车电子和轻量化材料配套，本地配套率三年内由28%提高到45%。",
    "notes": "园区产值主要来自一家整车企业及其一级供应商，二三级配套多在省外；熟练技工招聘难、流失快。",
}
SIZES = ((1024, 700), (1600, 1000))
LANGS = ("zh", "en")
SETTLE_S = 0.6  # the matches page waits for a pause in typing; the pages paint after it


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the PNG files (created)")
    parser.add_argument("--profile", default=AUTO_PARTS["name"], help="the profile to open (default: auto-parts zone)")
    parser.add_argument("--sizes", default=",".join(f"{w}x{h}" for w, h in SIZES), help="e.g. 1024x700,1280x800")
    parser.add_argument("--langs", default=",".join(LANGS), help="zh, en or both")
    parser.add_argument("--no-dialogs", action="store_true", help="skip the file dialog pictures")
    return parser.parse_args(list(argv))


def settle(app: object, seconds: float = SETTLE_S) -> None:
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    sizes = [tuple(int(n) for n in size.split("x")) for size in args.sizes.split(",")]
    langs = [lang for lang in args.langs.split(",") if lang]
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="zoneplanner-shots-") as temp:
        data = Path(temp) / "data"
        os.environ["ZONEPLANNER_DATA_DIR"] = str(data)
        os.environ.pop("ZONEPLANNER_DATABASE_URL", None)
        return shoot(args, data, sizes, langs)  # type: ignore[arg-type]


def shoot(args: argparse.Namespace, data: Path, sizes: list[tuple[int, int]], langs: list[str]) -> int:
    from PySide6.QtWidgets import QApplication, QFileDialog

    from desktop.app import open_settings
    from desktop.models.analysis import default_analyzer
    from desktop.models.profile_format import parse_profile
    from desktop.models.store import open_store
    from desktop.views.i18n import Language
    from desktop.views.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    store, _report = open_store(data)  # the shipped samples, as on a first start
    store.create(parse_profile(AUTO_PARTS))
    language = Language(langs[0], app)  # type: ignore[arg-type]
    window = MainWindow(store, language, open_settings(data), analyzer=default_analyzer())
    window.offer_drafts()
    window.show()
    chosen = [row for row in store.list_profiles() if row.name == args.profile]
    if not chosen:
        print(f"screenshots: no profile named {args.profile!r}", file=sys.stderr)
        return 2
    window.open_profile(chosen[0].id)
    settle(app)
    compare = window.pages.compare()  # three zones side by side: the auto-parts zone and two samples
    if compare is not None:
        others = [row.id for row in store.list_profiles() if row.id != chosen[0].id][:2]
        compare.choose([chosen[0].id, *others])

    written = 0
    for width, height in sizes:
        window.resize(width, height)
        list_width = min(290, width // 4)  # the list's share on a first start at this size (window_layout.py)
        window.splitter.setSizes([list_width, width - list_width])
        for lang in langs:
            window.set_language(lang)  # type: ignore[arg-type]
            settle(app)
            for index in range(window.editor.count()):
                window.editor.setCurrentIndex(index)
                settle(app)
                select_first_rows(window)
                settle(app, 0.2)
                tab = window.editor.tabText(index).replace("&", "").replace(" ", "_").replace("/", "-")
                path = args.out / f"{width}x{height}-{lang}-{index:02d}-{tab}.png"
                window.grab().save(str(path))
                written += 1
            if not args.no_dialogs and (width, height) == sizes[0]:
                dialog = QFileDialog(window, window.tr("Import profile"), str(Path.home()), window._file_filter())
                dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
                dialog.resize(760, 480)
                dialog.show()
                settle(app, 0.3)
                dialog.grab().save(str(args.out / f"dialog-{lang}-import.png"))
                dialog.close()
                written += 1
    window.autosave_timer.stop()
    window.hide()  # not closed: nothing to ask or to keep in a temporary folder
    store.close()
    print(f"{written} screenshots in {args.out}")
    return 0


def select_first_rows(window: object) -> None:
    """Select the first match, plan action and knowledge entry: their detail panels show what a user clicks to see."""
    from desktop.views.main_window import MainWindow

    assert isinstance(window, MainWindow)
    matches, plan = window.pages.matches, window.pages.plan
    analysis = matches.analysis() if matches is not None else None
    if matches is not None and analysis is not None and analysis.result.matches and matches.selected_id() is None:
        matches.select(analysis.result.matches[0].id)
    if plan is not None and plan.model.rowCount() and not plan.table.selectionModel().hasSelection():
        plan.table.selectRow(0)
    knowledge = window.pages.knowledge()  # built once its tab is first shown
    if knowledge is not None and knowledge.selected_key() is None:
        entries = [key for key in knowledge.visible_keys() if not key.startswith("group:")]
        if entries:
            knowledge.select_key(entries[0])


if __name__ == "__main__":
    raise SystemExit(main())
