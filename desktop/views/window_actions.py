"""The main window's commands: actions with shortcuts and icons, the menus and the toolbar that show them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar

_MNEMONIC = re.compile(r"\(&\w\)")

# Language names are written in their own language in every UI language, so people can always find their own.
LANGUAGE_NAMES = {"zh": "中文", "en": "English"}


@dataclass
class WindowActions:
    new: QAction
    save: QAction
    import_: QAction
    export: QAction  # the profile as a .json file
    export_plan: QAction  # the plan as an Excel workbook: the document officials circulate, so it has Ctrl+E
    export_report: QAction  # the plan as a 行动方案 in Word (公文 layout), with its annexes
    quit: QAction
    duplicate: QAction
    rename: QAction
    delete: QAction
    history: QAction
    find: QAction
    about: QAction
    languages: dict[str, QAction]
    file_menu: QMenu
    profile_menu: QMenu
    language_menu: QMenu
    help_menu: QMenu
    toolbar: QToolBar

    def retranslate(self) -> None:
        texts = {
            self.new: (
                QCoreApplication.translate("MainWindow", "&New profile"),
                QCoreApplication.translate("MainWindow", "Start a new, empty zone profile"),
            ),
            self.save: (
                QCoreApplication.translate("MainWindow", "&Save"),
                QCoreApplication.translate(
                    "MainWindow", "Save the profile and its plan (enabled when something changed and the form is valid)"
                ),
            ),
            self.import_: (
                QCoreApplication.translate("MainWindow", "&Import…"),
                QCoreApplication.translate("MainWindow", "Add a profile from a .json profile file"),
            ),
            self.export: (
                QCoreApplication.translate("MainWindow", "Export profile &file…"),
                QCoreApplication.translate("MainWindow", "Write the profile to a .json profile file"),
            ),
            self.export_plan: (
                QCoreApplication.translate("MainWindow", "&Export plan workbook…"),
                QCoreApplication.translate(
                    "MainWindow",
                    "Write the action plan as shown, with the profile and its matches, to an Excel workbook",
                ),
            ),
            self.export_report: (
                QCoreApplication.translate("MainWindow", "Export action plan &document…"),
                QCoreApplication.translate(
                    "MainWindow", "Write the action plan as a Word document in official-document layout, with annexes"
                ),
            ),
            self.quit: (
                QCoreApplication.translate("MainWindow", "&Quit"),
                QCoreApplication.translate("MainWindow", "Close ZonePlanner"),
            ),
            self.duplicate: (
                QCoreApplication.translate("MainWindow", "&Duplicate"),
                QCoreApplication.translate("MainWindow", "Save a copy of this profile under a new name"),
            ),
            self.rename: (
                QCoreApplication.translate("MainWindow", "&Rename…"),
                QCoreApplication.translate("MainWindow", "Give this profile another name"),
            ),
            self.delete: (
                QCoreApplication.translate("MainWindow", "De&lete…"),
                QCoreApplication.translate("MainWindow", "Delete this profile and its history (asks first)"),
            ),
            self.history: (
                QCoreApplication.translate("MainWindow", "Version &history…"),
                QCoreApplication.translate("MainWindow", "See earlier saves of this profile and restore one"),
            ),
            self.find: (
                QCoreApplication.translate("MainWindow", "&Find profile"),
                QCoreApplication.translate("MainWindow", "Search the saved profiles by name"),
            ),
            self.about: (
                QCoreApplication.translate("MainWindow", "&About ZonePlanner"),
                QCoreApplication.translate("MainWindow", "Version, knowledge base and source"),
            ),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            # Toolbar buttons show the bare name: no mnemonic "(&N)" as Chinese menus write it, no ellipsis.
            action.setIconText(_MNEMONIC.sub("", text).replace("&", "").removesuffix("…"))
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
            action.setStatusTip(tip)
        for code, action in self.languages.items():
            action.setText(LANGUAGE_NAMES[code])
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", "&File"))
        self.profile_menu.setTitle(QCoreApplication.translate("MainWindow", "&Profile"))
        self.language_menu.setTitle(QCoreApplication.translate("MainWindow", "&Language"))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
        self.toolbar.setWindowTitle(QCoreApplication.translate("MainWindow", "Main toolbar"))


def build_actions(window: QMainWindow) -> WindowActions:
    style = window.style()

    def action(icon: QStyle.StandardPixmap | None, *keys: QKeySequence | QKeySequence.StandardKey | str) -> QAction:
        created = QAction(window)
        if icon is not None:
            created.setIcon(style.standardIcon(icon))
        if keys:
            created.setShortcuts([QKeySequence(key) for key in keys])
        return created

    pixmap = QStyle.StandardPixmap
    actions = WindowActions(
        new=action(pixmap.SP_FileIcon, QKeySequence.StandardKey.New),
        save=action(pixmap.SP_DialogSaveButton, QKeySequence.StandardKey.Save),
        import_=action(pixmap.SP_DialogOpenButton, "Ctrl+I"),
        export=action(pixmap.SP_FileLinkIcon, "Ctrl+Shift+E"),
        export_plan=action(pixmap.SP_ArrowUp, "Ctrl+E"),
        export_report=action(pixmap.SP_FileIcon, "Ctrl+Shift+D"),
        quit=action(None, QKeySequence.StandardKey.Quit),
        duplicate=action(pixmap.SP_FileDialogNewFolder, "Ctrl+D"),
        rename=action(None, "F2"),
        delete=action(pixmap.SP_TrashIcon, QKeySequence.StandardKey.Delete),
        history=action(pixmap.SP_FileDialogDetailedView, "Ctrl+H"),
        find=action(None, QKeySequence.StandardKey.Find),
        about=action(pixmap.SP_MessageBoxInformation),
        languages={code: action(None) for code in LANGUAGE_NAMES},
        file_menu=QMenu(window),
        profile_menu=QMenu(window),
        language_menu=QMenu(window),
        help_menu=QMenu(window),
        toolbar=QToolBar(window),
    )
    actions.quit.setMenuRole(QAction.MenuRole.QuitRole)
    actions.about.setMenuRole(QAction.MenuRole.AboutRole)
    # Del deletes a profile only while the list has the focus; in a text field it keeps deleting characters.
    actions.delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    group = QActionGroup(window)
    for item in actions.languages.values():
        item.setCheckable(True)
        group.addAction(item)

    actions.file_menu.addActions([actions.new, actions.save])
    actions.file_menu.addSeparator()
    actions.file_menu.addActions([actions.export_plan, actions.export_report])
    actions.file_menu.addSeparator()
    actions.file_menu.addActions([actions.import_, actions.export])
    actions.file_menu.addSeparator()
    actions.file_menu.addAction(actions.quit)
    actions.profile_menu.addActions([actions.find, actions.duplicate, actions.rename, actions.delete])
    actions.profile_menu.addSeparator()
    actions.profile_menu.addAction(actions.history)
    actions.language_menu.addActions(list(actions.languages.values()))
    actions.help_menu.addAction(actions.about)
    for menu in (actions.file_menu, actions.profile_menu, actions.language_menu, actions.help_menu):
        window.menuBar().addMenu(menu)

    toolbar = actions.toolbar
    toolbar.setObjectName("mainToolbar")  # saveState needs a name
    toolbar.setMovable(False)
    toolbar.setIconSize(QSize(20, 20))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addActions([actions.new, actions.save])
    toolbar.addSeparator()
    toolbar.addAction(actions.export_plan)
    toolbar.addSeparator()
    toolbar.addAction(actions.import_)
    toolbar.addSeparator()
    toolbar.addActions([actions.duplicate, actions.delete, actions.history])
    window.addToolBar(toolbar)
    actions.retranslate()
    return actions
