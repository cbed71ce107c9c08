"""Corpus -> rdflib Graph on the kg ontology; Turtle out; SPARQL in.

IRIs are minted from names (readable, percent-encoded where a character is not safe), so the same
input gives the same graph on any machine; no blank nodes, so the Turtle is byte-stable.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef

from . import lexicons
from .corpus import Corpus, entity_key
from .model import Article, PageResult
from .ontology import DCTERMS, FOAF, ID, KG, ORG, PROV, SCHEMA, SKOS, TIME

__all__ = ["mint", "to_graph", "triples", "triple_families", "serialize", "serialize_families", "date_literal",
           "load_graph"]

_TYPES = {
    "person": (SCHEMA.Person, FOAF.Person),
    "body": (ORG.Organization, SCHEMA.Organization),
    "place": (SCHEMA.Place,),
    "project": (KG.Project,),
}
_EVENT_CLASS = {"meeting": KG.Meeting, "inspection": KG.Inspection, "visit": KG.Visit,
                "signing": KG.Signing, "training": KG.Training}

class T:
    """Vocabulary terms looked up once: DefinedNamespace attribute access is slow in hot loops."""

    SCHEMA_location = SCHEMA.location
    DCTERMS_date = DCTERMS.date
    DCTERMS_source = DCTERMS.source
    FOAF_Person = FOAF.Person
    KG_AdministrativeDivision = KG.AdministrativeDivision
    KG_Cooccurrence = KG.Cooccurrence
    KG_Inspection = KG.Inspection
    KG_Meeting = KG.Meeting
    KG_Participation = KG.Participation
    KG_PostEvidence = KG.PostEvidence
    KG_Project = KG.Project
    KG_Role = KG.Role
    KG_Sentence = KG.Sentence
    KG_Signing = KG.Signing
    KG_Training = KG.Training
    KG_Visit = KG.Visit
    KG_agent = KG.agent
    KG_between = KG.between
    KG_correspondent = KG.correspondent
    KG_dateUnknown = KG.dateUnknown
    KG_district = KG.district
    KG_earliest = KG.earliest
    KG_endOffset = KG.endOffset
    KG_eventDate = KG.eventDate
    KG_evidence = KG.evidence
    KG_firstWords = KG.firstWords
    KG_holder = KG.holder
    KG_latest = KG.latest
    KG_membershipPost = KG.membershipPost
    KG_mentionCount = KG.mentionCount
    KG_object = KG.object
    KG_orgUnknown = KG.orgUnknown
    KG_part = KG.part
    KG_participation = KG.participation
    KG_position = KG.position
    KG_post = KG.post
    KG_startOffset = KG.startOffset
    KG_titleAsWritten = KG.titleAsWritten
    KG_verb = KG.verb
    KG_weight = KG.weight
    ORG_Membership = ORG.Membership
    ORG_Organization = ORG.Organization
    ORG_Post = ORG.Post
    ORG_heldBy = ORG.heldBy
    ORG_holds = ORG.holds
    ORG_member = ORG.member
    ORG_memberDuring = ORG.memberDuring
    ORG_organization = ORG.organization
    ORG_postIn = ORG.postIn
    ORG_role = ORG.role
    ORG_subOrganizationOf = ORG.subOrganizationOf
    PROV_hadPrimarySource = PROV.hadPrimarySource
    PROV_wasDerivedFrom = PROV.wasDerivedFrom
    RDF_type = RDF.type
    RDFS_label = RDFS.label
    SCHEMA_Event = SCHEMA.Event
    SCHEMA_NewsArticle = SCHEMA.NewsArticle
    SCHEMA_Organization = SCHEMA.Organization
    SCHEMA_Person = SCHEMA.Person
    SCHEMA_Place = SCHEMA.Place
    SCHEMA_alternativeHeadline = SCHEMA.alternativeHeadline
    SCHEMA_author = SCHEMA.author
    SCHEMA_containedInPlace = SCHEMA.containedInPlace
    SCHEMA_headline = SCHEMA.headline
    SCHEMA_isPartOf = SCHEMA.isPartOf
    SCHEMA_mentions = SCHEMA.mentions
    SCHEMA_name = SCHEMA.name
    SCHEMA_startDate = SCHEMA.startDate
    SCHEMA_text = SCHEMA.text
    SKOS_altLabel = SKOS.altLabel
    SKOS_prefLabel = SKOS.prefLabel
    TIME_Instant = TIME.Instant
    TIME_Interval = TIME.Interval
    TIME_hasBeginning = TIME.hasBeginning
    TIME_hasEnd = TIME.hasEnd
    TIME_inXSDDate = TIME.inXSDDate
    XSD_boolean = XSD.boolean
    XSD_date = XSD.date
    XSD_gMonthDay = XSD.gMonthDay
    XSD_integer = XSD.integer
    XSD_string = XSD.string


@lru_cache(maxsize=1 << 16)
def _seg(part: str) -> str:
    out = []
    for ch in part:
        if (ch.isalnum() and ord(ch) > 32 and ch.isprintable() and not (0xE000 <= ord(ch) <= 0xF8FF)) or ch in "-._~":
            out.append(ch)
        else:
            out.extend(f"%{b:02X}" for b in ch.encode("utf-8", "surrogatepass"))
    return "".join(out) or "_"


@lru_cache(maxsize=1 << 18)
def mint(kind: str, *parts: str) -> URIRef:
    """A stable, readable IRI for anything in the graph, safe for any text.

    Examples
    --------
    >>> str(mint("org", "金水区委"))
    'https://w3id.org/kg-news/id/org/金水区委'
    >>> str(mint("person", "金水区", "<a b>"))
    'https://w3id.org/kg-news/id/person/金水区/%3Ca%20b%3E'
    """
    return URIRef(str(ID) + "/".join([kind] + [_seg(p) for p in parts]))


def _entity_iri(key: str) -> URIRef:
    t, _, rest = key.partition(":")
    if t == "person":
        district, _, name = rest.partition(":")
        return mint("person", district, name)
    return mint({"body": "org", "place": "place", "project": "project"}[t], rest)


def date_literal(date: str) -> Literal:
    """xsd:date for YYYY-MM-DD, xsd:gMonthDay for --MM-DD (a day with no year on the page)."""
    if date.startswith("--"):
        return Literal(date, datatype=T.XSD_gMonthDay)
    return Literal(date, datatype=T.XSD_date)


@lru_cache(maxsize=1 << 16)
def _stem(source: str) -> str:
    return Path(source).stem


def _article_iri(p: PageResult, a: Article) -> URIRef:
    return mint("article", _stem(p.source), str(a.index))


def _sentence_iri(p: PageResult, a: Article, i: int) -> URIRef:
    return mint("article", _stem(p.source), str(a.index), f"s{i}")


def _bind(g: Graph) -> None:
    g.bind("kg", KG._NS)
    g.bind("id", ID)
    for prefix, ns in (("schema", SCHEMA), ("org", ORG), ("prov", PROV), ("time", TIME), ("foaf", FOAF),
                       ("skos", SKOS), ("dcterms", DCTERMS)):
        g.bind(prefix, ns, override=True)


def to_graph(corpus: Corpus, min_weight: int = 1) -> Graph:
    """The knowledge graph of a corpus as an rdflib Graph (see ``triples``)."""
    g = Graph()
    _bind(g)
    g.addN((s, p, o, g) for s, p, o in triples(corpus, min_weight))
    return g


def triples(corpus: Corpus, min_weight: int = 1) -> list[tuple]:
    """The knowledge graph of a corpus as one list of rdflib-term triples (see ``triple_families``)."""
    out: set[tuple] = set()
    for family in triple_families(corpus, min_weight):
        out |= family
    return list(out)


def triple_families(corpus: Corpus, min_weight: int = 1) -> Iterator[set[tuple]]:
    """The knowledge graph of a corpus: entities, articles, sentences, posts over time, events,
    body and place structure, co-occurrence; every assertion traceable to its sentence.

    Yielded family by family (entities; articles and events; posts; co-occurrence; structure;
    sentences), each a set of rdflib-term triples, no triple in two families, so a large corpus is
    written one family at a time without an indexed in-memory graph."""
    out: set[tuple] = set()
    add = out.add
    # entities
    for key, rec in corpus.entities.items():
        s = _entity_iri(key)
        for c in _TYPES[rec.type]:
            add((s, T.RDF_type, c))
        add((s, T.RDFS_label, Literal(rec.name)))
        add((s, T.SCHEMA_name, Literal(rec.name)))
        for al in sorted(rec.aliases):
            add((s, T.SKOS_altLabel, Literal(al)))
        add((s, T.KG_mentionCount, Literal(len(set(rec.articles)))))
        if rec.type == "place" and _is_division(rec.name):
            add((s, T.RDF_type, T.KG_AdministrativeDivision))
    yield out
    out = set()
    add = out.add
    # articles and events
    used_sentences: set[tuple[str, int, int]] = set()
    evidence: dict[tuple[str, str, str, str], list[tuple[str | None, URIRef, URIRef, str]]] = defaultdict(list)
    for p, a in corpus.articles():
        art = _article_iri(p, a)
        add((art, T.RDF_type, T.SCHEMA_NewsArticle))
        add((art, T.RDFS_label, Literal(a.title or a.first_words)))
        if a.title:
            add((art, T.SCHEMA_headline, Literal(a.title)))
        if a.subtitle:
            add((art, T.SCHEMA_alternativeHeadline, Literal(a.subtitle)))
        add((art, T.KG_firstWords, Literal(a.first_words)))
        add((art, T.KG_position, Literal(a.index)))
        add((art, T.DCTERMS_source, Literal(p.source)))
        if p.region.district:
            add((art, T.KG_district, Literal(p.region.district)))
        if a.date:
            add((art, T.KG_eventDate, date_literal(a.date)))
        else:
            add((art, T.KG_dateUnknown, Literal(True)))
        for n in a.reporters:
            add((art, T.SCHEMA_author, _entity_iri(entity_key("person", n, p.region.district))))
        for n in a.correspondents:
            add((art, T.KG_correspondent, _entity_iri(entity_key("person", n, p.region.district))))
        for e in a.entities:
            add((art, T.SCHEMA_mentions, _entity_iri(entity_key(e.type, e.name, p.region.district))))
        # posts: evidence per (person, org, role, title)
        for post in a.posts:
            si = a.sentence_of(post.start) if post.start >= 0 else None
            sent = _sentence_iri(p, a, si) if si is not None else art
            if si is not None:
                used_sentences.add((p.source, a.index, si))
            pk = entity_key("person", post.person, p.region.district)
            evidence[(pk, post.org or "", post.role, post.title)].append((a.date, sent, art, f"{p.source}#{a.index}"))
        # events
        for k, act in enumerate(a.actions):
            ev = mint("event", _stem(p.source), str(a.index), str(k))
            add((ev, T.RDF_type, T.SCHEMA_Event))
            add((ev, T.RDF_type, _EVENT_CLASS.get(act.kind, T.SCHEMA_Event)))
            add((ev, T.RDFS_label, Literal(f"{act.verb}: {a.sentence_text(act.sentence)[:40]}")))
            add((ev, T.KG_verb, Literal(act.verb)))
            if a.date:
                add((ev, T.SCHEMA_startDate, date_literal(a.date)))
            sent = _sentence_iri(p, a, act.sentence)
            used_sentences.add((p.source, a.index, act.sentence))
            add((ev, T.PROV_wasDerivedFrom, sent))
            add((ev, T.PROV_hadPrimarySource, art))
            for part in act.participants:
                pi = mint("participation", _stem(p.source), str(a.index), str(k), part.person)
                add((ev, T.KG_participation, pi))
                add((pi, T.RDF_type, T.KG_Participation))
                add((pi, T.KG_agent, _entity_iri(entity_key("person", part.person, p.region.district))))
                add((pi, T.KG_part, Literal(part.part)))
            if act.place:
                pk_ = entity_key("place", act.place, None)
                if pk_ in corpus.entities:
                    add((ev, T.SCHEMA_location, _entity_iri(pk_)))
            for obj in act.objects:
                ok = _object_key(corpus, obj)
                if ok:
                    add((ev, T.KG_object, _entity_iri(ok)))
    yield out
    texts = {(p.source, a.index): (p, a) for p, a in corpus.articles()}
    for step in (lambda a: _posts(a, corpus, evidence), lambda a: _cooccurrence(a, corpus, texts, min_weight, used_sentences),
                 lambda a: _structure(a, corpus)):
        out = set()
        step(out.add)
        yield out
    out = set()
    add = out.add
    # sentences used as evidence
    for src, ai, si in sorted(used_sentences):
        p, a = texts[(src, ai)]
        s = _sentence_iri(p, a, si)
        sent = a.sentences[si]
        add((s, T.RDF_type, T.KG_Sentence))
        add((s, T.SCHEMA_text, Literal(a.body[sent.start:sent.end])))
        add((s, T.KG_startOffset, Literal(sent.start)))
        add((s, T.KG_endOffset, Literal(sent.end)))
        add((s, T.KG_position, Literal(si)))
        add((s, T.SCHEMA_isPartOf, _article_iri(p, a)))
    yield out


def _object_key(corpus: Corpus, name: str) -> str | None:
    for t in ("project", "body", "place"):
        k = entity_key(t, name, None)
        if k in corpus.entities:
            return k
    return None


def _is_division(name: str) -> bool:
    return name in lexicons.divisions() or bool(re.search(r"(?:镇|乡|街道|社区|村)$", name))


def _sort_date(d: str | None) -> str:
    if not d:
        return "9999"
    return d if not d.startswith("--") else "0000" + d[1:]


def _posts(add, corpus: Corpus, evidence) -> None:
    """org:Post per (body, role); org:Membership per (person, post) with dated evidence and a tenure."""
    tenures: dict[tuple[str, str, str], list] = defaultdict(list)
    for (pk, org, role, title), evs in sorted(evidence.items()):
        post = mint("post", org or "-", role)
        add((post, T.RDF_type, T.ORG_Post))
        add((post, T.RDFS_label, Literal(f"{org}{role}" if org else role)))
        role_iri = mint("role", role)
        add((role_iri, T.RDF_type, T.KG_Role))
        add((role_iri, T.SKOS_prefLabel, Literal(role)))
        add((post, T.ORG_role, role_iri))
        person = _entity_iri(pk)
        if org:
            ok = _org_key(corpus, org)
            add((post, T.ORG_postIn, _entity_iri(ok)))
        else:
            add((post, T.KG_orgUnknown, Literal(True)))
        add((person, T.ORG_holds, post))
        add((post, T.ORG_heldBy, person))
        for date, sent, art, tag in evs:
            e = mint("evidence", pk.split(":", 2)[-1], org or "-", role, tag)
            add((e, T.RDF_type, T.KG_PostEvidence))
            add((e, T.KG_post, post))
            add((e, T.KG_holder, person))
            add((e, T.KG_titleAsWritten, Literal(title)))
            if date:
                add((e, T.DCTERMS_date, date_literal(date)))
            add((e, T.PROV_wasDerivedFrom, sent))
            add((e, T.PROV_hadPrimarySource, art))
            tenures[(pk, org, role)].append((date, e))
    for (pk, org, role), evs in sorted(tenures.items()):
        m = mint("tenure", pk.split(":", 1)[-1], org or "-", role)
        post = mint("post", org or "-", role)
        add((m, T.RDF_type, T.ORG_Membership))
        add((m, T.ORG_member, _entity_iri(pk)))
        add((m, T.KG_membershipPost, post))
        add((m, T.ORG_role, mint("role", role)))
        if org:
            add((m, T.ORG_organization, _entity_iri(_org_key(corpus, org))))
        for _, e in evs:
            add((m, T.KG_evidence, e))
        # a tenure spans the dated evidence; day-only dates (--MM-DD) count only when no full date exists
        full = [d for d, _ in evs if d and not d.startswith("--")]
        dated = sorted(full or [d for d, _ in evs if d], key=_sort_date)
        if dated:
            first, last = dated[0], dated[-1]
            add((m, T.KG_earliest, date_literal(first)))
            add((m, T.KG_latest, date_literal(last)))
            interval = mint("interval", pk.split(":", 1)[-1], org or "-", role)
            add((m, T.ORG_memberDuring, interval))
            add((interval, T.RDF_type, T.TIME_Interval))
            for prop, d in ((T.TIME_hasBeginning, first), (T.TIME_hasEnd, last)):
                inst = mint("instant", d)
                add((interval, prop, inst))
                add((inst, T.RDF_type, T.TIME_Instant))
                if not d.startswith("--"):
                    add((inst, T.TIME_inXSDDate, date_literal(d)))
                else:
                    add((inst, T.RDFS_label, Literal(d)))


def _org_key(corpus: Corpus, org: str) -> str:
    for t in ("body", "place"):
        k = entity_key(t, org, None)
        if k in corpus.entities:
            return k
    return entity_key("body", org, None)


def _cooccurrence(add, corpus: Corpus, texts: dict, min_weight: int, used: set[tuple[str, int, int]]) -> None:
    for (x, y), sents in sorted(corpus.pairs.items()):
        if len(sents) < min_weight or x not in corpus.entities or y not in corpus.entities:
            continue
        c = mint("cooccurrence", hashlib.sha1(f"{x}|{y}".encode()).hexdigest()[:16])
        add((c, T.RDF_type, T.KG_Cooccurrence))
        add((c, T.KG_between, _entity_iri(x)))
        add((c, T.KG_between, _entity_iri(y)))
        add((c, T.KG_weight, Literal(len(sents))))
        for src, ai, si in sorted(set(sents)):
            p, a = texts[(src, ai)]
            add((c, T.PROV_wasDerivedFrom, _sentence_iri(p, a, si)))
            used.add((src, ai, si))


_GOV_BUREAU = re.compile(r"^(.+?[区县市])(?!委)(.+?(?:局|办|中心))$")


def _structure(add, corpus: Corpus) -> None:
    """Bodies within bodies (金水区委统战部 ⊂ 金水区委; 金水区应急局 ⊂ 金水区政府) and places within
    places (黄泥镇 ⊂ 金水区 ⊂ 郑州市 ⊂ 河南省), as far as names and the pages' regions tell."""
    bodies = {r.name for r in corpus.entities.values() if r.type == "body"}
    parents = {b for b in bodies if len(b) >= 3 and b.endswith(("委", "政府", "党组"))}
    for name in sorted(bodies):
        # the longest committee, government or party group whose name this body's name extends
        parent = next((name[:k] for k in range(len(name) - 1, 2, -1) if name[:k] in parents), None)
        if parent is None:
            m = _GOV_BUREAU.match(name)
            if m and m.group(1) in lexicons.divisions():
                parent = m.group(1) + "政府"
                if entity_key("body", parent, None) not in corpus.entities:
                    parent = None
        if parent:
            add((_entity_iri(entity_key("body", name, None)), T.ORG_subOrganizationOf,
                 _entity_iri(entity_key("body", parent, None))))
    places = {r.name for r in corpus.entities.values() if r.type == "place"}
    regions = {p.region for p in corpus.pages}
    for region in sorted(regions, key=lambda r: (r.district or "", r.city or "", r.province or "")):
        chain = [x for x in (region.district, region.city, region.province) if x]
        for child, parent in zip(chain, chain[1:]):
            _place(add, child, parent, places)
    by_district: dict[str, set[str]] = defaultdict(set)
    for p in corpus.pages:
        if p.region.district:
            for a in p.articles:
                for e in a.entities:
                    if e.type == "place" and re.search(r"(?:镇|乡|街道)$", e.name):
                        by_district[p.region.district].add(e.name)
    for d, towns in sorted(by_district.items()):
        for t in sorted(towns):
            _place(add, t, d, places)


def _place(add, child: str, parent: str, places: set[str]) -> None:
    c, p = mint("place", child), mint("place", parent)
    for iri, name in ((c, child), (p, parent)):
        if name not in places:
            add((iri, T.RDF_type, T.SCHEMA_Place))
            add((iri, T.RDF_type, T.KG_AdministrativeDivision))
            add((iri, T.RDFS_label, Literal(name)))
            add((iri, T.SCHEMA_name, Literal(name)))
    add((c, T.SCHEMA_containedInPlace, p))


_TYPE = RDF.type
_TYPE_STR = str(RDF.type)
PREFIXES = {
    "kg": str(KG._NS), "schema": str(SCHEMA), "org": str(ORG), "prov": str(PROV), "time": str(TIME),
    "foaf": str(FOAF), "skos": str(SKOS), "dcterms": str(DCTERMS), "rdfs": str(RDFS), "xsd": str(XSD),
}
_LOCAL = re.compile(r"^[A-Za-z_][A-Za-z0-9_\-]*$")
_ESC = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_NEEDS_ESC = re.compile(r'[\\"\x00-\x1f\x7f\ud800-\udfff\ufffe\uffff]')


def _iri(u: str) -> str:
    for prefix, ns in PREFIXES.items():
        if u.startswith(ns) and _LOCAL.match(u[len(ns):]):
            return f"{prefix}:{u[len(ns):]}"
    if u == _TYPE_STR:
        return "a"
    return f"<{u}>"


def _string(s: str) -> str:
    if not _NEEDS_ESC.search(s):
        return f'"{s}"'
    out = []
    for ch in s:
        if ch in _ESC:
            out.append(_ESC[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        elif 0xD800 <= ord(ch) <= 0xDFFF or ch in "\ufffe\uffff":
            out.append("\\uFFFD")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


_IRI_CACHE: dict[str, str] = {}
_LIT_CACHE: dict[tuple[str, str, str], str] = {}


def _cached(cache: dict, key, render, term) -> str:
    hit = cache.get(key)
    if hit is None:
        hit = render(term)
        if len(cache) < 2_000_000:
            cache[key] = hit
    return hit


def _term(t) -> str:
    """Turtle text of a term; cached on plain strings (rdflib's own hashing is slow in bulk)."""
    if isinstance(t, URIRef):
        return _cached(_IRI_CACHE, str(t), _iri, str(t))
    if isinstance(t, Literal):
        return _cached(_LIT_CACHE, (str(t), str(t.datatype or ""), t.language or ""), _literal, t)
    raise TypeError(f"no blank nodes in kg graphs: {t!r}")


def _literal(t: Literal) -> str:
    dt = t.datatype
    if dt == XSD.integer:
        return str(t)
    if dt == XSD.boolean:
        return "true" if t.value else "false"
    lex = _string(str(t))
    if t.language:
        return f"{lex}@{t.language}"
    if dt is not None and dt != XSD.string:
        return f"{lex}^^{_iri(str(dt))}"
    return lex


def serialize(data) -> str:
    """Turtle with readable prefixes, sorted by subject, predicate and object: byte-stable.

    Accepts the list from ``triples`` or any rdflib Graph; writing is a single pass over sorted
    triples, so a corpus of millions of triples is written in seconds.
    """
    return turtle_header() + turtle_body(data)


def serialize_families(families) -> Iterator[str]:
    """Turtle in chunks, one per family of ``triple_families``: nothing holds the whole text."""
    yield turtle_header()
    for family in families:
        yield turtle_body(family)


def turtle_header() -> str:
    return "\n".join(f"@prefix {k}: <{v}> ." for k, v in sorted(PREFIXES.items())) + "\n\n"


def turtle_body(data) -> str:
    """Subject blocks of ``data``, sorted."""
    type_str = _TYPE_STR
    rows = []
    for s, p, o in data:
        ps = str(p)
        rows.append((str(s), "" if ps == type_str else ps, _term(o), _term(p), s))
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    lines: list[str] = []
    cur = None
    buf: list[str] = []
    last_p = None
    subj = ""
    for skey, _, o, p, s in rows:
        if skey != cur:
            if buf:
                lines.append(" ;\n".join(buf) + " .\n\n")
            buf = []
            cur = skey
            subj = _term(s)
            last_p = None
        if p == last_p:
            buf[-1] += f" ,\n        {o}"
        else:
            buf.append((f"{subj} {p} {o}" if not buf else f"    {p} {o}"))
            last_p = p
    if buf:
        lines.append(" ;\n".join(buf) + " .\n\n")
    return "".join(lines)


def load_graph(path: str | Path) -> Graph:
    g = Graph()
    _bind(g)
    g.parse(str(path), format="turtle")
    return g
