"""Extraction of one page as components over one document (spaCy's shape): ``COMPONENTS`` run in
order over a ``Doc``, each reading the layers earlier ones wrote and adding its own, none calling
back into an earlier one:

    script -> articles -> region -> titled persons -> frame (lists, datelines) -> persons
    -> suffixed names -> divisions -> gazetteer -> canonical names -> posts -> bodies in titles
    -> relations

Recognisers (``persons``, ``names``, ``spans``, ``gazetteer``), resolution (``resolve``) and relations
(``relations``) are libraries the components call; they never call a component.

``extract_page`` is a pure function of the page text: the unit that is cached, run in parallel
and merged into the corpus graph.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache

from kg import lexicons
from kg.model import Article, Entity, Mention, Page, PageResult, PostMention, Region
from kg.extract.common import SpanIndex, everyday_after, is_state, state_short_before
from kg.extract.gazetteer import as_competitors, as_team, with_organs, dateline_places, described_places, dictionary_mentions, is_known_place
from kg.extract.persons import (Titled, find_apposed, find_captioned, find_colon_listed, find_counted, find_dotted, find_elected,
                                find_honoured, find_japanese, find_known, find_led_by, find_listed, find_modelled, whole_list_items,
                                find_speakers, find_titled, find_trailing, without_clause_lead)
from kg.extract.spans import list_mentions, outer_divisions, quote_spans, suffix_mentions
from kg.extract.relations import (BARE_ORGANS, actions, byline_posts, clause_span, dedupe_posts, head_organ, is_body_name,
                        item_org, posts_from_titled)
from kg.extract.resolve import (as_written, canonical_body, congress_forms, congress_key, find_short_forms, infer_region, is_abbreviation, is_tail_form,
                                region_by_short_name)
from kg.extract.segment import Tokens, word_freq, word_tag
from kg.text.split import split_page

__all__ = ["COMPONENTS", "Doc", "extract_page", "extract_text"]

# Characters written only in traditional script (their simplified forms differ): 們 国, 區 区 …
_TRAD_HINT = set("們國會區縣鎮鄉書記長為與對這個說時來經濟發項務議員關黨領導參並")
_TRAD_RE = re.compile("[" + "".join(sorted(_TRAD_HINT)) + "]")


def extract_text(text: str, source: str = "page.txt") -> PageResult:
    """Extract from raw text (see ``extract_page``).

    Examples
    --------
    >>> r = extract_text("区长调研防汛工作\\n\\n本报讯 5月6日，金水区委副书记、区长张建国到黄泥镇调研。记者 李四")
    >>> [(p.person, p.title, p.org) for p in r.articles[0].posts]
    [('张建国', '金水区委副书记', '金水区委'), ('张建国', '区长', '金水区政府'), ('李四', '记者', None)]
    """
    import hashlib
    return extract_page(Page(source, source, text, "utf-8", hashlib.sha256(text.encode()).hexdigest()))


def _titled(body: str) -> list[Titled]:
    """Persons with their titles: after a title chain, before 当选为 and a title, before 总书记;
    a name found by an earlier finder at the same place keeps its titles, and gains those a later
    finder reads after it (县委副书记某某同志当选为县长)."""
    out = find_titled(body)
    at = {(t.start, t.end): k for k, t in enumerate(out)}
    for t in find_elected(body) + find_trailing(body) + find_colon_listed(body) + find_apposed(body):
        k = at.get((t.start, t.end))
        if k is None:
            at[(t.start, t.end)] = len(out)
            out.append(t)
        else:
            have = {i.title for i in out[k].items}
            out[k] = replace(out[k], items=out[k].items + tuple(i for i in t.items if i.title not in have))
    return sorted(out, key=lambda t: t.start)


def _traditional(text: str) -> bool:
    sample = text[:20000]
    hits = len(_TRAD_RE.findall(sample))
    return hits >= 5 and hits > len(sample) // 400


@dataclass
class Doc:
    """One page on its way through the components: each reads what earlier ones wrote and adds its
    own layer (spaCy's ``Doc`` in spirit). Per-article layers are keyed by ``Article.index``."""

    page: Page
    text: str = ""
    warnings: list[str] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    region: Region = field(default_factory=Region)                       # as the page writes it
    located: Region = field(default_factory=Region)                      # with what the table adds
    titled: dict[int, list[Titled]] = field(default_factory=dict)        # persons with their title chains
    known: set[str] = field(default_factory=set)                         # names the page has titled or credited
    tokens: dict[int, Tokens] = field(default_factory=dict)              # jieba's segmentation, cut lazily
    listed: dict[int, list[Mention]] = field(default_factory=dict)       # items of typed lists (甲、乙等县)
    filed: dict[int, list[Mention]] = field(default_factory=dict)        # datelines' and described places
    persons: dict[int, list[Mention]] = field(default_factory=dict)
    names: dict[int, list[Mention]] = field(default_factory=dict)        # bodies, places, projects
    mentions: dict[int, list[Mention]] = field(default_factory=dict)     # all of them, canonical
    resolvers: dict[int, Callable[[str], str]] = field(default_factory=dict)
    posts: dict[int, list[PostMention]] = field(default_factory=dict)
    done: list[Article] = field(default_factory=list)                    # articles with every layer


def _script(doc: Doc) -> None:
    """Text in simplified characters (a traditional page is converted for matching, if opencc is there)."""
    doc.text = doc.page.text
    if _traditional(doc.text):
        try:
            import opencc  # optional: converts for matching, the page is reported as converted
            doc.text = opencc.OpenCC("t2s").convert(doc.text)
            doc.warnings.append("traditional characters: converted to simplified for extraction")
        except ImportError:
            doc.warnings.append("traditional characters: not converted (install opencc); extraction will be partial")


def _articles(doc: Doc) -> None:
    """Articles with headline, body, sentences, date and byline, cut by the page's structure; a
    bracketed credit's role-less names keep no everyday word (（方案）) that only looks like one."""
    doc.articles = [replace(a, credited=tuple(n for n in a.credited if word_freq(n) < 50)) if a.credited else a
                    for a in split_page(doc.page.source, doc.text)]


def _region(doc: Doc) -> None:
    """The district and town the page's paper speaks from, for relative forms (区委 -> 某某区委)."""
    region = infer_region("\n".join((a.title or "") + "\n" + a.body for a in doc.articles))
    if region.district is None:          # a county named only by its short name, in the page's furniture
        by_short = region_by_short_name(doc.text)
        if by_short.district:
            region = replace(by_short, town=region.town)
    doc.located = region
    doc.region = as_written(region, doc.text)


def _titled_persons(doc: Doc) -> None:
    """Persons named with a title chain, before 当选为 or 总书记, the chain begun where a body would be;
    with the bylines, the names the page knows. Each article's segmentation (cut lazily) starts here."""
    for a in doc.articles:
        doc.tokens[a.index] = Tokens(a.body)        # each article's segmentation, cut lazily
        doc.titled[a.index] = [without_clause_lead(t, a.body, doc.tokens[a.index]) for t in _titled(a.body)]
    doc.known = {t.name for ts in doc.titled.values() for t in ts}
    doc.known |= {n for a in doc.articles for n in a.reporters + a.correspondents + a.interns + a.credited}


def _framed(doc: Doc) -> None:
    """What the text's frame names before any name model: the items of typed lists (甲、乙等县) and
    the places of datelines and of 首都某某 — no person stands there."""
    for a in doc.articles:
        doc.listed[a.index] = list_mentions(a.body, doc.tokens[a.index])
        doc.filed[a.index] = dateline_places(a.body) + described_places(a.body)


def _persons(doc: Doc) -> None:
    """Every person of each article: titled, known to the page, speakers, dotted names, the name
    model's, and names listed beside them; bylines too."""
    for a in doc.articles:
        typed = [m for m in doc.listed[a.index] if m.type in ("place", "body")] + doc.filed[a.index]
        doc.persons[a.index] = _person_mentions(a, doc.titled[a.index], doc.known, doc.tokens[a.index], typed)


def _suffixed(doc: Doc) -> None:
    """Bodies, places and projects that end in a suffix or stand in a typed list, kept off the persons."""
    for a in doc.articles:
        doc.names[a.index] = _suffix_names(a, doc.persons[a.index], doc.tokens[a.index], doc.region,
                                           doc.listed[a.index])


def _divisions(doc: Doc) -> None:
    """Divisions of the adcode table named in full or by short name, where nothing else stands."""
    for a in doc.articles:
        found = _division_mentions(a.body, doc.names[a.index] + doc.persons[a.index], doc.region, doc.tokens[a.index])
        doc.names[a.index] += [as_team(a.body, m, doc.tokens[a.index]) for m in found]


def _gazetteer(doc: Doc) -> None:
    """Places and bodies known by name (countries, world cities, jieba's dictionary), where nothing else stands."""
    for a in doc.articles:
        spans = [(m.start, m.end) for m in doc.names[a.index] + doc.persons[a.index] if m.start >= 0]
        named = SpanIndex(spans)
        # a dateline's place first, however rare its name, then what the dictionaries know
        filed = [m for m in doc.filed[a.index] if not named.overlaps(m.start, m.end)]
        taken = SpanIndex(spans + [(m.start, m.end) for m in filed])
        found = _state_organs(a.body, doc.names[a.index] + filed + dictionary_mentions(
            a.body, doc.tokens[a.index], lambda s, e, t=taken: not t.overlaps(s, e)))
        doc.names[a.index] = outer_divisions(as_competitors(a.body, with_organs(a.body, found, doc.tokens[a.index])))


def _canonical(doc: Doc) -> None:
    """Canonical names (relative forms expanded, short forms linked to the page's long forms), and the
    short forms of long body names that no suffix found."""
    doc.mentions = {a.index: doc.persons[a.index] + doc.names[a.index]
                    + [Mention(n, "body", -1, -1, rule="body.outlet") for n in a.outlets] for a in doc.articles}
    towns = _town_shorts(doc.mentions)
    canon = _canonicaliser(doc.mentions, doc.articles, doc.region)
    for a in doc.articles:
        ms = [Mention(m.text, "place", m.start, m.end, towns[m.text], m.rule + ":town-short")
              if m.text in towns and m.type in ("place", "person") else Mention(m.text, m.type, m.start, m.end, canon(m), m.rule)
              for m in doc.mentions[a.index]]
        ms = _with_peoples(ms)
        doc.mentions[a.index] = ms + _short_form_mentions(a, ms)
        doc.resolvers[a.index] = _resolver(doc.mentions[a.index])


def _posts(doc: Doc) -> None:
    """Posts from the title chains, with bodies resolved to the article's fullest form; titles that
    follow a leader's take its body; bylines give 记者 and 通讯员 posts."""
    for a in doc.articles:
        resolve = doc.resolvers[a.index]
        posts: list[PostMention] = []
        for t in doc.titled[a.index]:
            posts += [replace(p, org=resolve(p.org) if p.org else None) for p in posts_from_titled(t, doc.region, resolve)]
        doc.posts[a.index] = _inherit_orgs(a, posts) + byline_posts(a)


def _title_bodies(doc: Doc) -> None:
    """Bodies written inside titles are entities; a division inside a title (金水区 in 金水区委书记)
    is not named on its own (GUIDE). A foreign state before its office (某国总统, 某国外交大臣) is
    named: the title is the office, the state its scope, not a division whose organ it names."""
    for a in doc.articles:
        ms = _add_title_bodies(a, doc.titled[a.index], doc.mentions[a.index], doc.region, doc.resolvers[a.index])
        spans = SpanIndex((p.start, p.end) for p in doc.posts[a.index] if p.start >= 0)
        ms = [m for m in ms if not (m.type == "place" and spans.holds(m.start, m.end)
                                    and not is_state(m.name))]
        doc.mentions[a.index] = sorted(ms, key=lambda m: (m.start, m.end, m.type, m.name))


def _relations(doc: Doc) -> None:
    """Each article with its mentions, posts, actions and entities."""
    for a in doc.articles:
        ms = doc.mentions[a.index]
        art = replace(a, mentions=tuple(ms), posts=tuple(dedupe_posts(doc.posts[a.index])))
        doc.done.append(replace(art, actions=tuple(actions(art)), entities=tuple(_entities(ms))))


# The components, in order: none calls back into an earlier one.
COMPONENTS: tuple[Callable[[Doc], None], ...] = (
    _script, _articles, _region, _titled_persons, _framed, _persons, _suffixed, _divisions, _gazetteer, _canonical,
    _posts, _title_bodies, _relations)


def extract_page(page: Page) -> PageResult:
    """Articles of a page with their entities, posts and actions: ``COMPONENTS`` run over one ``Doc``."""
    doc = Doc(page)
    for component in COMPONENTS:
        component(doc)
    return PageResult(page.source, page.path, page.sha256, page.encoding, doc.located, tuple(doc.done),
                      tuple(doc.warnings))


def _person_mentions(a: Article, titled: list[Titled], known: set[str], toks: Tokens,
                     typed: list[Mention]) -> list[Mention]:
    """``typed``: spans the text's frame gives to places and bodies, kept off the name model."""
    body = a.body
    persons: list[Mention] = []
    for t in titled:
        persons.append(Mention(t.name, "person", t.start, t.end, rule="person.titled"))
    persons += find_known(body, known)
    persons += [m for m in find_speakers(body) + find_captioned(body) + find_honoured(body) + find_led_by(body)
                if m.text not in known]
    persons += find_japanese(body)
    persons += find_dotted(body, lambda s: s in lexicons.divisions() or is_known_place(s))
    persons += find_modelled(body, [(m.start, m.end) for m in persons + typed], toks)
    persons += [m for m in find_counted(body) if not any(p.start < m.end and m.start < p.end for p in persons)]
    persons += find_listed(body, [(m.start, m.end) for m in persons])
    persons = _dedupe_spans(whole_list_items(body, persons))
    for n in a.reporters + a.correspondents + a.interns + a.credited:
        persons.append(Mention(n, "person", -1, -1, rule="person.byline"))
    return persons


def _suffix_names(a: Article, persons: list[Mention], toks: Tokens, region: Region,
                  listed: list[Mention]) -> list[Mention]:
    body = a.body
    avoid = [(m.start, m.end) for m in persons if m.start >= 0]
    local = tuple(n for n in (region.district, lexicons.short_name(region.district) if region.district else None,
                              region.town) if n)
    # an outlet the lead opens with (某某网消息) is named where it stands: nothing inside it is another name
    leads = [Mention(n, "body", i, i + len(n), rule="body.outlet") for n in a.outlets
             for i in [body.find(n, 0, 40)] if i >= 0]
    avoid += [(m.start, m.end) for m in leads]
    named = leads + suffix_mentions(body, toks, avoid, local=local)
    merged = _merge_lists(named, listed, avoid)
    merged = _project_context(a, merged)
    # one type per name in an article: a site the article treats as a project somewhere is a project
    projects = {m.text for m in merged if m.type == "project"}
    merged = [replace(m, type="project") if m.type == "place" and m.text in projects else m for m in merged]
    return [part for m in merged for part in _division_chain(_foreign_government(m))]


@cache
def _sites() -> dict[str, frozenset[str]]:
    """behaviour (list, site, passing) -> the suffixes that have it (lexicons/site_suffixes.tsv)."""
    out: dict[str, set[str]] = {"list": set(), "site": set(), "passing": set()}
    for suffix, (behaviours,) in lexicons.table("site_suffixes.tsv").items():
        for b in behaviours.split(","):
            out[b].add(suffix)
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _context_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(visit verbs from actions.tsv, words of a project clause, building verbs ending a lead-in)."""
    visits = [v for v, (_, kind) in lexicons.table("actions.tsv").items() if kind in ("inspection", "visit")]
    alt = lambda ws: "|".join(map(re.escape, sorted(ws, key=len, reverse=True)))  # noqa: E731
    return (re.compile(alt(visits)), re.compile(alt(list(lexicons.words("project_context.txt")) + visits)),
            re.compile(f"(?:{alt(lexicons.words('building_verbs.txt'))})[了一个座处]{{0,2}}$"))


def _suffix_of(m: Mention) -> str:
    return m.rule.split(":", 1)[-1].split("+")[0]


def _project_context(a: Article, ms: list[Mention]) -> list[Mention]:
    """A site is a project where the article treats it as one (GUIDE): visited in a sentence that says
    the visit was about 项目, or named by a weak project suffix (产业园, 街区) in a sentence about building,
    investing or inspecting; a weak-suffix site named in passing is a place."""
    visit, context, built = _context_res()
    sites = _sites()
    out = []
    for m in ms:
        if m.type == "project" and m.rule.startswith("suffix:") and _suffix_of(m) in sites["passing"]:
            lo, hi = clause_span(a.body, m.start, m.end)
            if not context.search(a.body, lo, hi):
                m = replace(m, type="place", rule=m.rule + "+passing")
        if m.type in ("place", "body") and m.rule.startswith("suffix") and _suffix_of(m) in sites["site"]:
            s = a.sentences[a.sentence_of(m.start)]
            before, after = a.body[s.start:m.start], a.body[m.end:s.end]
            if (visit.search(before) and "项目" in after or built.search(before)) \
                    and not re.search(r"有限公司|集团|局|委", m.text):
                m = replace(m, type="project", rule=m.rule + "+visited")
        out.append(m)
    return out


def _dedupe_spans(ms: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in sorted(ms, key=lambda m: (m.start, -(m.end - m.start))):
        if out and out[-1].end > m.start:      # kept spans do not overlap: only the last can hold m
            continue
        out.append(m)
    return out


def _merge_lists(named: list[Mention], listed: list[Mention], avoid: list[tuple[int, int]]) -> list[Mention]:
    """List items take the head's type, unless a strong suffix of their own says otherwise; an item
    longer than the names found inside it replaces them (a name inside a longer name is not listed).
    Spans are looked up through indexes by start, so a page of thousands of items costs in step."""
    out: dict[int, Mention] = dict(enumerate(named))        # kept in this order, replaced in place
    by_start = sorted((m.start, k) for k, m in out.items())
    reach = max((m.end - m.start for m in named), default=0)
    named_at = list(by_start)
    avoided = SpanIndex(avoid)
    fresh = len(named)                                       # the key of the next item kept
    for li in listed:
        if avoided.overlaps(li.start, li.end):
            continue        # the item overlaps a span to avoid
        near = sorted(j for _, j in named_at[bisect_left(named_at, (li.start - reach, -1)):
                                              bisect_left(named_at, (li.end, -1))])
        same = [named[j] for j in near if named[j].start <= li.start and li.end <= named[j].end
                or li.start <= named[j].start and named[j].end <= li.end]
        exact = [(j, named[j]) for j in near if (named[j].start, named[j].end) == (li.start, li.end)]
        if li.type == "-":
            continue        # 等现场/等处 lists mix kinds: an item without a suffix of its own stays untyped
        if exact:
            j, m = exact[0]
            if m.type != li.type and (m.type == "place" or _suffix_of(m) in _sites()["list"]):
                out[j] = replace(m, type=li.type, rule=m.rule + "+list")
            continue
        if any(m.start <= li.start and li.end <= m.end for m in same):
            continue        # a suffix name covers the item
        if any(m.end == li.end for m in same):
            continue        # the item ends in a suffix name that found a cleaner start
        # the item runs past the names inside it (中国电信某分公司电信枢纽楼): it is the name, they are embedded
        i = bisect_left(by_start, (li.start, -1))
        while i < len(by_start) and by_start[i][0] < li.end:
            key = by_start[i][1]
            if key in out and out[key].end <= li.end:
                del out[key]
            i += 1
        out[fresh] = li
        insort(by_start, (li.start, fresh))
        fresh += 1
    return sorted(out.values(), key=lambda m: m.start)


@cache
def _upper_divisions() -> re.Pattern[str]:
    """One regex of province and city names (full and short), built once."""
    names = [name for name, ds in lexicons.divisions().items()
             if len(name) >= 2 and any(d.level in ("province", "city") for d in ds)]
    return re.compile("|".join(map(re.escape, sorted(names, key=lambda n: (-len(n), n)))))


_BLOCKING_NEXT = set("区县市省委镇乡路街村")      # the name goes on: 郑州市委, 上海路


_STATE_ORGANS = frozenset(("议会", "国会", "内阁", "国民议会", "参议院", "众议院"))


def _state_organs(body: str, ms: list[Mention]) -> list[Mention]:
    """A foreign state written before an organ another recogniser named (某国国务院) or before 议会/内阁
    names one body: the organ is the state's, and the state stands inside its name (GUIDE). (The
    gazetteer joins a state to a dictionary organ itself, where jieba may run the organ into a title:
    某国财政部长.) China's own divisions keep their organs apart as the suffix recogniser found them."""
    places = {m.end: m for m in ms if m.type == "place" and m.start >= 0 and is_state(m.text)}
    if not places and "政府" not in body:
        return ms
    # 某国联邦某某局: the federation's organ is the state's
    places.update({e + 2: p for e, p in list(places.items()) if body.startswith("联邦", e) and e + 2 not in places})
    starts = {m.start for m in ms}
    for end, p in places.items():
        organ = next((o for o in sorted(_STATE_ORGANS, key=len, reverse=True) if body.startswith(o, end)), None)
        if organ and end not in starts:        # 议会, 内阁: an organ no recogniser names alone
            ms = ms + [Mention(organ, "body", end, end + len(organ), rule="body.state-organ")]
    out, joined = [], set()
    for m in ms:
        p = places.get(m.start) if m.type == "body" else None
        if m.type == "body" and p is None and body[m.start - 2:m.start] == "政府" and not m.text.startswith("政府"):
            # 某政府新闻局 after a state's short form: the government's own office, the state and 政府 in its name
            p = places.get(m.start - 2)
            if p is None and state_short_before(body, m.start - 2):
                out.append(Mention(body[m.start - 3:m.end], "body", m.start - 3, m.end, rule="body.state-organ"))
                continue
        if p is not None and not m.text.startswith(("驻", "政府")):
            out.append(Mention(body[p.start:m.end], "body", p.start, m.end, rule="body.state-organ"))
            joined.add(id(p))
        else:
            out.append(m)
    return [m for m in out if id(m) not in joined]


def _foreign_government(m: Mention) -> Mention:
    """A country's government (挪威政府) is written as the country: the place is what is named."""
    if m.type == "body" and m.text.endswith("政府") and is_known_place(m.text[:-2]):
        return Mention(m.text[:-2], "place", m.start, m.end - 2, rule="country")
    return m


def _division_chain(m: Mention) -> list[Mention]:
    """A place written as a chain of divisions (四川省阿坝藏族羌族自治州, 某省某县) names each of them."""
    if m.type != "place":
        return [m]
    divs, parts, i = lexicons.divisions(), [], 0
    while i < len(m.text):
        k = next((k for k in range(min(len(m.text), i + 12), i + 1, -1) if m.text[i:k] in divs
                  and any(d.name == m.text[i:k] for d in divs[m.text[i:k]])), None)
        if k is None:
            return [m]
        parts.append((i, k))
        i = k
    if len(parts) < 2:
        return [m]
    return [Mention(m.text[a:b], "place", m.start + a, m.start + b, rule="division-chain") for a, b in parts]


_PERSONS_DETERMINERS = frozenset(("各位", "诸位", "全体", "广大"))


# prepositions that address someone (向某某介绍, 为某某表演, 给某某): a city named by an everyday noun
# after them is that noun
_TO_SOMEONE = frozenset("向为给替让请陪")


def _division_mentions(body: str, taken: list[Mention], region: Region, toks: Tokens) -> list[Mention]:
    """Province and city names (上海, 郑州, 河南省) and the page's own district, also by its short name (金水);
    none that begins inside an everyday word (河源 of 黄河源) or begins an idiom (长治 of 长治久安)."""
    local = {region.district, lexicons.short_name(region.district)} if region.district else set()
    spans = sorted((m.start, m.end) for m in taken if m.start >= 0)
    starts = [a for a, _ in spans]
    out: list[Mention] = []

    def free(s: int, e: int) -> bool:
        i = bisect_right(starts, s) - 1
        for a, b in spans[max(0, i - 3): i + 4]:
            if a <= s < b or a < e <= b:
                return False
        return True

    found = [(m.start(), m.end(), m.group()) for m in _upper_divisions().finditer(body)]
    for name in sorted(local):
        i = body.find(name)
        while i >= 0:
            found.append((i, i + len(name), name))
            i = body.find(name, i + 1)
    quotes = quote_spans(body)
    quoted = SpanIndex(quotes)       # most names stand in no quotation: one bisection rules them out
    found = [f for f in found if quoted.reach(f[0], strict=True) <= f[1]
             or not any(a < f[0] and f[1] < b and (f[0] > a + 1 or f[1] < b - 1) for a, b in quotes)]
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    last_end = -1
    for s, e, text in found:
        if s < last_end or not free(s, e) or body[e:e + 1] in _BLOCKING_NEXT and not everyday_after(body, e):
            continue
        around = toks.word_around(s) if s else None
        if around and around[1] < s and word_freq(around[0]) >= 50:
            continue        # 黄河 + 源, 天山南北: the word began before the name
        ending = toks.word_around(e - 1)
        if ending and ending[2] > e and (word_tag(ending[0]) or "")[:1] in ("l", "i"):
            continue        # 长治久安: an idiom that begins with the name
        if body[max(0, s - 2):s] in _PERSONS_DETERMINERS and word_tag(text) not in ("ns", None):
            continue        # 各位来宾: a city named by an everyday word, here the word
        if body[s - 1:s] in _TO_SOMEONE and word_tag(text) == "n":
            continue        # 向来宾介绍, 为来宾表演: a preposition toward persons, then the everyday word
        last_end = e
        out.append(Mention(text, "place", s, e, rule="division"))
    return out


def _canonicaliser(raw: dict[int, list[Mention]], articles: list[Article], region: Region):
    """Canonical name of each mention: relative forms expanded; short forms linked to long forms."""
    # longest first, each with its characters: an abbreviation's or tail form's characters all occur
    # in the long name, so a set test rules most pairs out before the full checks
    def longest_first(names: set[str]) -> list[tuple[str, frozenset[str]]]:
        return [(n, frozenset(n)) for n in sorted(names, key=lambda b: (-len(b), b))]
    bodies = longest_first({canonical_body(m.text, region) for ms in raw.values() for m in ms if m.type == "body"})
    written_out = congress_forms([b for b, _ in bodies])
    projects = longest_first({m.text for ms in raw.values() for m in ms if m.type == "project"})
    places = _place_forms({m.text for ms in raw.values() for m in ms if m.type == "place"})
    memo: dict[tuple[str, str], str] = {}

    def canon(m: Mention) -> str:
        if m.type == "place":       # the text's own fullest form of the division, as written
            return places.get(m.text, m.text)
        if m.canonical:
            return m.canonical
        key = (m.type, m.text)
        if key not in memo:
            memo[key] = _canon(m)
        return memo[key]

    def _canon(m: Mention) -> str:
        if m.type == "project":
            chars = frozenset(m.text)
            return next((long for long, in_long in projects
                         if len(long) > len(m.text) + 1 and chars <= in_long and is_abbreviation(m.text, long)), m.text)
        if m.type != "body":
            return m.text
        c = canonical_body(m.text, region)
        long = written_out.get(congress_key(c))
        if long and long != c:
            return long         # 某区人大常委会 on a page that writes 某区第六届人民代表大会常务委员会
        chars = frozenset(c)
        return next((long for long, in_long in bodies if len(long) > len(c) + 1 and chars <= in_long
                     and (is_abbreviation(c, long) or is_tail_form(c, long))), c)
    return canon


_TOWN_LEVEL = re.compile(r"(?:镇|乡|街道|苏木)$")
# an organ written without 人民 (某区政府, 某县法院): the same as the one written with it
_PEOPLES = re.compile(r"(.+[省市区县旗州盟镇乡])(政府|法院|检察院)$")
_PEOPLES_ENDS = ("政府", "法院", "检察院")


def _with_peoples(ms: list[Mention]) -> list[Mention]:
    """某区政府 in an article that also writes 某区人民政府 is that body (法院, 检察院 likewise)."""
    names = {m.name for m in ms if m.type == "body"}
    out = []
    for m in ms:
        full = _PEOPLES.sub(r"\1人民\2", m.name, count=1) if m.type == "body" and m.name.endswith(_PEOPLES_ENDS) else m.name
        out.append(replace(m, canonical=full) if full != m.name and full in names else m)
    return out


def _town_shorts(mentions: dict[int, list[Mention]]) -> dict[str, str]:
    """A town's name without its level (某岭 of 某岭乡) on a page that names the town: the town, not a
    county of that short name nor a person."""
    towns = {m.text for ms in mentions.values() for m in ms if m.type == "place" and len(m.text) >= 3}
    out: dict[str, str] = {}
    for t in sorted(towns):
        lv = _TOWN_LEVEL.search(t)
        if lv and len(t) - len(lv.group()) >= 2:
            out.setdefault(t[:lv.start()], t)
    return out


def _place_forms(texts: set[str]) -> dict[str, str]:
    """The page's fullest form of each division it names in several (阿坝, 阿坝州 -> 阿坝藏族羌族自治州):
    forms of one division by the adcode table; a form of two (a prefecture's short name that a county shares) is
    the one the page's other forms name."""
    divs = lexicons.divisions()
    codes = {t: {d.code for d in divs.get(t, ())} for t in texts}
    sure = {next(iter(c)) for c in codes.values() if len(c) == 1}
    groups: dict[str, list[str]] = {}
    for t, c in sorted(codes.items()):
        c = c if len(c) == 1 else c & sure
        if len(c) == 1:
            groups.setdefault(next(iter(c)), []).append(t)
    return {t: max(ts, key=lambda x: (len(x), x)) for ts in groups.values() if len(ts) > 1 for t in ts}


def _short_form_mentions(a: Article, ms: list[Mention]) -> list[Mention]:
    """Short forms of the article's long body names that no suffix found (中建七局)."""
    out: list[Mention] = []
    covered = [(m.start, m.end) for m in ms if m.start >= 0]
    longs = sorted({m.name for m in ms if m.type == "body" and len(m.name) >= 8})
    for long in longs:
        for form, pos in find_short_forms(a.body, long, covered):
            out.append(Mention(form, "body", pos, pos + len(form), canonical=long, rule="short-form"))
            covered.append((pos, pos + len(form)))
    return out


def _resolver(ms: list[Mention]):
    """Map a canonical org to the fuller form the article uses (金水区纪委 -> 金水区纪委监委, 洛机所 -> …)."""
    bodies = sorted({m.name for m in ms if m.type == "body"}, key=lambda b: (-len(b), b))
    chars = [frozenset(b) for b in bodies]
    by_surface = {m.text: m.name for m in ms if m.type == "body"}

    written_out = congress_forms(bodies)

    def resolve(org: str) -> str:
        if org in by_surface:
            return by_surface[org]
        if congress_key(org) in written_out:
            return written_out[congress_key(org)]
        if org.endswith(("纪委", "监委")):      # 纪委 and 监委 sit together: 金水区纪委 is 金水区纪委监委
            for b in bodies:
                if b != org and b.startswith(org) and b[len(org):] in ("监委", "纪委监委"):
                    return b
        mine = frozenset(org)
        for b, in_b in zip(bodies, chars):
            if mine <= in_b and is_abbreviation(org, b):
                return b
        return org
    return resolve


_FOLLOWING_ROLE = re.compile(r"^(?:副|常务副)|^(?:秘书长|委员|成员)$")
# a firm's officers listed after one of them (某公司总顾问甲、董事长乙): each is the firm's
_FIRM_ROLE = re.compile(r"^(?:副|常务副|执行)?(?:董事长|董事|总经理|经理|总裁|监事长|监事会主席|总监|总工程师|总经济师|总会计师)$")
_FIRM_END = re.compile(r"(?:公司|集团|银行|股份|厂)$")


def _inherit_orgs(a: Article, posts: list[PostMention]) -> list[PostMention]:
    """主任甲主持，副主任乙、丙，秘书长丁出席: titles without a body that follow a leader's in the same
    sentence belong to the leader's body; a firm's officers (董事长, 总经理) after one of its own, to the firm."""
    out: list[PostMention] = []
    for p in posts:
        organ = p.title[: len(p.title) - len(p.role)] if p.title.endswith(p.role) else ""
        bare = organ in BARE_ORGANS     # 镇党委书记甲、党委副书记乙: the 党委 is the one just named
        firm = p.title == p.role and _FIRM_ROLE.search(p.role)
        if p.org is None and p.start >= 0 and (p.title == p.role and _FOLLOWING_ROLE.search(p.role) or bare or firm):
            si = a.sentence_of(p.start)
            prev = [q for q in out if q.org and q.start >= 0 and q.start < p.start and a.sentence_of(q.start) == si
                    and p.start - q.end <= 60 and (not bare or q.org.endswith(organ))
                    and (not firm or _FIRM_END.search(q.org))]
            if prev:
                p = replace(p, org=prev[-1].org)
        out.append(p)
    return out


def _add_title_bodies(a: Article, titled: list[Titled], ms: list[Mention], region: Region, resolve) -> list[Mention]:
    """Bodies written inside titles (区委 in 区委副书记, 统战部 in 统战部长) are entities too."""
    out = list(ms)
    # where a recogniser named a body ending where a title's prefix ends, its start wins: the prefix
    # may have run back over the clause (还有某某集团总裁, 应国务院邀请)
    # (中共某某省委书记, two bodies the prefix chains, keeps its own)
    ends = {m.end: m.start for m in ms if m.type == "body" and m.start >= 0}
    chained = {m.end for m in ms}
    ends = {e: s for e, s in ends.items() if s not in chained}
    shared = {(m.start, m.end) for m in ms if m.rule.startswith("distributed")}     # 某市政府驻甲、乙办事处
    for t in titled:
        prev = None
        for it in t.items:
            org, written = item_org(it, region, prev, resolve)
            if org:
                prev = org
            if not (org and written and is_body_name(org)):
                continue
            surface = it.prefix
            if it.role.endswith("部长") and not surface.endswith("部"):
                surface += "部"
            surface = head_organ(surface, it.role)
            if surface in BARE_ORGANS and org == surface:
                continue        # an organ with no place named is no entity
            start = it.start
            if ends.get(start + len(it.prefix), it.start) != it.start or (start, start + len(it.prefix)) in shared:
                continue    # (or a longer name ending there holds the prefix: 驻某国大使馆 + 参赞)
            out.append(Mention(surface, "body", start, start + len(it.prefix), canonical=resolve(org), rule="title-org"))
    return out


def _entities(ms: list[Mention]) -> list[Entity]:
    """One entity per (type, canonical name) in the article, with the other surfaces as aliases."""
    names: dict[tuple[str, str], list[str]] = {}
    order: list[tuple[str, str]] = []
    for m in ms:
        key = (m.type, m.name)
        if key not in names:
            names[key] = []
            order.append(key)
        if m.text != m.name and m.text not in names[key]:
            names[key].append(m.text)
    return [Entity(t, n, tuple(al)) for t, n in order for al in [names[(t, n)]]]  # type: ignore[arg-type]
