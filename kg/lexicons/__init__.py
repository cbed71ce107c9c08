"""Load the word lists in this folder. Data lives in the .txt/.tsv files; this module only reads them.

Every loader is cached: lexicons are the only module state in kg.

Examples
--------
>>> "樊" in surnames() and "欧阳" in compound_surnames()
True
>>> roles()["常务副区长"]
'区政府'
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = [
    "lines", "words", "table", "surnames", "compound_surnames", "roles", "divisions", "Division",
    "suffix_regex", "banner_short",
]


def _lines(name: str) -> list[str]:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


@cache
def lines(name: str) -> tuple[str, ...]:
    """The lines of ``name`` in the file's order (a ranking), comment lines left out."""
    return tuple(_lines(name))


@cache
def words(name: str) -> frozenset[str]:
    """The set of words in ``name`` (one a line, ``#`` starts a comment line)."""
    return frozenset(_lines(name))


@cache
def ordered(name: str) -> tuple[str, ...]:
    """The words of ``name`` longest first, for longest-match scanning."""
    return tuple(sorted(dict.fromkeys(_lines(name)), key=lambda w: (-len(w), w)))


@cache
def table(name: str) -> dict[str, tuple[str, ...]]:
    """A tab-separated file as {first column: other columns}."""
    out: dict[str, tuple[str, ...]] = {}
    for ln in _lines(name):
        key, *rest = ln.split("\t")
        out[key] = tuple(rest)
    return out


@cache
def surnames() -> frozenset[str]:
    """Single-character surnames."""
    return frozenset(w for w in _lines("surnames.txt") if len(w) == 1)


@cache
def compound_surnames() -> frozenset[str]:
    """Surnames of two or more characters (欧阳, 司马 …)."""
    return frozenset(w for w in _lines("surnames.txt") if len(w) > 1)


@cache
def roles() -> dict[str, str | None]:
    """Role word -> the relative body it belongs to when a title names none (区长 -> 区政府)."""
    return {k: (v[0] if v and v[0] != "-" else None) for k, v in table("roles.tsv").items()}


@cache
def suffix_regex(name: str) -> re.Pattern[str]:
    """One alternation of the words in ``name``, longest first."""
    return re.compile("|".join(map(re.escape, ordered(name))))


@dataclass(frozen=True, slots=True)
class Division:
    """An administrative division from the national adcode table."""

    code: str
    name: str          # full name: 金水区, 郑州市, 河南省
    short: str         # name without its level word: 金水, 郑州, 河南
    level: str         # province | city | county

    @property
    def parent_code(self) -> str | None:
        if self.level == "county":
            return self.code[:4] + "00"
        if self.level == "city":
            return self.code[:2] + "0000"
        return None


_LEVEL_WORDS = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "新区", "省", "市", "区", "县", "旗", "盟")
# an autonomous division is also written with its own name and the plain level: 阿坝州, 长阳县, 某某旗
_AUTONOMOUS = {"自治州": "州", "自治县": "县", "自治旗": "旗"}


def short_name(name: str) -> str:
    """A division's name without its level word (金水区 -> 金水, 郑州市 -> 郑州)."""
    return _short(name)


def _short(name: str) -> str:
    for w in _LEVEL_WORDS:
        if name.endswith(w) and len(name) - len(w) >= 2:
            short = name[: -len(w)]
            return _without_groups(short) if w.startswith("自治") else short
    return name


@cache
def _ethnic_groups() -> tuple[str, ...]:
    """The ethnic groups, longest first (土家 before 土)."""
    return tuple(sorted(words("ethnic_groups.txt"), key=len, reverse=True))


def _without_groups(short: str) -> str:
    """An autonomous division's own name: the ethnic groups it is named for taken off its end."""
    tails = [t for g in _ethnic_groups() for t in (g + "族", g)]
    while True:
        tail = next((t for t in tails if short.endswith(t) and len(short) - len(t) >= 2), None)
        if tail is None:
            return short
        short = short[: -len(tail)]


_WING_BANNER = re.compile(r"^(.)[^左右]+([左右])翼([前中后])旗$")
_SIDE_BANNER = re.compile(r"^(.)[^左右]{2,}([左右])旗$")
_POSITION_BANNER = re.compile(r"^(.)[^左右前中后翼]{1,}([前中后])旗$")     # 鄂托克前旗 -> 鄂前旗
_DIRECTION_BANNER = re.compile(r"^([东西])(.)[^左右前中后]{2,}旗$")       # 东乌珠穆沁旗 -> 东乌旗


@cache
def banner_short(name: str) -> str | None:
    """How Inner Mongolia writes a long banner's name short: 察哈尔右翼后旗 -> 察右后旗 (the first
    character, the wing, the position), 土默特左旗 -> 土左旗, 鄂托克前旗 -> 鄂前旗, 东乌珠穆沁旗 -> 东乌旗."""
    m = _WING_BANNER.match(name) or _SIDE_BANNER.match(name) or _POSITION_BANNER.match(name) or _DIRECTION_BANNER.match(name)
    return "".join(m.groups()) + "旗" if m else None


@cache
def divisions() -> dict[str, tuple[Division, ...]]:
    """Name -> divisions of that name (several counties share a name), keyed by full and short name."""
    out: dict[str, list[Division]] = {}
    for ln in _lines("divisions.tsv"):
        code, name = ln.split("\t")
        if name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
            continue
        level = "province" if code.endswith("0000") else "city" if code.endswith("00") else "county"
        d = Division(code, name, _short(name), level)
        out.setdefault(name, []).append(d)
        if d.short != name:
            out.setdefault(d.short, []).append(d)
        plain = next((v for k, v in _AUTONOMOUS.items() if name.endswith(k)), None)
        if plain and d.short + plain != name:
            out.setdefault(d.short + plain, []).append(d)
        banner = banner_short(name)
        if banner and banner not in out:
            out.setdefault(banner, []).append(d)
    return {k: tuple(v) for k, v in out.items()}


@cache
def division_by_code() -> dict[str, Division]:
    return {d.code: d for ds in divisions().values() for d in ds}
