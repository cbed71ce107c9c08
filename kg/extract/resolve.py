"""Surface forms -> canonical names: relative forms get the page's division (区委 -> 金水区委),
short forms are linked to the long form on the same page (洛机所 -> 洛阳机械研究所有限公司), and
the page's own division is inferred from the divisions it names most.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import cache

from kg import lexicons
from kg.lexicons import banner_short
from kg.model import Region
from kg.extract.common import DIVISION_ORGANS, SpanIndex, by_first_two, left_extend, occurrences
from kg.extract.segment import Tokens, is_common_word, word_tag

__all__ = ["infer_region", "canonical_body", "party_committee", "expand", "is_subsequence", "is_abbreviation", "is_tail_form",
           "find_short_forms",
           "ENTERPRISE_RE", "CORE_ORGANS"]

# Organs whose relative form names the division's own organ: 区委, 市政府, 县人大常委会 …
CORE_ORGANS = ("委", "政府", "人民政府", "人大", "政协", "纪委", "监委", "法院", "人民法院", "检察院", "人民检察院",
               "公安", "领导", "党校", "委办", "政法委", "安委会", "消安委")
ENTERPRISE_RE = re.compile(r"(?:公司|集团|研究所|研究院|设计院|银行|支行|分行|厂|店|所)$")
_REL = re.compile(r"^(苏木|街道|自治[区州县旗]|[省市区县镇乡州旗盟])(.+)$")
# a standing body's term (县十七届人大常委会, 第六届纪委) is not part of its name; a congress or a
# committee of one term (第六届人民代表大会, 政协某某市第十三届委员会) is named with it
_DOUBLED_LEVEL = re.compile(r"([市县区旗州])\1委")
_SESSION = re.compile(r"新?第?[一二三四五六七八九十百\d]{1,4}届(?=人大常委会|[\u4e00-\u9fff]{0,4}常委会|纪委|党委)")
_DIVISION_END = re.compile("[区县市旗]")
_COUNTY_NAME = re.compile(r"[\u4e00-\u9fff]{1,7}?(?:区|县|市|旗)")


_AREA_WORD_HEADS = frozenset("老新旧东西南北中主")     # 老城区, 新城区: the old or new town of any city


def infer_region(text: str) -> Region:
    """The county-level division a page is about (most named), with its city and province.

    Examples
    --------
    >>> infer_region("金水区召开会议。金水区委书记……郑州市").district
    '金水区'
    """
    divs = lexicons.divisions()
    counts: Counter[str] = Counter()
    for m in _DIVISION_END.finditer(text):
        i = m.start()
        longest = 16 if text.startswith("自治", i - 2) else 7     # 某某蒙古族自治县 runs past seven characters
        for k in range(longest, 1, -1):      # longest first: 贞丰县, not the 丰县 inside it
            name = text[max(0, i + 1 - k): i + 1]
            if len(name) == k and name in divs and any(_county_as(d, name) for d in divs[name]):
                after_city = any(text[max(0, i + 1 - k - j):i + 1 - k] in divs for j in range(2, 8))
                if k == 2 and name[0] in "和与及" and not after_city:
                    break   # 市委和县委: a conjunction before a relative organ, not 和县 (unless after its city)
                if k == 2 and i >= 2 and is_common_word(text[i - 2:i], 100) and not after_city:
                    break   # 担任县财政局: 任 ends a word (担任), the county 任县 is not named
                if (k == 2 and (word_tag(name) or "ns") in ("n", "s")
                        or k == 3 and name.endswith("城区") and name[0] in _AREA_WORD_HEADS) and not after_city:
                    break   # 城区, 郊区, 老城区: an everyday word, a district only after its city (某市城区)
                counts[name] += 1
                break
    town, village = _main_town(text), _main_village(text)
    if not counts:
        city = _most_named(text, "city")
        if city is None:
            # a province's or an autonomous region's page (自治区党委, 省政府): its organs are its own
            prov = _most_named(text, "province")
            return Region(None, None, prov.name if prov else None, town, village)
        parent = lexicons.division_by_code().get(city.parent_code or "")
        return Region(None, city.name, parent.name if parent else None, town, village)
    top = max(counts.items(), key=lambda kv: (kv[1], -text.index(kv[0])))[0]
    cands = [d for d in divs[top] if _county_as(d, top)]
    by_code = lexicons.division_by_code()

    def support(d: lexicons.Division) -> int:
        city = by_code.get(d.parent_code or "")
        return text.count(city.short) if city else 0

    best = max(cands, key=lambda d: (support(d), -int(d.code)))
    city = by_code.get(best.parent_code or "")
    prov = by_code.get(city.parent_code or "") if city else by_code.get(best.code[:2] + "0000")
    return Region(top, city.name if city else None, prov.name if prov else None, town, village)    # as the page writes it


def _county_as(d: lexicons.Division, name: str) -> bool:
    """Is ``name`` county ``d`` written in full, or a long banner's short form (察右后旗)?"""
    return d.level == "county" and (d.name == name or banner_short(d.name) == name)


@cache
def _county_shorts() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """Short name -> full name of the counties whose short name is theirs alone and no everyday word
    (浑源 -> 浑源县), and the shorts by their first two characters."""
    full: dict[str, set[str]] = {}
    for name, ds in lexicons.divisions().items():
        for d in ds:
            if d.level == "county" and name != d.name:
                full.setdefault(name, set()).add(d.name)
    shorts = {k: next(iter(v)) for k, v in full.items() if len(v) == 1 and len(k) >= 2
              and (len(k) >= 4 or not is_common_word(k, 20))    # 杜尔伯特: a long short form is no everyday word
              and k[0] not in "市县区"}     # 市中 (of 市中区) reads the 市 of any city before 中
    return shorts, by_first_two(shorts)


def _ends_word(toks: Tokens, end: int) -> bool:
    tok = toks.word_around(end - 1)
    return tok is not None and tok[2] == end


_LOWER = frozenset("村镇乡")     # 新化村: a village named like a county is no mention of the county
# after a county's short name, another division's level (某北市 beside 某北区) or the rest of a sumu's
# or gacha's name (某罕高毕苏木: Mongolian names share their elements): no mention of the county
_OTHER_AFTER_SHORT = re.compile(r"[市县区州盟省]|[\u4e00-\u9fff]{1,4}(?:苏木|嘎查)")


def _other_after(text: str, i: int, short: str, county: str) -> bool:
    """Does what follows the short name at ``i`` make it another name (新北市 for 新北区's 新北), not
    the county's own form with its level (杜尔伯特县)?"""
    m = _OTHER_AFTER_SHORT.match(text, i + len(short))
    if not m:
        return False
    own = lexicons.divisions().get(short + m.group())
    return not (len(m.group()) == 1 and own and any(d.name == county for d in own))


def region_by_short_name(text: str) -> Region:
    """The county a page names only by its short name, at least twice (a site's 精彩浑源, 浑源新闻网),
    when no county is named in full: used for pages whose articles never spell their county out.

    Examples
    --------
    >>> region_by_short_name("来源：精彩浑源 …… 精彩浑源客户端").district
    '浑源县'
    """
    shorts, by_head = _county_shorts()
    surnames = lexicons.words("common_surnames.txt")
    hits = [(i, name) for i, name in occurrences(text, by_head)
            if text[i + len(name):i + len(name) + 1] not in _LOWER and not _other_after(text, i, name, shorts[name])
            and not (len(name) == 2 and text[i - 1:i] in surnames)]     # 韦某某: a person's given name, no county
    toks = Tokens(text) if hits else None
    # where jieba's words agree: 和政 is no county in 党和政府
    counts = Counter(name for i, name in hits if toks.is_start(i) and _ends_word(toks, i + len(name)))
    if not counts:
        return Region()
    short, n = max(counts.items(), key=lambda kv: (kv[1], -text.index(kv[0])))
    if n < 2:
        return Region()
    region = infer_region(shorts[short])
    # a short form with its level word (察右后旗 for 察哈尔右翼后旗, 某某县 for 某某蒙古族自治县) is how
    # the page names the county
    divs = lexicons.divisions()
    written = short if short[-1] in "县区旗市" else next(
        (short + c for c in "县旗区市" if short + c in text and any(d.name == shorts[short] for d in divs.get(short + c, ()))),
        None)
    return replace(region, district=written) if written else region


_TOWN = re.compile(r"([\u4e00-\u9fff]{2,3}(?:镇|乡|苏木|街道))(?=党委|党工委|政府|办事处|召开|人大|纪委|[，。、])")
_TOWN_END = re.compile(r"镇|乡|苏木|街道")
# a town's or a village's organs written relative to it (镇党委, 街道办事处, 村委会)
_TOWN_ORGAN = re.compile(r"(?:镇|乡|苏木|街道)(?:党委|党工委|政府|人民政府|办事处|人大|纪委)")
_VILLAGE_ORGAN = re.compile(r"村(?:委会|民委员会|党支部|党总支|党委|两委)")


def _main_town(text: str) -> str | None:
    """The town a page is about: one named as the actor at least twice (黄泥镇召开…, 黄泥镇党委), or
    one named at least three times and twice as often as any other town (a profile of a township's
    cadre, whose 镇党委 is that town's)."""
    counts = Counter(m.group(1) for m in _TOWN.finditer(text))
    if counts:
        name, n = max(counts.items(), key=lambda kv: (kv[1], -text.index(kv[0])))
        if n >= 2:
            return name
    named: Counter[str] = Counter()
    for m in _TOWN_END.finditer(text):
        start = left_extend(text, m.start(), max_len=6 if m.group() == "苏木" else 4)  # after the stop before it (到, 在)
        if 2 <= m.start() - start:
            named[text[start:m.end()]] += 1
    ranked = named.most_common(2)
    if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    if len(ranked) == 1 and _TOWN_ORGAN.search(text):
        return ranked[0][0]     # the one town the page names, whose 镇党委 it writes relative
    return None


def _main_village(text: str) -> str | None:
    """The village a page is about: the one village it names, if it writes a village's organ
    relative (村委会, 村党支部)."""
    if not _VILLAGE_ORGAN.search(text):
        return None
    named = set()
    for m in re.finditer("村", text):
        if text[m.end():m.end() + 1] in _VILLAGE_WORD_NEXT:
            continue    # 村里, 村民, 村委会: 村 begins a word, it ends no village's name
        start = left_extend(text, m.start(), max_len=5)
        town = _TOWN_END.search(text, start, m.start())     # 某某镇某某村: the village after its town
        start = town.end() if town else start
        if 2 <= m.start() - start <= 3 and text[start:m.start()] not in _NOT_VILLAGE \
                and all("\u4e00" <= c <= "\u9fff" for c in text[start:m.start()]) and text[m.start() - 1] not in "个座":
            named.add(text[start:m.end()])
        if len(named) > 1:
            return None
    return next(iter(named)) if named else None


_VILLAGE_WORD_NEXT = frozenset("里民集支委党两干级庄容务规内外落头口寨组镇")
_NOT_VILLAGE = frozenset(("农", "乡", "全", "各", "本", "该", "行政", "自然", "美丽", "和美", "示范", "重点", "试点", "贫困", "脱贫"))


@cache
def _division_heads() -> dict[str, tuple[str, ...]]:
    """Division names of two or more characters, by their first two."""
    return by_first_two(lexicons.divisions())


def _most_named(text: str, level: str) -> lexicons.Division | None:
    counts: Counter[lexicons.Division] = Counter()
    divs = lexicons.divisions()
    by_head = _division_heads()
    # the names that occur, found from the text's side: thousands of names, a few thousand characters
    present = {name for _, name in occurrences(text, by_head)}
    for name in present:
        for d in divs[name]:
            if d.level == level:
                counts[d] += text.count(name)
    return max(counts.items(), key=lambda kv: (kv[1], -int(kv[0].code)))[0] if counts else None


@cache
def _party_departments() -> frozenset[str]:
    return lexicons.words("party_departments.txt")


def party_committee(region: Region, level: str | None = None) -> str | None:
    """The party committee of the page's division (金水区委), or of ``level`` (市 -> 郑州市委)."""
    base = expand(region, level) if level else (region.district or region.city)
    return f"{base}委" if base else None


def as_written(region: Region, text: str) -> Region:
    """The page's region with only the divisions its text names: 省委 on a page that never names its
    province stays 省委, the text's own fullest form, though the table knows which province it is.

    >>> r = Region("浑源县", "大同市", "山西省")
    >>> as_written(r, "浑源县委和大同市委").province, as_written(r, "浑源县委和大同市委").city
    (None, '大同市')
    """
    def named(name: str | None) -> str | None:
        return name if name and (name in text or lexicons.short_name(name) in text) else None
    return replace(region, city=named(region.city), province=named(region.province))


def expand(region: Region, level: str) -> str | None:
    """The page's division at a relative level word (``Region.expand``), written as the genre writes
    an autonomous prefecture before its organs: 州委 on a 阿坝藏族羌族自治州 page is 阿坝州委."""
    base = region.expand(level)
    if base and level == "州" and base.endswith("自治州"):
        return lexicons.short_name(base) + "州"
    return base


def canonical_body(surface: str, region: Region) -> str:
    """Canonical name of a body as the page names it.

    Examples
    --------
    >>> r = Region("金水区", "郑州市", "河南省")
    >>> [canonical_body(s, r) for s in ("区委", "市供电公司", "金水区纪委监委机关", "统战部", "市场监管局")]
    ['金水区委', '郑州市供电公司', '金水区纪委监委', '金水区委统战部', '市场监管局']
    """
    name = _SESSION.sub("", surface)          # 县十七届人大常委会 is 县人大常委会
    name = _single_level(name)
    if name.endswith("机关") and len(name) > 4:
        name = name[:-2]
    if name.startswith(_VILLAGE_ORGANS) and region.village:
        # 村委会 is the village's 村委会; 村党支部 its 党支部
        return region.village + (name if name.startswith(("村委会", "村民委员会")) else name[1:])
    m = _REL.match(name)
    if m and _is_relative(m.group(1), m.group(2)):
        base = expand(region, m.group(1))
        if base:
            return base + m.group(2)
        return name
    if name in DIVISION_ORGANS and (region.district or region.city):
        return (region.district or region.city) + name      # 纪委 on a county's page is the county's
    if name in _party_departments():
        committee = party_committee(region)
        return committee + name if committee else name
    return name


_TOWN_UNITS = ("站", "所", "院", "中心", "办", "办公室", "委员会", "支部", "总支", "校", "学校", "小学", "中学", "队")
_VILLAGE_ORGANS = ("村委会", "村民委员会", "村党支部", "村党总支", "村党委")


def _single_level(name: str) -> str:
    """该市市委, 某某县县委: the level is written twice before 委; but 忠县县委 is the committee of 忠县."""
    m = _DOUBLED_LEVEL.search(name)
    if m is None or m.start() == 1 and name[:2] in lexicons.divisions():
        return name
    return name[:m.start()] + name[m.start() + 1:]


def _is_relative(level: str, rest: str) -> bool:
    """区应急局 is the district's bureau; 市场监管局 is not the city's 场监管局."""
    if rest.startswith(CORE_ORGANS):
        return True
    if level in ("镇", "乡", "苏木", "街道"):
        # a town's own units (镇卫生院, 乡财政所); 镇北小学 is a school named for the town's north
        return rest.startswith(("党", "人民政府", "办事处")) or rest.endswith(_TOWN_UNITS) and rest[0] not in "东南西北中上下前后"
    if is_common_word(level + rest[:1], 300) and (level + rest[:1]) not in ("区委", "市委", "县委", "省委"):
        return False
    return len(rest) >= 2


_TERM = re.compile(r"第?[一二三四五六七八九十百\d]{1,4}届")


def congress_key(name: str) -> str:
    """A people's congress or its standing committee however written: 人大 for 人民代表大会, 常委会 for
    常务委员会, the term dropped (某区第六届人民代表大会常务委员会 and 某区人大常委会 share one key)."""
    return _TERM.sub("", name).replace("人民代表大会", "人大").replace("常务委员会", "常委会")


def congress_forms(longest_first: list[str]) -> dict[str, str]:
    """The page's congresses by ``congress_key``, each the longest form written (ties: the first)."""
    return {congress_key(b): b for b in reversed(longest_first) if "人民代表大会" in b}


def is_subsequence(short: str, long: str) -> bool:
    """True when the characters of ``short`` appear in order in ``long`` (洛机所 in 洛阳机械研究所有限公司)."""
    it = iter(long)
    return all(ch in it for ch in short)


_FULL_ORGAN = re.compile(r"(?:委|政府|人大常委会|人大|政协|纪委监委|党组|党工委|法院|检察院)$")


def _core(name: str) -> str:
    """A name without its leading division (上海鼎澜企业发展有限公司 -> 鼎澜企业发展有限公司)."""
    from kg.extract.spans import is_division_name
    for k in range(min(8, len(name) - 2), 1, -1):
        if is_division_name(name[:k]):
            return name[k:]
    return name


def is_abbreviation(short: str, long: str) -> bool:
    """Is ``short`` an abbreviation of ``long``: its characters in order, its distinctive core kept,
    and not itself the full name of an organ (惠济区委 is no abbreviation of 惠济区农委)?

    Examples
    --------
    >>> is_abbreviation("洛机所", "洛阳机械研究所有限公司"), is_abbreviation("鼎澜公司", "上海鼎澜企业发展有限公司")
    (True, True)
    >>> is_abbreviation("惠济区委", "惠济区农委"), is_abbreviation("区委", "金水区人大常委会")
    (False, False)
    """
    if short in long or len(long) - len(short) < 2 or _FULL_ORGAN.search(short) or not is_subsequence(short, long):
        return False
    cs, cl = _core(short), _core(long)
    if len(cs) < 2 or (cs[0] != cl[0] and short[0] != long[0]):
        return False
    return short[-1] == long[-1] or short[-1] in long[-7:]


def is_tail_form(short: str, long: str) -> bool:
    """A later mention that drops a brand or place before the name (花园路店 for 青禾百货花园路店).

    Examples
    --------
    >>> is_tail_form("花园路店", "青禾百货花园路店"), is_tail_form("区委", "金水区委")
    (True, False)
    """
    return len(short) >= 4 and len(long) > len(short) and long.endswith(short) and not _FULL_ORGAN.search(short) \
        and not lexicons.divisions().get(long[: len(long) - len(short)])


def find_short_forms(text: str, long: str, covered: list[tuple[int, int]]) -> list[tuple[str, int]]:
    """Short forms of ``long`` used in ``text`` outside ``covered`` spans: (form, offset).

    A short form starts with the long form's first character (or the first after a place prefix),
    keeps its characters in order, ends with one of the characters of its suffix, and is 3-6 long.

    Examples
    --------
    >>> find_short_forms("中建七局将发挥优势", "中国建筑第七工程局有限公司", [])
    [('中建七局', 0)]
    """
    out: list[tuple[str, int]] = []
    if len(long) < 6:
        return out
    heads = {long[0]}
    core = _core(long)
    if core != long:
        heads.add(core[0])
    tail_chars = set(long[-6:])
    spans = SpanIndex(covered)
    for head in heads:
        i = text.find(head)
        while i >= 0:
            if not spans.holds(i):
                for k in range(6, 2, -1):
                    cand = text[i:i + k]
                    if len(cand) < k or cand in long or cand[-1] not in tail_chars:
                        continue
                    if not re.fullmatch(r"[\u4e00-\u9fff]+", cand) or is_common_word(cand, 20) or _FULL_ORGAN.search(cand):
                        continue    # 某县委 is an organ of its own, no short form of 某县人大常委会
                    if is_subsequence(cand, long):
                        out.append((cand, i))
                        break
            i = text.find(head, i + 1)
    out.sort(key=lambda f: f[1])
    return out
