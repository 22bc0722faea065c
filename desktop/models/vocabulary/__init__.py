"""The closed value sets of the domain and their words in both languages: one name per concept everywhere.

This module holds the zone profile's sets (interchange format v1); ``kinds``, ``plan`` and ``gaps`` hold those of
the knowledge base, the action plan and the matching. Window, command line and workbook all read them.
"""

from __future__ import annotations

from enum import StrEnum

from desktop.models.text import Text


class Level(StrEnum):
    NATIONAL = "national"
    PROVINCIAL = "provincial"
    MUNICIPAL = "municipal"


class Kind(StrEnum):
    ETDZ = "etdz"
    HITECH = "hitech"
    BONDED = "bonded"
    BORDER = "border"
    INDUSTRIAL_PARK = "industrial_park"
    OTHER = "other"


class Stage(StrEnum):
    """Cluster life-cycle stage."""

    NASCENT = "nascent"
    GROWTH = "growth"
    MATURE = "mature"
    TRANSFORMING = "transforming"


class Industry(StrEnum):
    ICT = "ict"
    BIOMED = "biomed"
    PETROCHEM = "petrochem"
    CLEAN_ENERGY = "clean_energy"
    AUTOMOTIVE = "automotive"
    EQUIPMENT = "equipment"
    MATERIALS = "materials"
    LOGISTICS_TRADE = "logistics_trade"
    AGRI_FOOD = "agri_food"
    LIGHT_TEXTILE = "light_textile"
    WATER_TECH = "water_tech"
    BUSINESS_SERVICES = "business_services"
    OTHER = "other"


class Endowment(StrEnum):
    NATURAL_RESOURCES = "natural_resources"
    TRANSPORT_LOCATION = "transport_location"
    RESEARCH_BASE = "research_base"
    TALENT = "talent"
    CAPITAL = "capital"
    LEADING_FIRMS = "leading_firms"
    SME_NETWORK = "sme_network"
    INTERMEDIARIES = "intermediaries"


class Condition(StrEnum):
    CHEAP_LAND_RELIANCE = "cheap_land_reliance"
    COLOCATED_ONLY = "colocated_only"
    CLUSTER_ORGANIZATION = "cluster_organization"
    GUIDANCE_FUND = "guidance_fund"
    IUR_ALLIANCE = "iur_alliance"
    CROSS_DEPARTMENT_MECHANISM = "cross_department_mechanism"
    INFORMATION_PLATFORM = "information_platform"
    TALENT_BARRIERS = "talent_barriers"
    EXCESS_COMPETITION = "excess_competition"


class Figure(StrEnum):
    AREA_KM2 = "area_km2"
    ENTERPRISES = "enterprises"
    EMPLOYEES = "employees"
    UNIVERSITIES = "universities"
    RESEARCH_INSTITUTES = "research_institutes"
    OUTPUT_100M_CNY = "output_100m_cny"


ENDOWMENT_MIN = 0
ENDOWMENT_MAX = 5

# Figures that count things are whole numbers; the others may have decimals.
INTEGER_FIGURES = frozenset({Figure.ENTERPRISES, Figure.EMPLOYEES, Figure.UNIVERSITIES, Figure.RESEARCH_INSTITUTES})

FIGURE_UNITS: dict[Figure, Text] = {
    Figure.AREA_KM2: Text("平方公里", "km²"),
    Figure.ENTERPRISES: Text("家", "firms"),
    Figure.EMPLOYEES: Text("人", "people"),
    Figure.UNIVERSITIES: Text("所", ""),
    Figure.RESEARCH_INSTITUTES: Text("家", ""),
    Figure.OUTPUT_100M_CNY: Text("亿元", "100 million CNY"),
}

# Pairs, not a dict literal: members of different enumerations may share a value (Kind.OTHER and Industry.OTHER are
# both "other", and a StrEnum member hashes and compares as its string), so a dict keyed by members would keep only
# the last of them. Labels are looked up by (enumeration, value).
_LABEL_PAIRS: tuple[tuple[StrEnum, Text], ...] = (
    (Level.NATIONAL, Text("国家级", "National")),
    (Level.PROVINCIAL, Text("省级", "Provincial")),
    (Level.MUNICIPAL, Text("市县级", "Municipal / county")),
    (Kind.ETDZ, Text("经济技术开发区", "Economic and technological development zone")),
    (Kind.HITECH, Text("高新技术产业开发区", "High-tech industrial development zone")),
    (Kind.BONDED, Text("综合保税区/海关特殊监管区域", "Comprehensive bonded zone / special customs area")),
    (Kind.BORDER, Text("边境/跨境经济合作区", "Border / cross-border economic cooperation zone")),
    (Kind.INDUSTRIAL_PARK, Text("工业园区/产业园", "Industrial park")),
    (Kind.OTHER, Text("其他类型", "Other kind")),
    (Stage.NASCENT, Text("萌芽培育期", "Nascent")),
    (Stage.GROWTH, Text("成长期", "Growth")),
    (Stage.MATURE, Text("成熟期", "Mature")),
    (Stage.TRANSFORMING, Text("转型升级期", "Transforming")),
    (Industry.ICT, Text("电子信息与软件", "Electronics, ICT and software")),
    (Industry.BIOMED, Text("生物医药与医疗器械", "Biomedicine and medical devices")),
    (Industry.PETROCHEM, Text("石油化工与能源化工", "Petrochemicals and energy chemicals")),
    (Industry.CLEAN_ENERGY, Text("新能源与节能环保", "New energy and environmental technology")),
    (Industry.AUTOMOTIVE, Text("汽车及零部件", "Automotive and parts")),
    (Industry.EQUIPMENT, Text("高端装备制造", "Advanced equipment manufacturing")),
    (Industry.MATERIALS, Text("新材料", "New materials")),
    (Industry.LOGISTICS_TRADE, Text("现代物流与商贸", "Logistics and trade")),
    (Industry.AGRI_FOOD, Text("农产品与食品加工", "Agri-food processing")),
    (Industry.LIGHT_TEXTILE, Text("纺织服装与轻工", "Textiles, apparel and light industry")),
    (Industry.WATER_TECH, Text("水处理与水技术", "Water treatment and water technology")),
    (Industry.BUSINESS_SERVICES, Text("金融与商务服务", "Finance and business services")),
    (Industry.OTHER, Text("其他产业", "Other industries")),
    (Endowment.NATURAL_RESOURCES, Text("自然资源", "Natural resources")),
    (Endowment.TRANSPORT_LOCATION, Text("交通区位", "Transport and location")),
    (Endowment.RESEARCH_BASE, Text("高校与科研院所", "Universities and research institutes")),
    (Endowment.TALENT, Text("人才", "Talent")),
    (Endowment.CAPITAL, Text("资本与金融", "Capital and finance")),
    (Endowment.LEADING_FIRMS, Text("龙头企业", "Leading firms")),
    (Endowment.SME_NETWORK, Text("中小企业配套协作", "SME supply and cooperation network")),
    (Endowment.INTERMEDIARIES, Text("中介组织与行业协会", "Intermediaries and industry associations")),
    (Condition.CHEAP_LAND_RELIANCE, Text("依赖低价供地招商", "Relies on cheap land to attract investment")),
    (Condition.COLOCATED_ONLY, Text("企业仅空间集聚、协作少", "Firms are side by side but rarely cooperate")),
    (Condition.CLUSTER_ORGANIZATION, Text("已有集群组织/促进机构", "Has a cluster organisation or promotion body")),
    (Condition.GUIDANCE_FUND, Text("已设政府引导/集群创投基金", "Has a government guidance or cluster venture fund")),
    (Condition.IUR_ALLIANCE, Text("已有产学研创新联盟", "Has an industry–university–research alliance")),
    (
        Condition.CROSS_DEPARTMENT_MECHANISM,
        Text("已有跨部门“1+N”协同机制", "Has a cross-department “1+N” coordination mechanism"),
    ),
    (
        Condition.INFORMATION_PLATFORM,
        Text("已有集群信息/数据共享平台", "Has a cluster information / data-sharing platform"),
    ),
    (Condition.TALENT_BARRIERS, Text("存在户籍等人才流动壁垒", "Household-registration or other barriers to talent")),
    (
        Condition.EXCESS_COMPETITION,
        Text("区内同质化/过度竞争", "Duplicated industries / excess competition in the zone"),
    ),
    (Figure.AREA_KM2, Text("规划面积", "Planned area")),
    (Figure.ENTERPRISES, Text("企业数", "Enterprises")),
    (Figure.EMPLOYEES, Text("从业人员", "Employees")),
    (Figure.UNIVERSITIES, Text("高校数", "Universities")),
    (Figure.RESEARCH_INSTITUTES, Text("科研院所数", "Research institutes")),
    (Figure.OUTPUT_100M_CNY, Text("年产值", "Annual output")),
)

# Labels of the profile's top-level fields, used in messages that name a field.
FIELD_LABELS: dict[str, Text] = {
    "format": Text("文件格式", "format"),
    "version": Text("格式版本", "version"),
    "name": Text("开发区名称", "zone name"),
    "province": Text("省份", "province"),
    "city": Text("城市", "city"),
    "level": Text("级别", "level"),
    "kind": Text("类型", "kind"),
    "stage": Text("发展阶段", "stage"),
    "industries": Text("主导产业", "leading industries"),
    "endowments": Text("资源禀赋", "endowments"),
    "conditions": Text("现状诊断", "conditions"),
    "figures": Text("主要指标", "figures"),
    "goals": Text("发展目标", "goals"),
    "notes": Text("备注", "notes"),
    "problems": Text("存在的问题", "stated problems"),
    "targets": Text("量化目标", "targets"),
    "units": Text("本区机构", "the zone's units"),
}


LABELS: dict[tuple[type[StrEnum], str], Text] = {(type(member), member.value): text for member, text in _LABEL_PAIRS}


def label(value: StrEnum) -> Text:
    """The bilingual label of any profile enumeration value."""
    return LABELS[(type(value), value.value)]


def field_label(path: str) -> Text:
    """Label for a field path such as ``endowments.talent`` or ``name``."""
    head, _, tail = path.partition(".")
    base = FIELD_LABELS.get(head, Text.same(head))
    if not tail:
        return base
    for enum in (Endowment, Condition, Figure):
        if tail in enum._value2member_map_:
            sub = label(enum(tail))
            return Text(f"{base.zh}·{sub.zh}", f"{base.en} · {sub.en}")
    return Text(f"{base.zh}·{tail}", f"{base.en} · {tail}")
