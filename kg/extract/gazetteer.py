"""Places and bodies known by name (美国, 莫斯科, 长江; 外交部, 新华社): the world's countries, regions
and cities (``lexicons/world_places.txt``, from CLDR; ``world_cities.txt``, the great cities it
leaves out), bodies known without a suffix (``world_bodies.txt``: 联合国, 海军; ``companies.txt``: 宝钢) and what jieba's
dictionary tags ``ns`` (place) and ``nt`` (organisation).

Names with no suffix of their own — countries, foreign cities, rivers, regions, national bodies —
escape the suffix recogniser. A known word is taken where jieba's own segmentation agrees that it stands as
a word (it starts a token and a token or a stop follows it) and no other mention covers it.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from kg import lexicons
from kg.extract.common import SpanIndex, AREA_PART, MISSIONS, is_state, everyday_after, state_prefix, state_short_before
from kg.extract.segment import Tokens, tag_table, word_freq, word_tag
from kg.extract.names import holds_run, run_end
from kg.extract.spans import EVERYDAY_ENDS, is_proper, sentences_matching
from kg.model import Mention

__all__ = ["PLACE_CALLED", "dictionary_mentions", "dateline_places", "described_places", "is_known_place", "as_team", "as_competitors", "with_organs"]

_TYPES = {"ns": "place", "nt": "body"}
_CJK_WORD = re.compile(r"[\u4e00-\u9fff]{2,8}")
# jieba tags many everyday words ns (城市, 深度, 美丽); a place it knows is kept when it is a natural
# feature by its last character (洞庭湖, 黄河), not made of a generic first character (大海, 登山)
_FEATURE_END = frozenset("江河湖海山岛洋峡湾岭峰川洲")
_GENERIC_FIRST = frozenset("大高深远上下入出渡登沿滨内外两四山江河海湖冰港沧火雪")
# and an organisation it knows when its last character names one (外交部, 新华社, 联合国 excepted)
_ORGAN_END = frozenset("部委局会院社盟军党团队台报所校行司厂馆署厅处办府心站")
# what stands before a county's short name that places it (来到某某, 某省某某) or after it (某某人):
# alone, its two characters are as often a phrase (产业兴城) or a common noun (海港)
_TO_PLACE = re.compile(r"(?:[到赴来去至往]|前往|来到|来自|到达|抵达|位于|地处|途经)$")
_AT_PLACE = re.compile(r"[在于从]$")      # 在某某，: only where the clause ends with the name
_COUNTY_FREQ = 500                       # 平原 (7457), 长安 (5355): everyday words far more often
_FEDERATION_OF = frozenset({"国际", "全国", "世界", "亚洲", "欧洲", "非洲", "美洲"})


_LOOSE_ORGAN = re.compile(r"[和与及]|^(?:内外|[各本该其])")      # 党和政府, 内外部: a phrase, not a body
# what may not follow a place for it to stand alone: a road or bridge named after it (淮河路), or the
# organisation it begins (中国共产党)
_NOT_AFTER = re.compile(r"[路街桥道巷]")


# a team or delegation named by its place (巴西队, 中国女队, 古巴代表团)
_TEAM = re.compile(r"(?:国家|男子|女子)?(?:足球|篮球|排球|乒乓球|羽毛球)?(?:男队|女队|代表队|代表团|国家队|队)(?![伍长员])")
# a club of a place, named by its sponsor or emblem (某地飞鹰队): two to three characters jieba
# does not join to the place, then 队
_CLUB = re.compile(r"([\u4e00-\u9fff]{2,3}?)队(?![伍长员列形])")


def _team(text: str, j: int, toks: Tokens | None):
    """The team named by the place ending at ``j``: 巴西队, 中国女队, or a club (某地飞鹰队)."""
    team = _TEAM.match(text, j)
    if team or toks is None:
        return team
    club = _CLUB.match(text, j)
    if club and _clubby(club.group(1)):
        tok = toks.word_around(j)       # jieba may know the club whole (某地某某, 某地某某队 as one word)
        if toks.is_start(j) or tok and tok[2] in (club.end() - 1, club.end()):
            return club
    return None


def _clubby(name: str) -> bool:
    """A club's own name (a sponsor, an emblem, a sport): no common word (运动, 专业, 工作), no verb
    (巡逻, 考察), no stop, no verb or adverb jieba's dictionary does not join into a word (能派)."""
    if any(c in name for c in "的和与及在是了等各"):
        return False
    if word_freq(name) == 0 and any((word_tag(c) or "n")[0] in "vpdcru" for c in name):
        return False
    tag = word_tag(name) or ""
    return is_proper(name) or word_freq(name) < 500 and not tag.startswith("v")


@cache
def _event_words() -> tuple[str, ...]:
    return tuple(lexicons.words("event_words.txt"))


def _organ_word(w: str, places: dict[str, str]) -> bool:
    """A dictionary organisation named as one by its end: an organ character (外交部, 新华社; a school
    by 大学/中学/小学, not 天文学; not an event, 音乐会, nor an everyday word, 新格局), an international organisation (世界卫生组织,
    not 党组织), or a federation or association of a place or of the world (国际足联, 中国作协)."""
    if w[-1] == "学":           # 某某大学, not 天文学 or 社会科学
        return w.endswith(("大学", "中学", "小学"))
    if w.endswith(_event_words()) or w.endswith(EVERYDAY_ENDS) or AREA_PART.fullmatch(w):
        return False
    if w[-1] == "行":           # 某某银行, 某某分行: not 飞行 or 旅行
        return w.endswith(("银行", "央行", "分行", "支行", "总行", "商行"))
    if w[-1] in _ORGAN_END:
        return not (w.endswith("公司") and is_state(w[:-2]))     # 美国公司: a country's companies
    if w.endswith("组织"):
        return len(w) >= 4
    if w[-1] in "联协" and len(w) >= 3:
        head = w[:-2]
        return head in _FEDERATION_OF or places.get(head) == "place" or head in lexicons.divisions()
    return False


_COUNTED = re.compile(r"[一二两三四五六七八九十]大|半壁")


def _place_word(w: str) -> bool:
    """A jieba place word that names a feature (某某江, 某某岛); counted ones (五大洲, 半壁江山) name none."""
    return w[-1] in _FEATURE_END and (len(w) > 2 or w[0] not in _GENERIC_FIRST) and not _COUNTED.match(w)


@cache
def _lexicon() -> tuple[dict[str, str], frozenset[str], re.Pattern[str]]:
    """(word -> type, the words' first two characters, a pattern of their first characters)."""
    generic = lexicons.roles().keys() | lexicons.words("body_suffixes.txt") | lexicons.words("party_departments.txt") \
        | lexicons.words("generic_names.txt")
    words = {w: "place" for w in lexicons.words("world_places.txt") | lexicons.words("world_cities.txt")
             | lexicons.words("cn_regions.txt") | lexicons.words("landmarks.txt")}
    words.update((w, "body") for w in lexicons.words("world_bodies.txt") | lexicons.words("companies.txt"))
    for w, t in tag_table().items():
        if t not in _TYPES or not _CJK_WORD.fullmatch(w) or w in words or w in generic or w.endswith("政府"):
            continue        # 美国政府: the suffix recogniser names governments; here the place inside is named
        if t == "ns" and _place_word(w) or t == "nt" and not _LOOSE_ORGAN.search(w) and _organ_word(w, words):
            words[w] = _TYPES[t]
    for w, ds in lexicons.divisions().items():
        # a county's short name (阜平, 涞水) that jieba knows as a place; one it knows as an everyday
        # word first (长安, 兴隆) names the county too seldom
        if w not in words and 2 <= len(w) <= 3 and w[-1] not in "区县市旗" and all(d.level == "county" for d in ds) \
                and word_tag(w) == "ns" and word_freq(w) < _COUNTY_FREQ and w not in generic:
            words[w] = "county"
    firsts = "".join(sorted({w[0] for w in words}))
    return words, frozenset(w[:2] for w in words), re.compile(f"[{re.escape(firsts)}]")


@cache
def _longest() -> int:
    """The longest known name (对外贸易经济合作部): how far a match is tried."""
    return max(map(len, _lexicon()[0]), default=2)


def dictionary_mentions(text: str, toks: Tokens, free: Callable[[int, int], bool]) -> list[Mention]:
    """Dictionary places and bodies of ``text`` where ``free(start, end)`` (no other mention there).

    Examples
    --------
    >>> from kg.extract.segment import Tokens
    >>> s = "代表团访问了俄罗斯和日本，巴西队在华北夺冠。"
    >>> [(m.text, m.type) for m in dictionary_mentions(s, Tokens(s), lambda a, b: True)]
    [('俄罗斯', 'place'), ('日本', 'place'), ('巴西队', 'body'), ('华北', 'place')]
    """
    words, pairs, first = _lexicon()
    longest = _longest()
    out: list[Mention] = []
    end = 0
    for m in first.finditer(text):
        i = m.start()
        if i < end or text[i:i + 2] not in pairs:
            continue
        for k in range(min(longest, len(text) - i), 1, -1):
            w = text[i:i + k]
            kind = words.get(w)
            if kind is None:
                continue
            j = i + k
            # the cheap tests first: asking jieba where words start cuts the clause
            team = _team(text, j, toks) if kind == "place" else None
            organ = _organ_after(text, j, words, longest) if kind == "place" and is_state(w) else 0
            if organ and free(i, j + organ):         # 某国外交部: a state's organ, the state inside its name
                out.append(Mention(text[i:j + organ], "body", i, j + organ, rule="dictionary:state-organ"))
                end = j + organ
            elif team and free(i, team.end()):         # 巴西队, 古巴代表团: a body of the place
                out.append(Mention(text[i:team.end()], "body", i, team.end(), rule="dictionary:team"))
                end = team.end()
            elif kind == "county":
                if free(i, j) and toks.is_start(i) and _placed_county(text, i, j) \
                        and (j == len(text) or not text[j].isalnum() or toks.is_start(j) or text[j] in "人籍"):
                    out.append(Mention(text[i:j], "place", i, j, rule="dictionary:county"))
                    end = j
                else:
                    continue
            elif kind == "place" and w in _COMPASS and i and text[i - 1] in _PLACE_LEVEL_END:
                continue    # 某村东南接某县: the direction from the place named before it, no region
            elif free(i, j) and (toks.is_start(i) or kind == "body" and state_short_before(text, i)) \
                    and _ends_word(text, i, j, kind, toks) \
                    and not (kind == "place" and _begins_other(text, j, toks)):
                if kind == "place" and w.endswith("部") and text.startswith("地区", j) and free(i, j + 2):
                    j += 2      # 东南部地区 is named with its 地区; 华北 of 华北地区 is a name by itself
                a = i + 1 if kind == "place" and w[0] in "前原" and is_state(w[1:]) else i   # 前苏联: the state
                if kind == "body" and text[i - 1:i] == "驻" and w.endswith(MISSIONS) and free(i - 1, j):
                    a = i - 1   # 驻某国大使馆: the embassy there of the state that sends it, 驻 and all
                elif kind == "body" and state_short_before(text, i) and free(i - 1, j):
                    a = i - 1   # 英国防部, 日外务省: a state's one-character short form before its organ
                elif kind == "body" and i and text[i - 1] in _LEVEL_BEFORE_ORGAN and toks.word_around(i - 1) == (text[i - 1], i - 1, i) \
                        and free(i - 1, j):
                    a = i - 1   # 区民政局: the page's own level before an organ jieba knows whole
                out.append(Mention(text[a:j], kind, a, j, rule=f"dictionary:{kind}"))
                end = j
            else:
                continue    # not a word here (美国银行 of 美国银行界): a shorter name may be (美国)
            break
    return out


_LEVEL_BEFORE_ORGAN = frozenset("省市区县州旗盟")
_COMPASS = frozenset(("东南", "西南", "东北", "西北", "华东", "华南", "华北", "华中"))
_PLACE_LEVEL_END = frozenset("村镇乡县市区省旗州盟")


def _organ_after(text: str, j: int, words: dict[str, str], longest: int) -> int:
    """The length of a body known by name (外交部, 国务院) that starts at ``j``, else 0."""
    return next((k for k in range(min(longest, len(text) - j), 1, -1) if words.get(text[j:j + k]) == "body"), 0)


def _placed_county(text: str, i: int, j: int) -> bool:
    """A county's short name at ``text[i:j]`` that its context places: after a word of going or being
    somewhere or after its province or city (某省某某), or before 人/籍 (某某人)."""
    if text[j:j + 1] in ("人", "籍") or _TO_PLACE.search(text, max(0, i - 2), i):
        return True
    if _AT_PLACE.search(text, max(0, i - 1), i) and (j == len(text) or text[j] in "，。；、,;"):
        return True
    divs = lexicons.divisions()
    return any(text[i - k:i] in divs and any(d.level != "county" for d in divs[text[i - k:i]])
               for k in (2, 3, 4) if i >= k)


# one character that makes a word of a place without naming anything else: its people, origin, side
# (not 式: 中国式现代化 is a slogan)
_OF_PLACE = frozenset("人籍方产")


def _ends_word(text: str, i: int, j: int, kind: str, toks: Tokens) -> bool:
    """jieba ends a word at ``j``, or it joined a known place to the word after it (中国国情, 印度政府
    as one token): the rest of that token is a dictionary word of its own, or 人/籍/方 (荷兰人); or
    a ministry ends at 长 (能源部长)."""
    if j == len(text) or not text[j].isalnum() or toks.is_start(j):
        return True
    if kind == "body" and text[j - 1] == "部" and text[j] == "长":
        return True     # 能源部长: the minister's title names the ministry, with him or without
    tok = toks.word_around(i)
    if kind != "place" or tok is None or tok[1] != i:
        return False
    rest = text[j:tok[2]]
    return len(rest) >= 2 and word_freq(rest) >= 100 or rest in _OF_PLACE


def _begins_other(text: str, j: int, toks: Tokens) -> bool:
    """The place ending at ``j`` begins another name: a road (淮河路) or an organisation (中国共产党);
    a government (印度政府) is its country's, and the country is what is named."""
    if _NOT_AFTER.match(text, j) and not everyday_after(text, j):
        return True
    if text.startswith("政府", j):
        return False
    nxt = toks.word_around(j) if j < len(text) else None
    return bool(nxt and nxt[1] == j and (tag_table().get(nxt[0]) == "nt" or nxt[0] in lexicons.words("body_suffixes.txt")))


def as_team(text: str, m: Mention, toks: Tokens | None = None) -> Mention:
    """A division followed by 队 (某某省队, 某某市女队) is the team it sends: a body. Its delegation
    (某某代表团) to a congress is written as the division, so it stays a place."""
    team = _team(text, m.end, toks) if m.type == "place" and m.end > 0 else None
    if team is None or team.end() == m.end or team.group().endswith("代表团"):
        return m
    return Mention(text[m.start:team.end()], "body", m.start, team.end(), rule="dictionary:team")


# what makes states listed in a sentence the sides of a competition (美国、巴西…等强队, 八强：甲、乙…)
_CONTEST = re.compile(r"比赛|联赛|锦标赛|杯赛|决赛|小组赛|淘汰赛|出线|击败|战胜|负于|逼平|强队|[四八]强|对手|夺冠|积分")
_LIST_JOIN = frozenset("、和与及")
_FROM = re.compile(r"(?:来自|在|于|赴|到|访问|出访|前往|包括|同|与)$")


def as_competitors(text: str, ms: list[Mention]) -> list[Mention]:
    """States listed together (甲、乙、丙) in a sentence about a competition are its sides: bodies
    (PD's teams). A lone state there stays a place (某国的某某 is a player's country), and so does a
    list after 来自, 在 or 访问 (where the players come from, where it is played)."""
    states = sorted((m for m in ms if m.type == "place" and m.start >= 0 and is_state(m.text)), key=lambda m: m.start)
    if len(states) < 2:
        return ms
    runs, run = [], [states[0]]
    for m in states[1:]:
        gap = text[run[-1].end:m.start]
        if len(gap) == 1 and gap in _LIST_JOIN:
            run.append(m)
        else:
            runs.append(run)
            run = [m]
    runs.append(run)
    sides = set()
    contests = SpanIndex(sentences_matching(text, _CONTEST))
    for run in runs:
        if len(run) < 2 or _FROM.search(text[max(0, run[0].start - 2):run[0].start]):
            continue
        if contests.overlaps(run[0].start, run[-1].end):
            sides.update(id(m) for m in run)
    if not sides:
        return ms
    return [Mention(m.text, "body", m.start, m.end, rule="dictionary:side") if id(m) in sides else m for m in ms]


# an international organisation's own organ written after it (联合国某某计划署, 联合国某某监督机构)
_ORGAN_TAIL = re.compile(r"[\u4e00-\u9fff]{1,12}?(?:委员会|理事会|基金会|计划署|专员署|组织|机构|法庭|法院|大会|秘书处|署)")
# a kind of organ (专门机构, 有关组织) or an event (运动会) is no organ's name
_GENERIC_TAIL = re.compile(r"(?:专门|有关|相关|下属|各|其他|运动)")
_NOT_IN_TAIL = frozenset("的和与及在是了等将对向为把被从")
_TWO_HAN = re.compile(r"[\u4e00-\u9fff]{2}")      # a word may go on past the organ's end only here


def _organ_end(text: str, i: int, toks: Tokens) -> int:
    """Where the organ written at ``i`` right after its organisation ends (0: no organ there): one
    known by name (安理会), or a name ending in an organ's word that ends where a word does."""
    k = next((k for k in range(min(6, len(text) - i), 1, -1) if text[i:i + k] in lexicons.words("world_bodies.txt")), 0)
    if k:
        return i + k
    t = _ORGAN_TAIL.match(text, i)
    if not t or _NOT_IN_TAIL & set(t.group()) or _GENERIC_TAIL.match(t.group()):
        return 0
    return t.end() if toks.is_start(t.end()) or not _TWO_HAN.match(text, t.end()) else 0


def with_organs(text: str, ms: list[Mention], toks: Tokens) -> list[Mention]:
    """An international organisation known by name and an organ of its written right after it are one
    body (某组织某某委员会): the organ is the organisation's. Mentions inside the organ go."""
    out = []
    for m in ms:
        end = _organ_end(text, m.end, toks) if m.type == "body" and m.start >= 0 and m.text in lexicons.words("world_bodies.txt") \
            and m.text[-1] not in "会署" else 0
        out.append(Mention(text[m.start:end], "body", m.start, end, rule="dictionary:organ") if end else m)
    joined = [(m.start, m.end) for m in out if m.rule == "dictionary:organ"]
    if not joined:
        return ms
    inside = SpanIndex(joined)
    return [m for m in out if m.rule == "dictionary:organ" or not inside.overlaps(m.start, m.end)]


def is_known_place(name: str) -> bool:
    """A place this module knows by name (a country, a world city, a region, a natural feature)."""
    return _lexicon()[0].get(name) == "place"


def is_known_name(name: str) -> bool:
    """A place or a body this module knows by name (日本, 北约): no person's name."""
    return _lexicon()[0].get(name) in ("place", "body")     # a county's short name may be a person's


# a news agency's or paper's dateline: 本报某地5月6日电, 新华社某国某市5月6日电
_DATELINE = re.compile(r"(?:本报|新华社|中新社|据新华社|据本报)([\u4e00-\u9fff]{2,10}?)(?:\d{1,2}|[一二三四五六七八九十]{1,3})月"
                       r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})日电")


# what a place is called before its name (首都某某, 旅游胜地某某) and the transliterated name after it
PLACE_CALLED = ("首都", "首府", "省会", "州府", "城市", "名城", "古城", "港口", "港城", "小镇", "胜地", "海港")
_DESCRIBED = re.compile(f"(?:{'|'.join(PLACE_CALLED)})([\u4e00-\u9fff]{{2,8}})")


_AFTER_NAME = frozenset("的地在和与及以等是了为向到从举、，。；：！？“”（）()　 \n")


def described_places(text: str) -> list[Mention]:
    """A transliterated name after what a place is called (首都某某, 旅游胜地某某): a place, however
    rare its name."""
    out = []
    for m in _DESCRIBED.finditer(text):
        a = m.start(1)
        b = run_end(text, a, a)
        if b - a >= 2 and holds_run(text[a:b]) and (b == len(text) or text[b] in _AFTER_NAME):
            out.append(Mention(text[a:b], "place", a, b, rule="described"))     # (no 某某 + 大: its end is unclear)
    return out


def dateline_places(text: str) -> list[Mention]:
    """The place a report is filed from (本报某市5月6日电; 某国某市: the country and the city), however
    rare its name: a dateline names a place, never a person. A body there (本报联合国…电) is a body."""
    out = []
    for m in _DATELINE.finditer(text):
        a, b = m.span(1)
        where = text[a:b]
        if _lexicon()[0].get(where) == "body":
            out.append(Mention(where, "body", a, b, rule="dateline"))
            continue
        k = state_prefix(where)
        if k and b - a - k >= 2:
            out.append(Mention(where[:k], "place", a, a + k, rule="dateline"))
            a += k
        if not any(text[a:a + j] in lexicons.divisions() for j in range(2, b - a + 1)):
            out.append(Mention(text[a:b], "place", a, b, rule="dateline"))  # China's divisions: named as such
    return out
