"""The interface language: the one object that knows it, installs the matching translators and announces changes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from desktop.models.text import DEFAULT_LANG, LANGS, Lang, Text
from desktop.resources import resource_path

# Source strings are English, so English needs no catalogue; Chinese needs ours plus Qt's own (file dialogs, standard
# buttons, text menus).
APP_CATALOGUE = "zoneplanner_zh_CN"
QT_CATALOGUE = "qtbase_zh_CN"
# Per language: whether it needs the catalogues above, and the locale that dates and numbers follow.
_NEEDS_CATALOGUES: dict[Lang, bool] = {"zh": True, "en": False}
_LOCALES: dict[Lang, tuple[QLocale.Language, QLocale.Country]] = {
    "zh": (QLocale.Language.Chinese, QLocale.Country.China),
    "en": (QLocale.Language.English, QLocale.Country.UnitedStates),
}


def parse_lang(value: object) -> Lang:
    """A language code read from settings or the command line; anything unknown falls back to Chinese."""
    return value if value in LANGS else DEFAULT_LANG


class Language(QObject):
    """Current UI language. Views receive it, read ``lang`` and follow ``changed``; nothing else holds the language."""

    changed = Signal(str)

    def __init__(self, lang: Lang = DEFAULT_LANG, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lang: Lang = lang
        self._translators: list[QTranslator] = []
        self._apply(lang)

    @property
    def lang(self) -> Lang:
        return self._lang

    def text(self, text: Text) -> str:
        """Pick the current language's side of a bilingual domain text."""
        return text.get(self._lang)

    def set(self, lang: Lang) -> None:
        if lang == self._lang:
            return
        self._apply(lang)
        self.changed.emit(lang)

    def _apply(self, lang: Lang) -> None:
        self.uninstall()
        self._lang = lang
        if _NEEDS_CATALOGUES[lang]:
            # The translator installed last is asked first: ours (which also has the few strings of Qt's dialogs
            # that Qt's catalogue misses, see ``qt_catalogue``), then Qt's own for its dialogs, buttons and menus.
            qt = self._load(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), QT_CATALOGUE)
            ours = self._load(resource_path("translations"), APP_CATALOGUE)
            for translator in (qt, ours):
                if translator is not None:
                    QCoreApplication.installTranslator(translator)
                    self._translators.append(translator)
        QLocale.setDefault(QLocale(*_LOCALES[lang]))

    def uninstall(self) -> None:
        """Remove the translators this object installed (the application is left in English)."""
        for translator in self._translators:
            QCoreApplication.removeTranslator(translator)
        self._translators.clear()

    def _load(self, folder: object, catalogue: str) -> QTranslator | None:
        translator = QTranslator(self)
        # A missing catalogue leaves those strings in English rather than stopping the application.
        return translator if translator.load(catalogue, str(folder)) else None
