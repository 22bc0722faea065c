"""The zone's own units (format v2 ``units``) decide who leads: a bureau the zone does not list leads nothing, its
lead falls back as for a county park, and the partners name only units the zone has."""

from __future__ import annotations

from dataclasses import replace

from desktop.models.analysis import Analyzer
from desktop.models.profile import Unit
from tests.helpers.plan_profiles import make_profile

SCIENCE = "committee.science-innovation"
ECONOMY = "committee.economic-development"
STRONG_RESEARCH = (3, 3, 5, 5, 2, 3, 2, 3)  # universities and institutes to convert: actions a 科创局 would lead
OWN_UNITS = (
    Unit("党政办公室", "committee.office"),
    Unit("产业发展局", ECONOMY),  # the zone's name for its economic development bureau
    Unit("招商服务中心", "committee.investment-promotion"),
    Unit("财政金融局", "committee.finance"),
    Unit("企业服务局", "committee.enterprise-service"),
    Unit("汽车产业链办"),  # a unit of the zone's own, no catalogue role
)


def test_a_bureau_the_zone_does_not_list_leads_nothing_and_its_lead_falls_back(analyzer: Analyzer) -> None:
    catalogue = make_profile(ratings=STRONG_RESEARCH, conditions=())
    led = {a.id for a in analyzer.analyse(catalogue).actions if a.lead == SCIENCE}
    assert led, "precondition: with the catalogue's units some action is led by the science bureau"
    own = analyzer.analyse(replace(catalogue, units=OWN_UNITS)).actions
    assert not [a.id for a in own if a.lead == SCIENCE or SCIENCE in a.partners]
    by_id = {a.id: a for a in own}
    assert {by_id[i].lead for i in led if i in by_id} == {ECONOMY}


def test_partners_are_only_the_committee_units_the_zone_has(analyzer: Analyzer) -> None:
    profile = replace(make_profile(ratings=STRONG_RESEARCH, conditions=()), units=OWN_UNITS)
    listed = {u.role for u in OWN_UNITS if u.role}
    for action in analyzer.analyse(profile).actions:
        for unit in (action.lead, *action.partners):
            if unit.startswith("committee."):
                assert unit in listed, f"{action.id} names {unit}, which the zone does not have"
