"""Help texts of the profile form: what each rating level, stage and condition means to the official filling it in.

These are interface explanations (translated through Qt); the knowledge itself lives in ``resources/knowledge``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication

from desktop.models.vocabulary import Condition, Endowment, Figure, Stage

CONTEXT = "ProfileTexts"

# Marks a string for the catalogue and returns it unchanged (PySide's stub says "object"; it is the str given).
QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], QtCore.QT_TRANSLATE_NOOP)

# The 0–5 scale of an endowment, read the same way for all eight.
ENDOWMENT_LEVELS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ProfileTexts", "0 — none: the zone has practically nothing of this"),
    QT_TRANSLATE_NOOP("ProfileTexts", "1 — weak: clearly lacking, it holds development back"),
    QT_TRANSLATE_NOOP("ProfileTexts", "2 — fair: below what comparable zones have"),
    QT_TRANSLATE_NOOP("ProfileTexts", "3 — good: on a par with comparable zones, some strengths"),
    QT_TRANSLATE_NOOP("ProfileTexts", "4 — strong: a clear advantage within the province"),
    QT_TRANSLATE_NOOP("ProfileTexts", "5 — outstanding: among the best in the country"),
)

ENDOWMENT_HINTS: dict[Endowment, str] = {
    Endowment.NATURAL_RESOURCES: QT_TRANSLATE_NOOP(
        "ProfileTexts", "Minerals, energy, water, farmland or other natural assets industries can build on."
    ),
    Endowment.TRANSPORT_LOCATION: QT_TRANSLATE_NOOP(
        "ProfileTexts", "Ports, railways, motorways, airports and closeness to large markets."
    ),
    Endowment.RESEARCH_BASE: QT_TRANSLATE_NOOP(
        "ProfileTexts", "Universities, research institutes and laboratories in or near the zone."
    ),
    Endowment.TALENT: QT_TRANSLATE_NOOP(
        "ProfileTexts", "Engineers, skilled workers and managers available to firms, and how easily they come."
    ),
    Endowment.CAPITAL: QT_TRANSLATE_NOOP(
        "ProfileTexts", "Banks, venture capital, guidance funds and other finance within reach of firms."
    ),
    Endowment.LEADING_FIRMS: QT_TRANSLATE_NOOP(
        "ProfileTexts", "Large firms that anchor the industry chain and draw suppliers and talent."
    ),
    Endowment.SME_NETWORK: QT_TRANSLATE_NOOP(
        "ProfileTexts", "Small and medium firms that supply, subcontract and cooperate with each other."
    ),
    Endowment.INTERMEDIARIES: QT_TRANSLATE_NOOP(
        "ProfileTexts", "Industry associations, chambers, service agencies, incubators and technology brokers."
    ),
}

STAGE_DESCRIPTIONS: dict[Stage, str] = {
    Stage.NASCENT: QT_TRANSLATE_NOOP(
        "ProfileTexts",
        "A few firms and an incomplete chain; the task is to pick a niche that fits the region and win anchor firms.",
    ),
    Stage.GROWTH: QT_TRANSLATE_NOOP(
        "ProfileTexts",
        "Firms and suppliers arrive quickly; the task is to complete the chain and get firms to work together.",
    ),
    Stage.MATURE: QT_TRANSLATE_NOOP(
        "ProfileTexts",
        "A complete, stable chain with known brands; the task is to keep innovating and avoid lock-in.",
    ),
    Stage.TRANSFORMING: QT_TRANSLATE_NOOP(
        "ProfileTexts",
        "Growth slows or technology shifts; the task is to upgrade the industries or open new directions.",
    ),
}

CONDITION_HINTS: dict[Condition, str] = {
    Condition.CHEAP_LAND_RELIANCE: QT_TRANSLATE_NOOP(
        "ProfileTexts", "Cheap land draws firms that do not fit the region, so the cluster loses its character (¶25)."
    ),
    Condition.COLOCATED_ONLY: QT_TRANSLATE_NOOP(
        "ProfileTexts", "Being side by side is not yet a cluster: the gains come from firms working together (¶30)."
    ),
    Condition.CLUSTER_ORGANIZATION: QT_TRANSLATE_NOOP(
        "ProfileTexts", "A body that links firms, finance, research and training makes the cluster act as one (¶31)."
    ),
    Condition.GUIDANCE_FUND: QT_TRANSLATE_NOOP(
        "ProfileTexts", "A little public money can bring banks and investors to fund young innovative firms (¶28)."
    ),
    Condition.IUR_ALLIANCE: QT_TRANSLATE_NOOP(
        "ProfileTexts", "Alliances of firms, universities and institutes share the risk of new technology (¶29)."
    ),
    Condition.CROSS_DEPARTMENT_MECHANISM: QT_TRANSLATE_NOOP(
        "ProfileTexts", "One lead unit with named partners keeps many departments pulling the same way (¶20)."
    ),
    Condition.INFORMATION_PLATFORM: QT_TRANSLATE_NOOP(
        "ProfileTexts", "Knowing the cluster's baseline comes first; shared data helps firms and government (¶22)."
    ),
    Condition.TALENT_BARRIERS: QT_TRANSLATE_NOOP(
        "ProfileTexts", "Household-registration and similar barriers keep the people a cluster needs away (¶26)."
    ),
    Condition.EXCESS_COMPETITION: QT_TRANSLATE_NOOP(
        "ProfileTexts", "Firms duplicating each other waste resources; coordination avoids a price war (¶31)."
    ),
}

# What a sensible value looks like, shown as the placeholder of each figure (blank means unknown).
FIGURE_EXAMPLES: dict[Figure, str] = {
    Figure.AREA_KM2: QT_TRANSLATE_NOOP("ProfileTexts", "e.g. 128.5"),
    Figure.ENTERPRISES: QT_TRANSLATE_NOOP("ProfileTexts", "e.g. 1200"),
    Figure.EMPLOYEES: QT_TRANSLATE_NOOP("ProfileTexts", "e.g. 90000"),
    Figure.UNIVERSITIES: QT_TRANSLATE_NOOP("ProfileTexts", "e.g. 12"),
    Figure.RESEARCH_INSTITUTES: QT_TRANSLATE_NOOP("ProfileTexts", "e.g. 30"),
    Figure.OUTPUT_100M_CNY: QT_TRANSLATE_NOOP("ProfileTexts", "e.g. 560"),
}


def tr(text: str) -> str:
    """Translate one entry of the tables above."""
    return QCoreApplication.translate(CONTEXT, text)
