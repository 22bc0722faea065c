"""The 34 provincial-level divisions of China, the only values a profile's ``province`` may take."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.models.text import Text


@dataclass(frozen=True, slots=True)
class Province:
    """One provincial-level division; ``name`` (the full Chinese name) is what a profile stores."""

    code: str  # the two-digit GB/T 2260 prefix, which also gives the customary order
    name: str
    short: str
    en: str
    aliases: tuple[str, ...] = ()

    @property
    def label(self) -> Text:
        return Text(self.name, self.en)


# In GB/T 2260 order, the order people expect in a drop-down list.
PROVINCES: tuple[Province, ...] = (
    Province("11", "北京市", "北京", "Beijing"),
    Province("12", "天津市", "天津", "Tianjin"),
    Province("13", "河北省", "河北", "Hebei"),
    Province("14", "山西省", "山西", "Shanxi"),
    Province("15", "内蒙古自治区", "内蒙古", "Inner Mongolia", ("Nei Mongol",)),
    Province("21", "辽宁省", "辽宁", "Liaoning"),
    Province("22", "吉林省", "吉林", "Jilin"),
    Province("23", "黑龙江省", "黑龙江", "Heilongjiang"),
    Province("31", "上海市", "上海", "Shanghai"),
    Province("32", "江苏省", "江苏", "Jiangsu"),
    Province("33", "浙江省", "浙江", "Zhejiang"),
    Province("34", "安徽省", "安徽", "Anhui"),
    Province("35", "福建省", "福建", "Fujian"),
    Province("36", "江西省", "江西", "Jiangxi"),
    Province("37", "山东省", "山东", "Shandong"),
    Province("41", "河南省", "河南", "Henan"),
    Province("42", "湖北省", "湖北", "Hubei"),
    Province("43", "湖南省", "湖南", "Hunan"),
    Province("44", "广东省", "广东", "Guangdong"),
    Province("45", "广西壮族自治区", "广西", "Guangxi"),
    Province("46", "海南省", "海南", "Hainan"),
    Province("50", "重庆市", "重庆", "Chongqing"),
    Province("51", "四川省", "四川", "Sichuan"),
    Province("52", "贵州省", "贵州", "Guizhou"),
    Province("53", "云南省", "云南", "Yunnan"),
    Province("54", "西藏自治区", "西藏", "Xizang", ("Tibet",)),
    Province("61", "陕西省", "陕西", "Shaanxi"),
    Province("62", "甘肃省", "甘肃", "Gansu"),
    Province("63", "青海省", "青海", "Qinghai"),
    Province("64", "宁夏回族自治区", "宁夏", "Ningxia"),
    Province("65", "新疆维吾尔自治区", "新疆", "Xinjiang"),
    Province("71", "台湾省", "台湾", "Taiwan"),
    Province("81", "香港特别行政区", "香港", "Hong Kong", ("Hongkong",)),
    Province("82", "澳门特别行政区", "澳门", "Macao", ("Macau",)),
)

PROVINCE_NAMES: tuple[str, ...] = tuple(p.name for p in PROVINCES)


def _lookup_key(text: str) -> str:
    return " ".join(text.split()).casefold()


# Files written by hand or by other tools may say "湖北", "Hubei" or "hubei"; all mean 湖北省.
_BY_KEY: dict[str, Province] = {
    _lookup_key(spelling): province
    for province in PROVINCES
    for spelling in (province.name, province.short, province.en, *province.aliases)
}


def find_province(text: str) -> Province | None:
    """The division a full name, short name or English name refers to, or None if it names none of the 34."""
    return _BY_KEY.get(_lookup_key(text))
