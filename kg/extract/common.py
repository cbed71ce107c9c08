"""Span helpers shared by the recognisers: where a name that ends in a known suffix begins."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import accumulate

from kg import lexicons
from kg.extract.segment import word_freq, word_tag

__all__ = ["left_extend", "left_stops", "CJK", "OPENERS", "SpanIndex", "by_first_two", "occurrences", "DIVISION_ORGANS",
           "MISSIONS"]

CJK = "\u4e00-\u9fff\u3400-\u4dbf〇"
OPENERS = "“‘（(《「『"
_CLOSERS = "”’）)》」』"


def _class_chars(spec: str) -> frozenset[str]:
    """The characters of a regex character class's body of ranges and single characters ("a-z0-9·"):
    left_extend asks of every character it walks over whether it may stand in a name, and a set
    answers faster than a regex."""
    out: set[str] = set()
    i = 0
    while i < len(spec):
        if i + 2 < len(spec) and spec[i + 1] == "-":
            out.update(map(chr, range(ord(spec[i]), ord(spec[i + 2]) + 1)))
            i += 3
        else:
            out.add(spec[i])
            i += 1
    return frozenset(out)


_NAME_CHARS = _class_chars(f"{CJK}A-Za-z0-9·")
# organs every division has, written bare where the division goes without saying (纪委的同志, 向政协通报)
DIVISION_ORGANS = ("纪委监委", "纪委", "监委", "政协", "人武部")
# what a state's mission abroad is called at its end (驻某国大使馆, 驻某市总领事馆)
MISSIONS = ("使馆", "领事馆")
_DASHES = frozenset("—－-―")
_CREDIT_ROLES = ("记者", "通讯员", "摄影", "撰稿", "编辑", "文/", "图/", "文 /", "实习生")


class SpanIndex:
    """Spans (start, end) looked up by start, so that asking of every mention whether a span holds
    it costs a bisection, not a pass over every span: a page of thousands of names stays linear.

    Examples
    --------
    >>> ix = SpanIndex([(0, 4), (10, 20)])
    >>> ix.holds(12, 15), ix.holds(3, 6), ix.holds(4), ix.reach(10, strict=True)
    (True, False, False, 4)
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [a for a, _ in ordered]
        self._reach = list(accumulate((b for _, b in ordered), max))

    def reach(self, x: int, strict: bool = False) -> int:
        """The furthest end among spans starting at or before ``x`` (before it if ``strict``); -1 if none."""
        k = (bisect_left if strict else bisect_right)(self._starts, x) - 1
        return self._reach[k] if k >= 0 else -1

    def holds(self, lo: int, hi: int | None = None) -> bool:
        """Some span starts at or before ``lo`` and ends at or after ``hi`` (after ``lo`` if no ``hi``)."""
        r = self.reach(lo)
        return r > lo if hi is None else r >= hi

    def overlaps(self, lo: int, hi: int) -> bool:
        """Some span shares a character with [lo, hi)."""
        return self.reach(hi, strict=True) > lo


def by_first_two(names: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Names of two or more characters keyed by their first two, for ``occurrences``."""
    heads: dict[str, list[str]] = {}
    for name in names:
        if len(name) >= 2:
            heads.setdefault(name[:2], []).append(name)
    return {k: tuple(v) for k, v in heads.items()}


def occurrences(text: str, heads: dict[str, tuple[str, ...]]) -> Iterator[tuple[int, str]]:
    """(offset, name) of every name of ``heads`` in ``text``, in one pass from the text's side: with
    thousands of names, far cheaper than looking each name up in the text.

    >>> list(occurrences("鼓楼区和玄武区", by_first_two(["鼓楼区", "玄武区", "玄武"])))
    [(0, '鼓楼区'), (4, '玄武区'), (4, '玄武')]
    """
    for i in range(len(text) - 1):
        for name in heads.get(text[i:i + 2], ()):
            if text.startswith(name, i):
                yield i, name


@cache
def left_stops() -> tuple[frozenset[str], int]:
    stops = lexicons.words("left_stops.txt")
    return stops, max(map(len, stops))


@cache
def _stop_ends() -> frozenset[str]:
    """Last characters of the stop words: only there can a stop end, so only there is it looked up."""
    return frozenset(w[-1] for w in left_stops()[0])


@cache
def _protected() -> tuple[frozenset[str], int]:
    """Organ words, national bodies and known places that contain a stop word (组织部 holds 组织,
    全国政协 holds 全国, 以色列 holds 以): a stop there is part of the name."""
    stops = lexicons.words("left_stops.txt")
    ws = {w for w in lexicons.words("party_departments.txt") | lexicons.words("body_suffixes.txt")
          | lexicons.words("national_bodies.txt")
          | lexicons.words("world_places.txt") | lexicons.words("world_cities.txt") | lexicons.words("cn_regions.txt")
          if len(w) >= 2 and any(s in w for s in stops)}
    return frozenset(ws), max(map(len, ws), default=1)


@cache
def _protected_heads() -> frozenset[str]:
    return frozenset(w[0] for w in _protected()[0])


@cache
def _protected_inside() -> dict[str, tuple[tuple[str, int], ...]]:
    """Stop -> the protected words holding it after their first character, with where (投资促进局
    holds 促进 at 2)."""
    out: dict[str, list[tuple[str, int]]] = {}
    for w in _protected()[0]:
        for s in left_stops()[0]:
            j = w.find(s, 1)
            if j > 0:
                out.setdefault(s, []).append((w, j))
    return {s: tuple(sorted(v)) for s, v in out.items()}


def _protected_at(text: str, start: int, end: int) -> bool:
    inner = _protected_inside().get(text[start:end])
    if inner and any(text.startswith(w, start - j) for w, j in inner if start >= j):
        return True         # 投资促进局: the stop inside an organ word begun before it
    if text[start:start + 1] not in _protected_heads():
        return False        # most stops begin no protected word: one lookup settles them
    words, longest = _protected()
    return any(text[start:start + k] in words and start + k > end for k in range(longest, 1, -1))


def _inside_word(text: str, j: int, lo: int) -> bool:
    """Does a dictionary word of three to five characters hold ``text[j]`` inside it, neither first
    nor last?"""
    return any(word_freq(text[a:b]) >= 50 for a in range(max(lo, j - 3), j) for b in range(j + 2, min(len(text), a + 5) + 1))


def _division_opens_clause(text: str, j: int, end: int) -> bool:
    """Does a division's name begin at ``j`` where a clause begins (after a mark, or at the start)?
    A conjunction or preposition opens no clause before a name, so its character begins the name."""
    if j and text[j - 1] in _NAME_CHARS:
        return False
    divs = lexicons.divisions()
    return any(text[j:j + k] in divs for k in (4, 3, 2) if j + k < end)


def _name_part_in_brackets(text: str, close: int, lo: int) -> bool:
    """Does the bracket closing at ``close`` hold a part of a name (某某（江西）有限公司, “某某”工程): a
    few characters with no space or list mark, its opener within reach?"""
    for j in range(close - 1, max(lo, close - 12) - 1, -1):
        c = text[j]
        if c in OPENERS:
            return not text.startswith(_CREDIT_ROLES, j + 1)     # （记者某某）: a credit, no name's part
        if c in " \u3000、，,；;：:。":
            return False
    return False


# the characters of a level that a relative organ begins with (县委, 市政府, 旗政协)
_LEVEL_CHARS = frozenset("省市区县镇乡州旗盟")


def left_extend(text: str, end: int, max_len: int = 24, floor: int = 0, use_stops: bool = True) -> int:
    """Start of the name whose right part ends at ``end``: walk left over name characters and
    balanced quotes/brackets, stopping at punctuation, at a stop word (到, 调研, 先后 …) or at ``floor``.

    Examples
    --------
    >>> s = "张德明到洛阳机械研究所有限公司考察"
    >>> s[left_extend(s, s.index("有限公司")):s.index("考察")]
    '洛阳机械研究所有限公司'
    """
    stops, longest = left_stops()
    ends = _stop_ends()
    i = end
    depth = 0
    lo = max(floor, end - max_len)
    while i > lo:
        ch = text[i - 1]
        if ch in _CLOSERS:
            if depth == 0 and not _name_part_in_brackets(text, i - 1, lo):
                break       # （记者某某 某某）时值某某社: a byline's brackets end before the name
            depth += 1
        elif ch in OPENERS:
            if depth == 0:
                break
            depth -= 1
        elif ch not in _NAME_CHARS:
            break
        elif ch == "记" and i >= 2 and text[i - 2] in _DASHES:
            break       # ——记某某县某某局: a feature's deck line says whom it portrays
        elif ch == "讯" and i < end and text[i] in _LEVEL_CHARS:
            break       # 某某讯县委书记: a dateline's 讯, then the page's own organ
        if use_stops and depth == 0 and ch in ends and ch not in _CLOSERS:
            hit = False
            for k in range(min(longest, i - lo), 0, -1):
                if text[i - k:i] in stops and not _protected_at(text, i - k, i):
                    # a one-character stop that ends an everyday word (全 in 安全, 同 in 协同) is no stop
                    # (unless the character before belongs to a commoner word: 会议和 is 会议 + 和, not 议和)
                    if k == 1 and i - 2 >= lo and text[i - 2:i] not in stops and word_freq(text[i - 2:i]) >= 100 \
                            and not (word_tag(text[i - 2:i]) or "v")[0] in "vpcdur" \
                            and not (i - 3 >= lo and word_freq(text[i - 3:i - 1]) > word_freq(text[i - 2:i])):
                        continue
                    if k == 1 and _inside_word(text, i - 1, lo):
                        continue    # 全 of 百科全书, 三中全会: inside a dictionary word, no stop
                    if k == 1 and ch in "有向为" and i < end and word_freq(text[i - 1:i + 1]) >= 50 \
                            and (word_tag(text[i - 1:i + 1]) or "v")[0] in "nab":
                        continue    # 有 of 有线, 向 of 向阳: the verb's character begins a noun with the next
                    if k == 1 and _division_opens_clause(text, i - 1, end):
                        continue    # 和田地委 after a stop mark: a division's name begins with 和 there
                    if k >= 2 and any(word_freq(text[i - k:i + j]) >= 50 and (word_tag(text[i - k:i + j]) or "v")[0] == "n"
                                      and text[i + j - 1] not in "性化式" for j in (1, 2) if i + j <= end):
                        continue    # 联合 of 联合国: a stop that begins a longer noun is none
                    hit = True
                    break
            if hit:
                break
        i -= 1
    # never start inside an unclosed bracket or on a closing mark
    while i < end and text[i] in _CLOSERS:
        i += 1
    return i


@cache
def _states() -> frozenset[str]:
    return (lexicons.words("world_places.txt") | lexicons.words("world_cities.txt")) - lexicons.divisions().keys()


@cache
def state_inner_pairs() -> frozenset[str]:
    """Every two neighbouring characters inside a country's or world city's name: a name covers a
    position only where the pair ending there is one of these (one lookup rules most positions out)."""
    return frozenset(w[i - 1:i + 1] for w in _states() for i in range(1, len(w)))


def is_state(w: str) -> bool:
    """A country or world city (not a region, 华北; not a division of China's table, 北京)."""
    return w in _states()


# everyday words that begin with a road's, a street's or a level's character: after a place the place
# is named (某市街头, 某城路上, 某市市区, 某市市民), no road or lower division goes on
_EVERYDAY_AFTER = ("街头", "街上", "街面", "街边", "路上", "路边", "路旁", "道上", "市区", "市民", "市场", "县城",
                   "区域", "村民", "镇上")


def everyday_after(text: str, i: int) -> bool:
    """Does an everyday word that a road's or a division's character begins (街头, 路上, 市区) begin at ``i``?"""
    return text.startswith(_EVERYDAY_AFTER, i)


def state_ends_at(text: str, i: int) -> bool:
    """Does a country or world city of two to four characters end at ``i`` (某国 + what follows)?"""
    return any(is_state(text[max(i - k, 0):i]) for k in (2, 3, 4))


def state_prefix(name: str) -> int:
    """The length of the country or world city that ``name`` begins with, else 0 (中国某某学院: 2)."""
    return next((k for k in range(min(len(name), 8), 1, -1) if name[:k] in _states()), 0)


# a part of an area (中南部, 西北部), which jieba may tag an organisation and 部 would make a department
AREA_PART = re.compile("[东南西北中]{1,2}部")


# states' one-character short forms that news writes before their organs (英国防部, 日外务省); those
# that begin everyday words before an organ (以, 新, 老, 加, 意) are left out
_STATE_SHORT = frozenset("俄美日英法德韩朝越泰柬缅印巴伊埃菲澳")
# what may stand before such a short form: a stop, or a preposition or conjunction of one character
_BEFORE_STATE_SHORT = frozenset("据在与同和对向及、，。：；“（ ")


def state_short_before(text: str, i: int) -> bool:
    """Is ``text[i - 1]`` a state's short form written before the organ starting at ``i``?"""
    return i >= 1 and text[i - 1] in _STATE_SHORT and (i == 1 or text[i - 2] in _BEFORE_STATE_SHORT)
