"""What to tell a Linux user whose window cannot open because Qt's display plugin cannot load.

On a fresh Debian or Ubuntu desktop a few X11 libraries that Qt's ``xcb`` plugin links against are often missing
(``libxcb-cursor0`` above all; on minimal systems also ``libxcb-icccm4``, ``libxcb-keysyms1``...). Qt then stops the
process with a generic message ("could not load the Qt platform plugin xcb") that names neither the library nor the
package. ``create_application`` builds the ``QApplication`` with a message handler that catches that fatal message,
finds which libraries cannot be loaded, and prints the one ``apt install`` line in Chinese and English before
exiting with a non-zero code (instead of Qt's abort and core dump).

Nothing here runs on Windows or macOS, or when the user chose another platform (``QT_QPA_PLATFORM``): the check
only explains a failure, it never prevents a start that would have worked.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

EXIT_NO_DISPLAY = 2

# The shared libraries Qt's xcb plugin (and the Qt libraries it loads) need from the system, with the Debian/Ubuntu
# package of each. Read from the plugin's ELF "NEEDED" entries (PySide6 6.x); the C and C++ runtimes and GLib, which
# every desktop has, are left out.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
}
# The README's line: every package above, so one command is enough on any Debian/Ubuntu release PySide6 supports.
APT_LINE = "sudo apt install " + " ".join(sorted(set(XCB_LIBRARIES.values()), key=lambda p: (p != "libxcb-cursor0", p)))

# Qt's fatal messages when no platform plugin could be started (Qt 6.x wording).
_PLATFORM_FAILURE = ("platform plugin", "could not connect to display")


def can_load(library: str) -> bool:
    """Whether the dynamic linker finds and loads ``library`` (what Qt's plugin loader will need it to do)."""
    try:
        ctypes.CDLL(library)
    except OSError:
        return False
    return True


def missing_libraries(load: Callable[[str], bool] | None = None) -> list[str]:
    """The xcb plugin's system libraries that cannot be loaded here (``load``: how to try one; ``can_load``)."""
    load = load or can_load
    return [library for library in XCB_LIBRARIES if not load(library)]


def applies(platform: str = sys.platform, environ: os._Environ[str] | dict[str, str] | None = None) -> bool:
    """Linux, with Qt choosing its platform itself or told to use xcb (a user's other choice is theirs to mend)."""
    env = os.environ if environ is None else environ
    return platform.startswith("linux") and env.get("QT_QPA_PLATFORM", "xcb").split(":")[0] in ("", "xcb")


def platform_hint(missing: Sequence[str]) -> str:
    """What to print: the missing packages and the one apt line, in Chinese then English; or, if no library is
    missing, that no display could be reached."""
    if not missing:
        return (
            "ZonePlanner 无法打开窗口：找不到可用的图形显示"
            "（DISPLAY 或 WAYLAND_DISPLAY 未设置，或显示服务器拒绝连接）。\n"
            "请在桌面会话中启动；远程登录时请开启 X11 转发（ssh -X）。\n"
            "ZonePlanner cannot open its window: no graphical display could be reached (DISPLAY or WAYLAND_DISPLAY "
            "is not set, or the display server refused the connection).\n"
            "Start it from a desktop session; over SSH, enable X11 forwarding (ssh -X).\n"
        )
    packages = " ".join(dict.fromkeys(XCB_LIBRARIES[library] for library in missing))
    return (
        f"ZonePlanner 无法打开窗口：系统缺少 Qt 图形界面所需的库（{packages}）。\n"
        f"请先安装，然后重新启动：\n    {APT_LINE}\n"
        f"ZonePlanner cannot open its window: the system lacks libraries that Qt's display plugin needs ({packages}).\n"
        f"Install them, then start it again:\n    {APT_LINE}\n"
    )


def create_application(argv: Sequence[str], load: Callable[[str], bool] | None = None) -> QApplication:
    """``QApplication(argv)``; if Qt cannot start its display plugin, print the hint and exit with
    ``EXIT_NO_DISPLAY`` instead of Qt's abort. Qt's other messages while starting are printed once it has started
    (before a failure they would only add a misleading guess of Qt's own)."""
    if not applies():
        return QApplication(list(argv))
    held: list[str] = []

    def handler(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if kind == QtMsgType.QtFatalMsg and any(words in message.lower() for words in _PLATFORM_FAILURE):
            _exit_with_hint(missing_libraries(load))
        held.append(message)

    previous = qInstallMessageHandler(handler)
    try:
        return QApplication(list(argv))
    finally:
        qInstallMessageHandler(previous)  # whoever handled Qt's messages before (None: Qt's own output)
        for message in held:
            sys.stderr.write(message + "\n")


def _exit_with_hint(missing: Sequence[str]) -> NoReturn:
    sys.stderr.write(platform_hint(missing))
    sys.stderr.flush()
    os._exit(EXIT_NO_DISPLAY)  # Qt is about to abort: no Python clean-up can run safely from here
