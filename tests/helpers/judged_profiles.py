"""Judged profiles: realistic zones of different kinds, stages and problems, each with what a careful analyst who knows
the article would expect at the top of its ranking and in its plan, and why (¶ = paragraph of the article).

These expectations were written from the article's logic, not read off the engine's output: when one fails, either
the rules or the expectation is wrong, and the explanation says which reading of the article it rests on.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from desktop.models.plan.types import Phase
from desktop.models.profile import Profile
from tests.helpers.builders import endowments as E
from tests.helpers.builders import zone

NEAR, MID, LONG = Phase.NEAR, Phase.MID, Phase.LONG


@dataclass(frozen=True)
class Judged:
    profile: Profile
    expectation: str  # the analyst's reasoning
    best_case: str | None = None  # the US case that should top the cases
    best_trait: str | None = None
    best_practice: str | None = None
    top_measures: tuple[str, ...] = ()  # each among the three best sub-measures
    actions: tuple[str, ...] = ()  # proposed
    no_actions: tuple[str, ...] = ()  # not proposed
    high: tuple[str, ...] = ()  # proposed with high priority
    phases: Mapping[str, Phase] = field(default_factory=dict)  # action → phase
    below: Mapping[str, float] = field(default_factory=dict)  # item → score strictly below
    above: Mapping[str, float] = field(default_factory=dict)  # item → score at least
    none_high: bool = False  # no action of the plan is high priority


JUDGED: tuple[Judged, ...] = (
    Judged(
        zone(
            "沿海石化基地",
            "mature",
            ["petrochem", "materials", "logistics_trade"],
            E(5, 5, 2, 2, 3, 5, 2, 1),
            ["colocated_only", "excess_competition", "cross_department_mechanism"],
            {"enterprises": 380, "employees": 42000, "universities": 1, "output_100m_cny": 2400},
            level="national",
            kind="etdz",
        ),
        "A coastal petrochemical base is Houston in miniature: oil-side industry grown on resources and a port (¶5), "
        "so Houston tops the cases, and the regional-advantage trait fits it well (¶3). But what it lacks is not an "
        "advantage: its refiners and downstream firms sit side by side without cooperating and associations are "
        "missing, the 'spatial co-location only' problem of ¶30, so the lesson it most needs among the traits is "
        "governance by market, government and intermediaries (¶9), and a cluster body (rec.3.1) is the first "
        "measure, due now because the cluster is mature (¶25). Research is thin, "
        "so a branch campus or institute sub-centre is proposed (¶29). Land is not sold cheap, so nothing on land "
        "(rec.1.2) and, with a 1+N mechanism already in place, no new one (¶20).",
        best_case="case.houston-petrochem",
        best_trait="trait.tripartite-governance",
        top_measures=("rec.3.1",),
        actions=(
            "rec.3.1/cluster-body",
            "rec.2.2/branch-campus",
            "rec.1.5/service-system",
            "rec.3.3/avoid-duplication",
        ),
        no_actions=("rec.1.2/land-criteria", "rec.1.3/one-plus-n"),
        high=("rec.3.1/cluster-body",),
        phases={"rec.3.1/cluster-body": NEAR},
        below={"rec.1.2": 40},
        above={"trait.regional-advantage": 70},
    ),
    Judged(
        zone(
            "高校周边生物医药园",
            "growth",
            ["biomed"],
            E(1, 4, 5, 4, 2, 2, 3, 2),
            ["talent_barriers"],
            {
                "enterprises": 260,
                "employees": 21000,
                "universities": 9,
                "research_institutes": 24,
                "output_100m_cny": 180,
            },
            level="national",
            kind="hitech",
        ),
        "A biomedicine park beside strong universities is the Boston pattern: biotech grown out of universities and "
        "hospitals, with incubation, start-up funds and venture capital (¶7). IUR co-innovation is its trait (¶6). "
        "Capital is weak and there is no guidance fund, so a cluster venture fund (rec.2.1, ¶28) and an alliance of "
        "firms, universities and institutes (rec.2.3, ¶29) lead the measures, both high priority and due now in a "
        "growing cluster. Research is already strong, so bringing in branch campuses (rec.2.2) is not proposed.",
        best_case="case.boston-biotech",
        best_trait="trait.iur-innovation",
        best_practice="practice.fiscal-financial",
        top_measures=("rec.2.1", "rec.2.3"),
        actions=("rec.2.1/venture-fund", "rec.2.3/iur-alliance", "rec.2.3/incubation"),
        no_actions=("rec.2.2/branch-campus", "rec.1.2/land-criteria"),
        high=("rec.2.1/venture-fund", "rec.2.3/iur-alliance"),
        phases={"rec.2.1/venture-fund": NEAR, "rec.2.3/iur-alliance": NEAR},
        below={"rec.2.2": 40},
        above={"case.boston-biotech": 80},
    ),
    Judged(
        zone(
            "县域低价供地工业园",
            "nascent",
            ["light_textile", "agri_food", "equipment", "materials", "logistics_trade"],
            E(2, 3, 1, 1, 1, 1, 2, 1),
            ["cheap_land_reliance", "talent_barriers"],
            {"area_km2": 15},
            level="municipal",
            kind="industrial_park",
        ),
        "A county park that wins projects with cheap land and chases five industries at once is exactly the drift "
        "¶25 warns against: rec.1.2 (no cheap-land race) is a top measure, and rec.1.1 (root policy in the region's "
        "features, find a niche) scores well and is high priority because five industries is a badly scattered "
        "focus; both are due now. Its weak firms and people and the household-registration barrier make rec.1.4 "
        "(¶26) score as high, which is right for a park this thin. It resembles no US case closely: every case stays "
        "under 50. It does not know its baseline (most figures missing), so mapping it (¶22) comes first and is "
        "escalated. A cluster body is for later in a nascent cluster: if proposed at all it is long-term (¶25).",
        top_measures=("rec.1.2",),
        actions=(
            "rec.1.2/land-criteria",
            "rec.1.1/specialisation",
            "rec.1.3/baseline-platform",
            "rec.1.4/talent-mobility",
        ),
        high=("rec.1.2/land-criteria", "rec.1.1/specialisation", "rec.1.3/baseline-platform"),
        phases={"rec.1.2/land-criteria": NEAR, "rec.1.4/talent-mobility": NEAR},
        below={
            "case.california-it": 50,
            "case.houston-petrochem": 50,
            "case.boston-biotech": 50,
            "case.silicon-valley": 50,
            "case.michigan-hybrid": 50,
            "case.illinois-associations": 50,
        },
        above={"rec.1.2": 85, "rec.1.1": 60},
    ),
    Judged(
        zone(
            "企业扎堆缺协作的成熟开发区",
            "mature",
            ["equipment", "automotive"],
            E(2, 4, 3, 3, 3, 4, 4, 2),
            ["colocated_only", "excess_competition", "information_platform"],
            {"enterprises": 1500, "employees": 120000, "universities": 3, "output_100m_cny": 1800},
            level="provincial",
            kind="etdz",
        ),
        "A mature zone whose many firms are side by side but do not cooperate is the central diagnosis of ¶30: the "
        "cure is a cluster organisation on top of the committee and associations (rec.3.1) and, through it, a "
        "cooperation network against excess competition (rec.3.3, ¶31). Governance by market, government and "
        "intermediaries is the trait to learn from (¶9). In a mature cluster organisation actions come first (near).",
        best_trait="trait.tripartite-governance",
        top_measures=("rec.3.1", "rec.3.3"),
        actions=("rec.3.1/cluster-body", "rec.3.3/cooperation-network", "rec.3.3/avoid-duplication"),
        no_actions=("rec.1.3/baseline-platform",),
        high=("rec.3.1/cluster-body", "rec.3.3/cooperation-network"),
        phases={"rec.3.1/cluster-body": NEAR, "rec.3.3/cooperation-network": NEAR},
    ),
    Judged(
        zone(
            "大学城信息技术高新区",
            "growth",
            ["ict"],
            E(2, 4, 5, 5, 4, 4, 4, 3),
            [
                "guidance_fund",
                "iur_alliance",
                "cluster_organization",
                "information_platform",
                "cross_department_mechanism",
            ],
            {
                "enterprises": 3000,
                "employees": 200000,
                "universities": 15,
                "research_institutes": 40,
                "output_100m_cny": 3000,
            },
            level="national",
            kind="hitech",
        ),
        "An ICT high-tech zone in a university city with the levers already in place is California and Silicon "
        "Valley (¶4, ¶8): those two cases top the cases. It already has a guidance fund, an IUR alliance, a cluster "
        "body, a data platform and a 1+N mechanism, so none of those is proposed again, and bringing in research "
        "branches (rec.2.2) scores low. Staged goals (rec.1.3) are still proposed: every zone needs them (¶25).",
        best_trait="trait.iur-innovation",
        actions=("rec.1.3/staged-goals",),
        no_actions=(
            "rec.2.1/venture-fund",
            "rec.2.3/iur-alliance",
            "rec.3.1/cluster-body",
            "rec.1.3/baseline-platform",
            "rec.1.3/one-plus-n",
            "rec.2.2/branch-campus",
            "rec.1.2/land-criteria",
        ),
        below={"rec.2.2": 40, "rec.1.2": 40, "practice.info-platform": 40, "practice.one-plus-n": 40},
        above={"case.california-it": 85, "case.silicon-valley": 75},
    ),
    Judged(
        zone(
            "转型中的汽车产业开发区",
            "transforming",
            ["automotive", "equipment"],
            E(2, 4, 3, 3, 3, 5, 4, 3),
            ["cross_department_mechanism"],
            {"enterprises": 900, "employees": 150000, "universities": 4, "output_100m_cny": 2600},
            level="national",
            kind="etdz",
        ),
        "An auto zone whose carmakers must catch up with a new technology is Michigan's hybrid story (¶10): state and "
        "carmakers pulling together. Michigan tops the cases. A transforming zone resets its path, so staged goals "
        "(rec.1.3) and niche-finding (rec.1.1) score well (¶25), and innovation actions are due now.",
        best_case="case.michigan-hybrid",
        actions=("rec.1.3/staged-goals", "rec.2.3/iur-alliance"),
        phases={"rec.2.3/iur-alliance": NEAR},
        above={"case.michigan-hybrid": 80, "rec.1.3": 60},
    ),
    Judged(
        zone(
            "口岸综合保税区",
            "growth",
            ["logistics_trade", "business_services"],
            E(1, 5, 1, 2, 3, 2, 2, 2),
            [],
            {"area_km2": 5, "enterprises": 150},
            level="national",
            kind="bonded",
        ),
        "A bonded zone lives on its location: the regional-advantage trait (¶3) is its trait. Its trade and logistics "
        "lines share nothing with California's IT or Boston's biotech, and its research is weak, so those cases stay "
        "low. It knows few of its figures, so mapping the baseline is high priority (¶22).",
        best_trait="trait.regional-advantage",
        actions=("rec.1.3/baseline-platform",),
        high=("rec.1.3/baseline-platform",),
        below={"case.california-it": 35, "case.boston-biotech": 35},
    ),
    Judged(
        zone(
            "资本薄弱的新能源园区",
            "nascent",
            ["clean_energy", "materials"],
            E(4, 3, 2, 2, 1, 2, 2, 2),
            [],
            {"enterprises": 120, "employees": 9000, "output_100m_cny": 150},
            level="provincial",
            kind="etdz",
        ),
        "A young new-energy park with almost no capital and no fund needs what ¶17–¶19 and ¶28 describe: a little "
        "public money drawing banks and investors into a cluster venture fund. Clean energy is one of the fields the "
        "US seed funds targeted (¶19), so the fiscal-financial practice is its best practice and rec.2.1 a top "
        "measure, escalated to high by the capital rating of 1. In a nascent cluster innovation actions are mid-term "
        "and the cluster body long-term (¶25 staged goals). The fund is sized from the output (150 × 0.5% → 1).",
        best_practice="practice.fiscal-financial",
        top_measures=("rec.2.1",),
        actions=("rec.2.1/venture-fund",),
        high=("rec.2.1/venture-fund",),
        phases={"rec.2.1/venture-fund": MID},
    ),
    Judged(
        zone(
            "内陆煤化工基地",
            "growth",
            ["petrochem", "materials"],
            E(5, 2, 1, 1, 2, 3, 2, 1),
            ["talent_barriers"],
            {"enterprises": 200, "employees": 30000, "universities": 0, "output_100m_cny": 900},
            level="provincial",
            kind="etdz",
        ),
        "An inland coal-chemical base built on reserves is closest to Houston among the cases (resources, energy "
        "chemistry, ¶5), even without a port. Its people are few and household registration blocks hiring, so "
        "removing those barriers and bringing in talent (rec.1.4, ¶26) is high priority, and with no local "
        "universities a branch campus or institute sub-centre (rec.2.2, ¶29) is a top measure.",
        best_case="case.houston-petrochem",
        top_measures=("rec.2.2",),
        actions=("rec.1.4/talent-mobility", "rec.2.2/branch-campus", "rec.1.5/skills-training"),
        high=("rec.1.4/talent-mobility", "rec.2.2/branch-campus"),
        phases={"rec.1.4/talent-mobility": NEAR},
    ),
    Judged(
        zone(
            "边境经济合作区",
            "nascent",
            ["logistics_trade", "agri_food"],
            E(2, 4, 1, 1, 1, 1, 1, 1),
            [],
            {},
            level="provincial",
            kind="border",
        ),
        "A new border cooperation zone that has no figures at all has not yet 'mapped its baseline', the first step "
        "¶22 names: the information-platform practice scores high and the baseline action is proposed, escalated, "
        "and due now. Being new (¶25), it must also decide on its specialty (rec.1.1) and get a cluster policy "
        "system (practice.policy-system, ¶13–¶16).",
        best_practice="practice.info-platform",
        actions=("rec.1.3/baseline-platform", "rec.1.1/specialisation", "rec.1.3/one-plus-n"),
        high=("rec.1.3/baseline-platform",),
        phases={"rec.1.3/baseline-platform": NEAR},
        above={"practice.info-platform": 70, "practice.policy-system": 40},
    ),
    Judged(
        zone(
            "同质化竞争的成熟园区",
            "mature",
            ["ict", "equipment", "materials", "automotive"],
            E(2, 4, 3, 3, 3, 4, 4, 3),
            ["excess_competition", "cluster_organization", "cross_department_mechanism"],
            {"enterprises": 2000, "employees": 160000, "universities": 2, "output_100m_cny": 2200},
            level="national",
            kind="etdz",
        ),
        "A mature zone with a government-run cluster body and duplicated projects inside it needs the second half of "
        "¶31: run the body on market lines until it stands alone (rec.3.2) and use it for a cooperation network that "
        "stops excess competition (rec.3.3). A cluster body exists, so founding one (rec.3.1) is not proposed.",
        top_measures=("rec.3.3", "rec.3.2"),
        actions=("rec.3.2/market-operation", "rec.3.3/avoid-duplication", "rec.3.3/cooperation-network"),
        no_actions=("rec.3.1/cluster-body",),
        phases={"rec.3.2/market-operation": NEAR},
    ),
    Judged(
        zone(
            "转型中的纺织服装园",
            "transforming",
            ["light_textile"],
            E(2, 3, 1, 2, 2, 2, 5, 1),
            ["cheap_land_reliance", "excess_competition", "colocated_only"],
            {"enterprises": 1200, "employees": 60000, "universities": 0, "output_100m_cny": 400},
            level="municipal",
            kind="industrial_park",
        ),
        "A textile park of many small firms with weak associations, price wars and land-led growth needs Illinois' "
        "lesson: business organisations that set standards, keep market order and build brands (¶11); Illinois tops "
        "the cases and governance the traits (¶9). Firms side by side and price wars put the cluster body and its "
        "cooperation network (rec.3.1, rec.3.3, ¶30–¶31) at the top of the measures. Land-led growth must stop "
        "(rec.1.2, high) and the transforming park must re-find its niche (rec.1.1, ¶25). Many SMEs without "
        "intermediaries call for a service system (rec.1.5, ¶26).",
        best_case="case.illinois-associations",
        best_trait="trait.tripartite-governance",
        top_measures=("rec.3.1", "rec.3.3"),
        actions=("rec.1.2/land-criteria", "rec.1.1/specialisation", "rec.1.5/service-system", "rec.3.1/cluster-body"),
        high=("rec.1.2/land-criteria", "rec.1.5/service-system"),
    ),
    Judged(
        zone(
            "未填指标的医药高新区",
            "growth",
            ["biomed", "ict"],
            E(1, 4, 5, 4, 3, 2, 3, 2),
            ["colocated_only"],
            {},
            level=None,
            kind=None,
        ),
        "The same Boston-like park as above but with no figures, level or kind filled in: Boston still tops the "
        "cases (industry and endowments decide, ¶7), and the criteria that read the missing values are reported as "
        "'cannot judge' rather than counted as failures. Targets fall back to stated defaults and say so.",
        best_case="case.boston-biotech",
        actions=("rec.2.3/iur-alliance",),
    ),
    Judged(
        zone(
            "机制齐备的强区",
            "mature",
            ["ict", "biomed"],
            E(4, 5, 5, 5, 5, 5, 5, 5),
            [
                "cluster_organization",
                "guidance_fund",
                "iur_alliance",
                "cross_department_mechanism",
                "information_platform",
            ],
            {
                "enterprises": 5000,
                "employees": 400000,
                "universities": 20,
                "research_institutes": 60,
                "output_100m_cny": 8000,
            },
            level="national",
            kind="hitech",
        ),
        "A strong zone that already has every lever the article recommends needs little: the weakness-driven "
        "measures (cheap land, talent barriers, branch campuses, founding a cluster body) score low and are not "
        "proposed; staged goals remain (every zone, ¶25) and, being mature, running its existing cluster body on "
        "market lines (rec.3.2). No action is high priority.",
        actions=("rec.1.3/staged-goals", "rec.3.2/market-operation"),
        no_actions=(
            "rec.1.2/land-criteria",
            "rec.1.4/talent-mobility",
            "rec.2.2/branch-campus",
            "rec.3.1/cluster-body",
            "rec.2.1/venture-fund",
        ),
        below={"rec.1.2": 20, "rec.1.4": 20, "rec.2.2": 20},
        none_high=True,
    ),
)
