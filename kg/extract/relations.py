"""Relations read from an article: posts (person holds a title in a body), actions (who chaired,
inspected, signed what) and co-occurrence (who and what share a sentence).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import cache
from itertools import combinations

from kg import lexicons
from kg.model import Action, Article, Participation, PostMention, Region
from kg.extract.common import SpanIndex
from kg.extract.persons import Titled, TitleItem
from kg.extract.resolve import ENTERPRISE_RE, canonical_body, expand, is_abbreviation, party_committee

__all__ = ["posts_from_titled", "byline_posts", "item_org", "actions", "cooccurrences", "is_body_name", "clause_span",
           "BARE_ORGANS"]

_LEVELS = "省市区县镇乡州旗"
_STRIP_GROUP = re.compile(r"(?:党组|党工委|党委)$")
BARE_ORGANS = frozenset(("管委会", "党工委", "党委", "政府", "人民政府", "人大常委会", "政协", "纪委", "纪工委", "办事处", "党组",
                         "行署", "行政公署"))
_PLACE_PART = re.compile(r"^(.+?(?:省|市|区|县|镇|乡|街道|开发区|新区|高新区|经开区|园区))(?:" + "|".join(sorted(BARE_ORGANS)) + ")$")
_COMMITTEE = re.compile(r"(?:[省市区县镇乡州旗]委|党委|党工委)$")     # a party committee, not one of its departments


@cache
def _body_suffix_re() -> re.Pattern[str]:
    words = lexicons.words("body_suffixes.txt") | lexicons.words("party_departments.txt")
    return re.compile("(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + ")$")


def is_body_name(name: str) -> bool:
    """Does ``name`` end like an organisation (…委, …局, …有限公司)?"""
    return bool(_body_suffix_re().search(name))


def item_org(item: TitleItem, region: Region, prev_org: str | None, resolve: Callable[[str], str]) -> tuple[str | None, bool]:
    """(canonical org of one title item, whether the text writes the org) - see GUIDE 'Posts'.

    ``resolve`` maps a canonical body to the page's fuller form (金水区纪委 -> 金水区纪委监委, 洛机所 -> …有限公司).
    """
    p, role = item.prefix, item.role
    if len(p) > 2 and p[-1] in "原前":
        p = p[:-1]      # 某市委原书记, 某县前县长: a former holder of the post in that body
    if p in ("代理", "代"):
        p = ""          # 代理县长: the acting head holds the post of the body it names
    depts = lexicons.words("party_departments.txt")
    default = lexicons.roles().get(role)        # the relative body a role belongs to (县长 -> 县政府)
    if not p:
        if default:
            place = _chain_place(prev_org, default[0])
            if place:       # 某省委常委、常务副省长: the province the chain names, not the page's
                return resolve(place + default[1:]), False
            return resolve(canonical_body(default, region)), False
        if prev_org:
            # 县政府党组成员、副县长: the organ the party group is of; 镇党委副书记、组织委员: the committee
            organ = _STRIP_GROUP.sub("", prev_org)
            return (organ if organ and is_body_name(organ) else prev_org), False
        return None, False
    if p in _LEVELS and role.endswith("领导"):
        return expand(region, p), False
    if p.endswith("自治区") and role.endswith("主席"):
        # 某某自治区主席, 自治区副主席: the autonomous region's government (its 政协 is written as such)
        base = p if p != "自治区" else region.province if region.province and region.province.endswith("自治区") else None
        return (resolve(base + "政府"), False) if base else (None, False)
    if default and p[-1] == default[0] and (p in lexicons.divisions() or _is_town(p)):
        return resolve(p + default[1:]), False     # 某某镇镇长, 某某区区长: that division's government (unwritten)
    if default and default[0] in "省市县区旗" and p + default[0] in lexicons.divisions():
        return resolve(p + default), False         # 某某市长, 某某县长: the division's short name, then the role
    if default and (p in ("政府", "人民政府") and default.endswith("政府") or is_abbreviation(p, default)):
        # 政府旗长, 盟行署副盟长: the organ the role belongs to, written bare or short
        return resolve(canonical_body(default, region)), True
    level = p[0] if p[0] in _LEVELS else None
    committee_level = prev_org if prev_org and _COMMITTEE.search(prev_org) else party_committee(region, level)
    if role.endswith("部长") and not p.endswith("部") and p + "部" in depts:
        return resolve(f"{committee_level}{p}部" if committee_level else p + "部"), True
    if p in depts:
        return resolve(f"{committee_level}{p}" if committee_level else p), True
    if role.endswith("部长") and not p.endswith("部") and _ministry(p + "部"):
        # 外交部长, 某国司法部长, 某区委组织部长: the minister's ministry, the head's department
        return resolve(canonical_body(p + "部", region)), True
    if p in ("纪委", "监委", "纪委监委"):
        place = _PLACE_PART.match(prev_org or "")
        base = place.group(1) if place else region.district or region.city    # 某街道党工委委员、纪委书记
        return resolve(f"{base}{p}" if base else p), True
    if p == "党组" and prev_org and not prev_org.endswith(("委", "党组", "党工委")) and is_body_name(prev_org):
        return resolve(prev_org + p), True      # 某市人民政府副市长、党组成员: the government's party group
    if p in BARE_ORGANS and prev_org:
        # 高新区党工委书记、管委会主任: the 管委会 of the same place
        m = _PLACE_PART.match(prev_org)
        if m:
            return resolve(m.group(1) + p), True
    if (p in lexicons.words("mass_organisations.txt") or p.startswith(("政府", "人民政府"))) and prev_org:
        # 县政府办主任、妇联主席 (旗委常委、政府党组成员): the women's federation (the government's party
        # group) of the division the chain is in
        base = next((d for d in (region.district, region.city, region.province) if d and prev_org.startswith(d)), None)
        if base:
            return resolve(base + p), True
    p = head_organ(p, role)
    canon = canonical_body(p, region)
    if not (is_body_name(canon) or canon in _known_bodies()) or canon in BARE_ORGANS:
        return None, False
    return resolve(canon), True


@cache
def _known_bodies() -> frozenset[str]:
    """Bodies known by a name with no organ suffix (联合国, 世卫组织, a firm's short name)."""
    return lexicons.words("world_bodies.txt") | lexicons.words("national_bodies.txt") | lexicons.words("companies.txt")


@cache
def _ministries() -> frozenset[str]:
    return lexicons.words("world_bodies.txt") | lexicons.words("party_departments.txt")


def _ministry(name: str) -> bool:
    """A state's ministry or a party committee's department (外交部, 组织部), perhaps after the state's
    or the committee's name (古巴司法部, 某区委组织部)."""
    return any(name[k:] in _ministries() for k in range(0, len(name) - 2))


def _is_town(p: str) -> bool:
    """Does ``p`` name a township or a sumu (某某镇, 某某乡)? Towns are not in the division table."""
    return len(p) >= 3 and p.endswith(("镇", "乡", "苏木")) and p[:-1] not in _LEVELS


def _chain_place(prev_org: str | None, level: str) -> str | None:
    """The division at ``level`` (省, 市 …) that the chain's previous body is of (某某省委 -> 某某省)."""
    if not prev_org:
        return None
    divs = lexicons.divisions()
    return next((prev_org[:k] for k in range(min(len(prev_org) - 1, 12), 1, -1)
                 if prev_org[k - 1] == level and prev_org[:k] in divs), None)


def head_organ(prefix: str, role: str) -> str:
    """The body a head's title names when it is written onto the body's name: 某某日报社长 heads the
    paper's 社 (某某日报社), 某某集团董事会主席 the firm."""
    if prefix.endswith(("董事会", "监事会")) and is_body_name(prefix[:-3]):
        return prefix[:-3]      # 某某集团董事会主席: the chair of the firm's board heads the firm
    return prefix + "社" if role.endswith("社长") and prefix.endswith("报") else prefix


def posts_from_titled(titled: Titled, region: Region, resolve: Callable[[str], str]) -> list[PostMention]:
    """One post per title item of a chain; the org of an item without one follows the item before."""
    out: list[PostMention] = []
    prev: str | None = None
    for it in titled.items:
        org, _ = item_org(it, region, prev, resolve)
        title = it.title
        if org and ENTERPRISE_RE.search(org) and it.prefix:
            # company titles: the company goes in org (its board stays in the title: 董事会主席)
            title = it.title[len(org):] if it.title.startswith(org) else it.title[len(it.prefix):]
        out.append(PostMention(titled.name, title, org, it.role, it.start, it.end))
        if org:
            prev = org
    return out


def byline_posts(article: Article) -> list[PostMention]:
    return [PostMention(n, "记者", None, "记者") for n in article.reporters] + \
           [PostMention(n, "通讯员", None, "通讯员") for n in article.correspondents] + \
           [PostMention(n, "实习生", None, "实习生") for n in article.interns]


@cache
def _action_table() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    tab = {k: (v[0], v[1]) for k, v in lexicons.table("actions.tsv").items()}
    return re.compile("|".join(map(re.escape, sorted(tab, key=len, reverse=True)))), tab


def _next_free(skip: list[int], j: int) -> int:
    """The first index from ``j`` on that ``skip`` does not pass over (path-halving find)."""
    while skip[j] != j:
        skip[j] = skip[skip[j]]
        j = skip[j]
    return j


def actions(article: Article) -> list[Action]:
    """Events per sentence: the first action verb after a person names the event's kind; persons
    before a verb take its part; projects, bodies and places after it are its objects."""
    pat, tab = _action_table()
    out: list[Action] = []
    mentions = sorted(article.mentions, key=lambda m: m.start)
    post_spans = SpanIndex((p.start, p.end) for p in article.posts)
    for si, sent in enumerate(article.sentences):
        ms = mentions[bisect_left(mentions, sent.start, key=lambda m: m.start):
                      bisect_left(mentions, sent.end, key=lambda m: m.start)]
        persons = [m for m in ms if m.type == "person"]
        if not persons:
            continue
        verbs = list(pat.finditer(article.body, sent.start, sent.end))
        if not verbs:
            continue
        parts: dict[str, str] = {}
        kind, verb = None, None
        ends = sorted((p.end, i) for i, p in enumerate(persons))
        skip = list(range(len(ends) + 1))           # next mention in ``ends`` not yet given a part
        latest: dict[str, int] = {}                 # part -> start of the last verb of that part so far
        for v in verbs:
            part, k = tab[v.group()]
            # actors: persons before the verb with no verb of another part between them and it
            block = max((s for q, s in latest.items() if q != part), default=-1)
            latest[part] = v.start()
            lo = bisect_left(ends, (block, -1))
            hi = bisect_right(ends, (v.start(), len(ends)))
            if lo >= hi:
                continue
            fresh = []
            j = _next_free(skip, lo)
            while j < hi:
                fresh.append(ends[j][1])
                skip[j] = j + 1
                j = _next_free(skip, j + 1)
            for i in sorted(fresh):                 # in the order the persons are named
                parts.setdefault(persons[i].name, part)
            if kind is None:
                kind, verb = k, v.group()
        if kind is None or verb is None:
            continue
        # objects follow the actor (张德明到洛阳机械研究所考察: the object may precede the verb)
        actor_end = min(p.end for p in persons if p.name in parts)
        objects = tuple(dict.fromkeys(m.name for m in ms if m.type in ("project", "body", "place") and m.start >= actor_end
                                      and not post_spans.holds(m.start)
                                      and not _ATTENDING.search(article.body, *clause_span(article.body, m.start, m.end))))
        # where it happened: a place after 在/到/赴 in the sentence, else the first place it names
        places = [m for m in ms if m.type == "place"]
        located = [m for m in places if article.body[max(sent.start, m.start - 1):m.start] in ("在", "到", "赴", "于")]
        place = (located or places or [None])[0]
        out.append(Action(kind, verb, si, tuple(Participation(n, p) for n, p in parts.items()), objects,
                          place.name if place else None))
    return out


# A clause that makes what it names a participant rather than an object (区发改委等相关同志陪同考察).
_ATTENDING = re.compile(r"陪同|参加|出席|列席|负责同志|负责人|相关同志|主要领导")
_CLAUSE_END = re.compile(r"[，；。：！？,;:!?\n]")


def clause_span(body: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the clause (between commas or stops) around [start, end)."""
    lo = max((m.end() for m in _CLAUSE_END.finditer(body, max(0, start - 200), start)), default=max(0, start - 200))
    nxt = _CLAUSE_END.search(body, end, end + 200)
    return lo, nxt.start() if nxt else min(len(body), end + 200)


PAIR_WINDOW = 60     # a sentence naming more entities pairs each only with the next 60 it names


def cooccurrences(article: Article) -> dict[tuple[str, str], list[int]]:
    """Pairs of entity keys ("type:name") sharing a sentence -> the sentences they share."""
    out: dict[tuple[str, str], list[int]] = {}
    by_sent: dict[int, dict[str, None]] = {}
    for m in article.mentions:
        by_sent.setdefault(article.sentence_of(m.start), {})[f"{m.type}:{m.name}"] = None
    for si, named in sorted(by_sent.items()):
        if len(named) <= PAIR_WINDOW:
            pairs = combinations(sorted(named), 2)
        else:       # a list of thousands, a run without stops: each with the next PAIR_WINDOW it names
            keys = list(named)
            pairs = ((a, b) if a < b else (b, a) for i, a in enumerate(keys) for b in keys[i + 1: i + 1 + PAIR_WINDOW])
        for a, b in pairs:
            out.setdefault((a, b), []).append(si)
    return out


def posts_key(p: PostMention) -> tuple[str, str, str, str]:
    return (p.person, p.title, p.org or "", p.role)


def dedupe_posts(posts: list[PostMention]) -> list[PostMention]:
    seen: set[tuple[str, str, str, str]] = set()
    out = []
    for p in posts:
        k = posts_key(p)
        if k not in seen:
            seen.add(k)
            out.append(p)
    return out

