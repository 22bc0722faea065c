"""The About box's text: version, the knowledge base and its source, and where the data is kept."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from desktop import __version__
from desktop.models.knowledge.types import KnowledgeBase
from desktop.views.i18n import Language


def about_text(
    app_title: str, kb: KnowledgeBase | None, language: Language, database: str = "", *, shared: bool = False
) -> str:
    """``database``: the database in use, its password hidden; ``shared``: it is a server others use too."""
    source = QCoreApplication.translate("MainWindow", "Source:")
    if shared:
        local = QCoreApplication.translate(
            "MainWindow", "Profiles and plans are kept in the shared database {database}."
        )
    else:
        local = QCoreApplication.translate("MainWindow", "Profiles and plans are kept on this computer only.")
    local = local.format(database=database)
    missing = QCoreApplication.translate("MainWindow", "The knowledge base could not be loaded.")
    lines = [f"<h3>ZonePlanner {escape(__version__)}</h3>", f"<p>{escape(app_title)}</p>"]
    if kb is not None:
        version = QCoreApplication.translate("MainWindow", "Knowledge base version {version} ({date})").format(
            version=kb.version, date=kb.date
        )
        lines.append(f"<p>{escape(version)}</p>")
        lines.append(f"<p>{escape(source)} {escape(language.text(kb.source.citation))}</p>")
    else:
        lines.append(f"<p>{escape(missing)}</p>")
    lines.append(f"<p>{escape(local)}</p>")
    if database and not shared:
        label = QCoreApplication.translate("MainWindow", "Database:")
        lines.append(f"<p>{escape(label)} {escape(database)}</p>")
    return "".join(lines)
