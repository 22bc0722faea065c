"""The shipped knowledge base says everything the article says — figures included — and nothing it does not."""

from __future__ import annotations

import re

import pytest

from desktop.models.knowledge.loader import load_knowledge_base
from desktop.models.knowledge.types import Fact, ItemKind, KnowledgeBase
from desktop.models.vocabulary import Endowment
from tests.helpers.kb_article import body, normalised, paragraphs

# The IDs of the digest (the contract with matching, plans and the workbook), with kind and parent.
EXPECTED_ITEMS: dict[str, tuple[ItemKind, str | None]] = {
    "trait.regional-advantage": (ItemKind.TRAIT, None),
    "trait.iur-innovation": (ItemKind.TRAIT, None),
    "trait.tripartite-governance": (ItemKind.TRAIT, None),
    "case.california-it": (ItemKind.CASE, "trait.regional-advantage"),
    "case.houston-petrochem": (ItemKind.CASE, "trait.regional-advantage"),
    "case.boston-biotech": (ItemKind.CASE, "trait.iur-innovation"),
    "case.silicon-valley": (ItemKind.CASE, "trait.iur-innovation"),
    "case.michigan-hybrid": (ItemKind.CASE, "trait.tripartite-governance"),
    "case.illinois-associations": (ItemKind.CASE, "trait.tripartite-governance"),
    "practice.policy-system": (ItemKind.PRACTICE, None),
    "practice.fiscal-financial": (ItemKind.PRACTICE, None),
    "practice.one-plus-n": (ItemKind.PRACTICE, None),
    "practice.info-platform": (ItemKind.PRACTICE, None),
    "rec.1": (ItemKind.RECOMMENDATION, None),
    "rec.1.1": (ItemKind.MEASURE, "rec.1"),
    "rec.1.2": (ItemKind.MEASURE, "rec.1"),
    "rec.1.3": (ItemKind.MEASURE, "rec.1"),
    "rec.1.4": (ItemKind.MEASURE, "rec.1"),
    "rec.1.5": (ItemKind.MEASURE, "rec.1"),
    "rec.2": (ItemKind.RECOMMENDATION, None),
    "rec.2.1": (ItemKind.MEASURE, "rec.2"),
    "rec.2.2": (ItemKind.MEASURE, "rec.2"),
    "rec.2.3": (ItemKind.MEASURE, "rec.2"),
    "rec.3": (ItemKind.RECOMMENDATION, None),
    "rec.3.1": (ItemKind.MEASURE, "rec.3"),
    "rec.3.2": (ItemKind.MEASURE, "rec.3"),
    "rec.3.3": (ItemKind.MEASURE, "rec.3"),
}

# The paragraphs each item of the digest rests on (the digest's ¶ column; traits also cite ¶2 that names them).
EXPECTED_PARAGRAPHS: dict[str, set[int]] = {
    "trait.regional-advantage": {3},
    "trait.iur-innovation": {6},
    "trait.tripartite-governance": {9},
    "case.california-it": {4},
    "case.houston-petrochem": {5},
    "case.boston-biotech": {7},
    "case.silicon-valley": {8},
    "case.michigan-hybrid": {10},
    "case.illinois-associations": {11},
    "practice.policy-system": {13, 14, 15, 16},
    "practice.fiscal-financial": {17, 18, 19},
    "practice.one-plus-n": {20, 21},
    "practice.info-platform": {22, 23},
    "rec.1": {25, 26},
    "rec.1.1": {25},
    "rec.1.2": {25},
    "rec.1.3": {25},
    "rec.1.4": {26},
    "rec.1.5": {26},
    "rec.2": {27, 28, 29},
    "rec.2.1": {28},
    "rec.2.2": {29},
    "rec.2.3": {29},
    "rec.3": {30, 31},
    "rec.3.1": {30, 31},
    "rec.3.2": {31},
    "rec.3.3": {31},
}

# Every figure of the digest: (item, value, unit in English, year, qualifier).
EXPECTED_FIGURES: list[tuple[str, float, str, int | None, str]] = [
    ("case.houston-petrochem", 29, "companies", None, "of"),
    ("case.houston-petrochem", 30, "companies", None, ""),
    ("case.houston-petrochem", 1000, "firms", None, "over"),
    ("case.houston-petrochem", 5000, "firms", None, "over"),
    ("case.houston-petrochem", 50, "%", None, "over"),
    ("case.boston-biotech", 50000, "USD", None, ""),
    ("practice.policy-system", 3, "programmes", 2010, ""),
    ("practice.policy-system", 56, "clusters", 2010, ""),
    ("practice.fiscal-financial", 6_000_000, "USD a year", None, "about"),
    ("practice.fiscal-financial", 5, "sectors", None, ""),
    ("practice.one-plus-n", 8, "departments", None, ""),
    ("practice.one-plus-n", 7, "agencies", None, ""),
    ("practice.info-platform", 50_000_000, "records", 2014, "up_to"),
]

# Dated facts without a figure: (item, year, qualifier, a term the fact must carry).
EXPECTED_DATED: list[tuple[str, int, str, str]] = [
    ("practice.policy-system", 2010, "", "美国竞争力再授权法案"),
    ("practice.policy-system", 1996, "since", "加州经济战略小组"),
    ("practice.fiscal-financial", 2010, "", "种子基金"),
    ("practice.info-platform", 2014, "", "产业集群描绘计划"),
]

# Named institutions, programmes and roles the article gives: (item, name as the article writes it).
EXPECTED_NAMES: list[tuple[str, str]] = [
    ("case.california-it", "斯坦福大学"),
    ("case.california-it", "加州理工学院"),
    ("case.houston-petrochem", "康菲石油"),
    ("case.houston-petrochem", "哈里伯顿"),
    ("case.houston-petrochem", "墨西哥湾"),
    ("case.boston-biotech", "哈佛医学院"),
    ("case.boston-biotech", "麻省理工学院"),
    ("case.boston-biotech", "波士顿大学医学院"),
    ("case.boston-biotech", "专利技术认证"),
    ("case.silicon-valley", "斯坦福大学研究所"),
    ("case.silicon-valley", "西屋"),
    ("case.silicon-valley", "瑞森"),
    ("case.silicon-valley", "IBM"),
    ("case.silicon-valley", "互相外包"),
    ("case.michigan-hybrid", "丰田"),
    ("case.michigan-hybrid", "通用"),
    ("case.michigan-hybrid", "雪佛兰沃特"),
    ("case.michigan-hybrid", "底特律"),
    ("case.illinois-associations", "标准制定"),
    ("case.illinois-associations", "贸易摩擦解决"),
    ("case.illinois-associations", "品牌建设"),
    ("practice.policy-system", "能源区域创新集群计划"),
    ("practice.policy-system", "工作加速器合作集群计划"),
    ("practice.policy-system", "区域创新集群计划"),
    ("practice.fiscal-financial", "区域创新战略计划"),
    ("practice.fiscal-financial", "生物医药"),
    ("practice.fiscal-financial", "水技术"),
    ("practice.fiscal-financial", "清洁能源"),
    ("practice.fiscal-financial", "先进制造"),
    ("practice.fiscal-financial", "自然资源"),
    ("practice.one-plus-n", "奥巴马"),
    ("practice.one-plus-n", "能源部"),
    ("practice.one-plus-n", "商务部经济发展局"),
    ("practice.one-plus-n", "小企业管理局"),
    ("practice.one-plus-n", "国家标准技术研究院"),
    ("practice.one-plus-n", "劳工部"),
    ("practice.one-plus-n", "教育部"),
    ("practice.one-plus-n", "国家科学基金会"),
    ("practice.info-platform", "哈佛大学"),
    ("practice.info-platform", "麻省理工学院"),
    ("practice.info-platform", "摸清家底"),
]

# Roles the article gives to two of the seven agencies: (fact ID, terms its fact must carry).
EXPECTED_ROLES: dict[str, set[str]] = {
    "doe-role": {"能源部", "技术研发合作"},
    "sba-role": {"小企业管理局", "商业网络", "教育培训", "贷款申请", "专利申请", "营销策略", "技术转移策略"},
}

EXPECTED_GLOSSARY = {
    "term.ric", "term.e-ric", "term.jiac", "term.ris", "term.competes-act", "term.eda", "term.sba", "term.nist",
    "term.nsf", "term.doe", "term.dol", "term.doed", "term.doc", "term.one-plus-n", "term.iur", "term.intermediary",
    "term.management-committee", "term.nest-phoenix", "term.cheap-land", "term.hukou-barrier",
    "term.cluster-life-cycle", "term.cluster-organization", "term.guidance-fund", "term.seed-fund",
    "term.cluster-mapping", "term.baseline", "term.organic-whole", "term.innovation-alliance", "term.spill-over",
}  # fmt: skip

# A run this long found verbatim in the article means a sentence was copied instead of restated.
COPY_RUN = 20


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge_base()


def all_facts(kb: KnowledgeBase) -> list[tuple[str, Fact]]:
    return [(item.id, fact) for item in kb.items.values() for fact in item.facts]


def test_every_digest_id_exists_with_its_kind_and_parent(kb: KnowledgeBase) -> None:
    assert list(kb.items) == list(EXPECTED_ITEMS)
    for item_id, (kind, parent) in EXPECTED_ITEMS.items():
        item = kb.item(item_id)
        assert (item.kind, item.parent) == (kind, parent), item_id


def test_every_item_rests_on_the_digest_paragraphs(kb: KnowledgeBase) -> None:
    for item_id, expected in EXPECTED_PARAGRAPHS.items():
        cited = set(kb.item(item_id).paragraphs)
        assert expected <= cited, item_id
        assert cited <= expected | {2}, f"{item_id} cites more than the digest: {cited - expected}"


def test_every_cited_paragraph_exists_in_the_article(kb: KnowledgeBase) -> None:
    article = paragraphs()
    assert sorted(article) == list(range(1, 32))
    cited = [(item.id, p) for item in kb.items.values() for p in item.paragraphs]
    cited += [(f"{item_id}/{fact.id}", p) for item_id, fact in all_facts(kb) for p in fact.paragraphs]
    cited += [(term.id, p) for term in kb.glossary for p in term.paragraphs]
    assert [entry for entry in cited if entry[1] not in article] == []


@pytest.mark.parametrize(("item_id", "value", "unit", "year", "qualifier"), EXPECTED_FIGURES)
def test_every_figure_of_the_digest_is_a_structured_fact(
    kb: KnowledgeBase, item_id: str, value: float, unit: str, year: int | None, qualifier: str
) -> None:
    matches = [
        fact
        for fact in kb.item(item_id).facts
        if fact.value == value and fact.unit.en == unit and fact.year == year and fact.qualifier == qualifier
    ]
    assert len(matches) == 1, f"{item_id}: no single fact {value} {unit} {year} {qualifier!r}"


@pytest.mark.parametrize(("item_id", "year", "qualifier", "term"), EXPECTED_DATED)
def test_dated_programmes_and_laws_are_facts(
    kb: KnowledgeBase, item_id: str, year: int, qualifier: str, term: str
) -> None:
    facts = [fact for fact in kb.item(item_id).facts if term in fact.terms and fact.year == year]
    assert facts and all(fact.qualifier == qualifier for fact in facts)


@pytest.mark.parametrize(("item_id", "name"), EXPECTED_NAMES)
def test_named_institutions_and_programmes_are_facts(kb: KnowledgeBase, item_id: str, name: str) -> None:
    assert any(name in fact.terms for fact in kb.item(item_id).facts), f"{item_id} lacks {name}"


def test_the_doe_and_sba_roles_are_as_the_article_gives_them(kb: KnowledgeBase) -> None:
    facts = {fact.id: fact for fact in kb.item("practice.one-plus-n").facts}
    for fact_id, terms in EXPECTED_ROLES.items():
        assert terms <= set(facts[fact_id].terms), fact_id


def test_houston_figures_carry_the_article_wording(kb: KnowledgeBase) -> None:
    terms = {term for fact in kb.item("case.houston-petrochem").facts for term in fact.terms}
    assert {"29", "30", "1000", "5000", "一半以上", "康菲石油", "哈里伯顿"} <= terms


def test_every_fact_term_occurs_in_a_cited_paragraph(kb: KnowledgeBase) -> None:
    article = paragraphs()
    missing = [
        (item_id, fact.id, term)
        for item_id, fact in all_facts(kb)
        for term in fact.terms
        if not any(term in article[p] for p in fact.paragraphs)
    ]
    assert missing == []


def test_every_figure_appears_in_the_article(kb: KnowledgeBase) -> None:
    """A fact with a number must carry at least one term, so the number is checked against the text."""
    assert [(item_id, fact.id) for item_id, fact in all_facts(kb) if fact.value is not None and not fact.terms] == []


def test_every_case_has_a_complete_endowment_profile_and_no_other_item_has_one(kb: KnowledgeBase) -> None:
    for item in kb.items.values():
        if item.kind is ItemKind.CASE:
            assert item.endowment_profile is not None and set(item.endowment_profile) == set(Endowment), item.id
            # An endowment the article is silent on carries no value (it used to be a neutral 3 that counted).
            assert all(r.value is None or 0 <= r.value <= 5 for r in item.endowment_profile.values())
        else:
            assert item.endowment_profile is None, item.id


# What the article states for each case's endowments (¶4–¶11); everything else is marked not stated.
STATED = {
    "case.california-it": {"research_base"},
    "case.houston-petrochem": {
        "natural_resources",
        "transport_location",
        "talent",
        "capital",
        "leading_firms",
        "sme_network",
    },
    "case.boston-biotech": {"research_base", "talent", "capital"},
    "case.silicon-valley": {"research_base", "leading_firms", "sme_network"},
    "case.michigan-hybrid": {"leading_firms"},
    "case.illinois-associations": {"intermediaries"},
}


@pytest.mark.parametrize("case_id", sorted(STATED))
def test_only_what_the_article_states_carries_a_rating_and_the_rest_says_it_is_not_stated(
    kb: KnowledgeBase, case_id: str
) -> None:
    profile = kb.item(case_id).endowment_profile or {}
    assert {e.value for e, rating in profile.items() if rating.stated} == STATED[case_id]
    for rating in profile.values():
        if not rating.stated:
            assert "未" in rating.why.zh and "not" in rating.why.en  # the why says the article is silent
            assert "中性" not in rating.why.zh and "neutral" not in rating.why.en


@pytest.mark.parametrize(
    ("case_id", "strong"),
    [
        (
            "case.houston-petrochem",
            {Endowment.NATURAL_RESOURCES, Endowment.TRANSPORT_LOCATION, Endowment.LEADING_FIRMS},
        ),
        ("case.boston-biotech", {Endowment.RESEARCH_BASE, Endowment.TALENT}),
        ("case.silicon-valley", {Endowment.RESEARCH_BASE, Endowment.SME_NETWORK}),
        ("case.michigan-hybrid", {Endowment.LEADING_FIRMS}),
        ("case.illinois-associations", {Endowment.INTERMEDIARIES}),
        ("case.california-it", {Endowment.RESEARCH_BASE}),
    ],
)
def test_each_case_is_rated_highest_on_what_the_article_credits_it_with(
    kb: KnowledgeBase, case_id: str, strong: set[Endowment]
) -> None:
    profile = kb.item(case_id).endowment_profile
    assert profile is not None
    assert {endowment for endowment, rating in profile.items() if rating.value == 5} == strong


def test_ratings_the_article_does_not_support_are_neutral_and_say_so(kb: KnowledgeBase) -> None:
    for case in kb.of_kind(ItemKind.CASE):
        assert case.endowment_profile is not None
        for endowment, rating in case.endowment_profile.items():
            neutral = "取中性值" in rating.why.zh
            assert neutral == ("neutral value" in rating.why.en), (case.id, endowment)
            assert neutral == (rating.value == 3), (case.id, endowment)
            if neutral:
                assert set(rating.paragraphs) <= set(case.paragraphs), (case.id, endowment)


def _copied_run(text: str, names: list[str]) -> str | None:
    """A run of the article's wording in ``text``; names (institutions, programmes, listed terms) don't count."""
    plain = normalised(text)
    for name in names:
        plain = plain.replace(name, "|")
    article = body()
    for segment in plain.split("|"):
        for start in range(len(segment) - COPY_RUN + 1):
            if segment[start : start + COPY_RUN] in article:
                return segment[start : start + COPY_RUN]
    return None


def test_no_text_is_copied_from_the_article(kb: KnowledgeBase) -> None:
    texts = [(item.id, item.summary.zh) for item in kb.items.values()]
    texts += [(f"{item_id}/{fact.id}", fact.text.zh) for item_id, fact in all_facts(kb)]
    texts += [(term.id, term.definition.zh) for term in kb.glossary]
    for case in kb.of_kind(ItemKind.CASE):
        assert case.endowment_profile is not None
        texts += [(f"{case.id}/{e}", rating.why.zh) for e, rating in case.endowment_profile.items()]
    # Longest first, so a long name is removed before a shorter one inside it.
    names = sorted({normalised(term) for _, fact in all_facts(kb) for term in fact.terms}, key=len, reverse=True)
    names = [name for name in names if len(name) >= 3]
    copied = [(entry, run) for entry, text in texts if (run := _copied_run(text, names)) is not None]
    assert copied == []


def test_the_glossary_has_the_terms_the_article_relies_on(kb: KnowledgeBase) -> None:
    assert {term.id for term in kb.glossary} >= EXPECTED_GLOSSARY


def _forms(term_zh: str) -> list[str]:
    """The Chinese forms of a glossary headword: "集群描绘/集群地图" gives both."""
    return [normalised(form) for form in re.split(r"[/()（）]", term_zh) if normalised(form)]


def test_glossary_cites_only_paragraphs_that_use_the_term(kb: KnowledgeBase) -> None:
    article = {number: normalised(text) for number, text in paragraphs().items()}
    for term in kb.glossary:
        forms = _forms(term.term.zh)
        if term.paragraphs:
            assert any(form in article[p] for p in term.paragraphs for form in forms), term.id
        else:
            # An empty list claims the article never uses the term: make sure that is true.
            assert not any(form in body() for form in forms), term.id


def test_source_metadata(kb: KnowledgeBase) -> None:
    assert kb.source.title == "美国产业集群发展有哪些启示?"
    assert kb.source.outlet.zh == "中国电子报"
    assert kb.source.date == "2019-06-14"
    assert kb.source.authors == ("张舰", "黎文娟", "赵芸芸", "程楠")
    assert kb.source.institution.zh == "赛迪智库规划研究所"
    assert "前沿观察" in kb.source.published_on.zh
    assert all(name in kb.source.citation.zh for name in kb.source.authors)
    assert "2019" in kb.source.citation.en and kb.version and kb.date


def test_departments_are_loaded(kb: KnowledgeBase) -> None:
    assert kb.department("committee.finance").name.zh == "财政金融局"
    assert {unit.group for unit in kb.departments.values()} == {"committee", "government", "partner"}
