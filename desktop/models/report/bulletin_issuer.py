"""Who signs the 进展通报: the issuing unit the zone gave for its 行动方案, else the zone's management committee.

A 公文 ends with its issuer's name; an unsigned bulletin is the exception the user chooses, not what an empty
setting gives by accident. The command line keeps its own rule (``--issuer`` or the remembered one, with a warning).
"""

from __future__ import annotations

from desktop.models.report.settings import ReportSettings
from desktop.models.text import Lang, Text

# The usual signer of a zone's documents: its management committee (管委会).
SUGGESTED_ISSUER = Text("{zone}管委会", "{zone} Administrative Committee")


def bulletin_issuer(report: object, zone: str, lang: Lang) -> str:
    """The remembered issuing unit (the plan's report settings), or ``<zone>管委会`` when none was given."""
    remembered = ReportSettings.from_data(report).issuer
    return remembered or SUGGESTED_ISSUER.format(zone=zone.strip()).get(lang)
