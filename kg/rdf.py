"""Corpus -> rdflib Graph on the kg ontology; Turtle out; SPARQL in.

IRIs are minted from names (readable, percent-encoded where a character is not safe), so the same
input gives the same graph on any machine; no blank nodes, so the Turtle is byte-stable.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from pathlib import Path

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef

from . import lexicons
from .corpus import Corpus, entity_key
from .model import Article, PageResult
from .ontology import DCTERMS, FOAF, ID, KG, ORG, PROV, SCHEMA, SKOS, TIME

__all__ = ["mint", "to_graph", "serialize", "date_literal", "load_graph"]

_TYPES = {
    "person": (SCHEMA.Person, FOAF.Person),
    "body": (ORG.Organization, SCHEMA.Organization),
    "place": (SCHEMA.Place,),
    "project": (KG.Project,),
}
_EVENT_CLASS = {"meeting": KG.Meeting, "inspection": KG.Inspection, "visit": KG.Visit,
                "signing": KG.Signing, "training": KG.Training}


def _seg(part: str) -> str:
    out = []
    for ch in part:
        if (ch.isalnum() and ord(ch) > 32 and ch.isprintable() and not (0xE000 <= ord(ch) <= 0xF8FF)) or ch in "-._~":
            out.append(ch)
        else:
            out.extend(f"%{b:02X}" for b in ch.encode("utf-8", "surrogatepass"))
    return "".join(out) or "_"


def mint(kind: str, *parts: str) -> URIRef:
    """A stable, readable IRI for anything in the graph, safe for any text.

    Examples
    --------
    >>> str(mint("org", "二七区委"))
    'https://w3id.org/kg-news/id/org/二七区委'
    >>> str(mint("person", "二七区", "<a b>"))
    'https://w3id.org/kg-news/id/person/二七区/%3Ca%20b%3E'
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
        return Literal(date, datatype=XSD.gMonthDay)
    return Literal(date, datatype=XSD.date)


def _article_iri(p: PageResult, a: Article) -> URIRef:
    return mint("article", Path(p.source).stem, str(a.index))


def _sentence_iri(p: PageResult, a: Article, i: int) -> URIRef:
    return mint("article", Path(p.source).stem, str(a.index), f"s{i}")


def _bind(g: Graph) -> None:
    g.bind("kg", KG._NS)
    g.bind("id", ID)
    for prefix, ns in (("schema", SCHEMA), ("org", ORG), ("prov", PROV), ("time", TIME), ("foaf", FOAF),
                       ("skos", SKOS), ("dcterms", DCTERMS)):
        g.bind(prefix, ns, override=True)


def to_graph(corpus: Corpus, min_weight: int = 1) -> Graph:
    """The knowledge graph of a corpus: entities, articles, sentences, posts over time, events,
    body and place structure, co-occurrence; every assertion traceable to its sentence."""
    g = Graph()
    _bind(g)
    add = g.add
    # entities
    for key, rec in corpus.entities.items():
        s = _entity_iri(key)
        for c in _TYPES[rec.type]:
            add((s, RDF.type, c))
        add((s, RDFS.label, Literal(rec.name)))
        add((s, SCHEMA.name, Literal(rec.name)))
        for al in sorted(rec.aliases):
            add((s, SKOS.altLabel, Literal(al)))
        add((s, KG.mentionCount, Literal(len(set(rec.articles)))))
        if rec.type == "place" and _is_division(rec.name):
            add((s, RDF.type, KG.AdministrativeDivision))
    # articles and sentences
    used_sentences: set[tuple[str, int, int]] = set()
    evidence: dict[tuple[str, str, str, str], list[tuple[str | None, URIRef, URIRef, str]]] = defaultdict(list)
    for p, a in corpus.articles():
        art = _article_iri(p, a)
        add((art, RDF.type, SCHEMA.NewsArticle))
        add((art, RDFS.label, Literal(a.title or a.first_words)))
        if a.title:
            add((art, SCHEMA.headline, Literal(a.title)))
        if a.subtitle:
            add((art, SCHEMA.alternativeHeadline, Literal(a.subtitle)))
        add((art, KG.firstWords, Literal(a.first_words)))
        add((art, KG.position, Literal(a.index)))
        add((art, DCTERMS.source, Literal(p.source)))
        if p.region.district:
            add((art, KG.district, Literal(p.region.district)))
        if a.date:
            add((art, KG.eventDate, date_literal(a.date)))
        else:
            add((art, KG.dateUnknown, Literal(True)))
        for n in a.reporters:
            add((art, SCHEMA.author, _entity_iri(entity_key("person", n, p.region.district))))
        for n in a.correspondents:
            add((art, KG.correspondent, _entity_iri(entity_key("person", n, p.region.district))))
        for e in a.entities:
            add((art, SCHEMA.mentions, _entity_iri(entity_key(e.type, e.name, p.region.district))))
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
            ev = mint("event", Path(p.source).stem, str(a.index), str(k))
            add((ev, RDF.type, SCHEMA.Event))
            add((ev, RDF.type, _EVENT_CLASS.get(act.kind, SCHEMA.Event)))
            add((ev, RDFS.label, Literal(f"{act.verb}: {a.sentence_text(act.sentence)[:40]}")))
            add((ev, KG.verb, Literal(act.verb)))
            if a.date:
                add((ev, SCHEMA.startDate, date_literal(a.date)))
            sent = _sentence_iri(p, a, act.sentence)
            used_sentences.add((p.source, a.index, act.sentence))
            add((ev, PROV.wasDerivedFrom, sent))
            add((ev, PROV.hadPrimarySource, art))
            for part in act.participants:
                pi = mint("participation", Path(p.source).stem, str(a.index), str(k), part.person)
                add((ev, KG.participation, pi))
                add((pi, RDF.type, KG.Participation))
                add((pi, KG.agent, _entity_iri(entity_key("person", part.person, p.region.district))))
                add((pi, KG.part, Literal(part.part)))
            for obj in act.objects:
                ok = _object_key(corpus, obj)
                if ok:
                    add((ev, KG.object, _entity_iri(ok)))
    _posts(g, corpus, evidence)
    _cooccurrence(g, corpus, min_weight, used_sentences)
    _structure(g, corpus)
    # sentences used as evidence
    texts = {(p.source, a.index): (p, a) for p, a in corpus.articles()}
    for src, ai, si in sorted(used_sentences):
        p, a = texts[(src, ai)]
        s = _sentence_iri(p, a, si)
        sent = a.sentences[si]
        add((s, RDF.type, KG.Sentence))
        add((s, SCHEMA.text, Literal(a.body[sent.start:sent.end])))
        add((s, KG.startOffset, Literal(sent.start)))
        add((s, KG.endOffset, Literal(sent.end)))
        add((s, KG.position, Literal(si)))
        add((s, SCHEMA.isPartOf, _article_iri(p, a)))
    return g


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


def _posts(g: Graph, corpus: Corpus, evidence) -> None:
    """org:Post per (body, role); org:Membership per (person, post) with dated evidence and a tenure."""
    add = g.add
    tenures: dict[tuple[str, str, str], list] = defaultdict(list)
    for (pk, org, role, title), evs in sorted(evidence.items()):
        post = mint("post", org or "-", role)
        add((post, RDF.type, ORG.Post))
        add((post, RDFS.label, Literal(f"{org}{role}" if org else role)))
        role_iri = mint("role", role)
        add((role_iri, RDF.type, KG.Role))
        add((role_iri, SKOS.prefLabel, Literal(role)))
        add((post, ORG.role, role_iri))
        person = _entity_iri(pk)
        if org:
            ok = _org_key(corpus, org)
            add((post, ORG.postIn, _entity_iri(ok)))
        else:
            add((post, KG.orgUnknown, Literal(True)))
        add((person, ORG.holds, post))
        add((post, ORG.heldBy, person))
        for date, sent, art, tag in evs:
            e = mint("evidence", pk.split(":", 2)[-1], org or "-", role, tag)
            add((e, RDF.type, KG.PostEvidence))
            add((e, KG.post, post))
            add((e, KG.holder, person))
            add((e, KG.titleAsWritten, Literal(title)))
            if date:
                add((e, DCTERMS.date, date_literal(date)))
            add((e, PROV.wasDerivedFrom, sent))
            add((e, PROV.hadPrimarySource, art))
            tenures[(pk, org, role)].append((date, e))
    for (pk, org, role), evs in sorted(tenures.items()):
        m = mint("tenure", pk.split(":", 1)[-1], org or "-", role)
        post = mint("post", org or "-", role)
        add((m, RDF.type, ORG.Membership))
        add((m, ORG.member, _entity_iri(pk)))
        add((m, KG.membershipPost, post))
        add((m, ORG.role, mint("role", role)))
        if org:
            add((m, ORG.organization, _entity_iri(_org_key(corpus, org))))
        for _, e in evs:
            add((m, KG.evidence, e))
        # a tenure spans the dated evidence; day-only dates (--MM-DD) count only when no full date exists
        full = [d for d, _ in evs if d and not d.startswith("--")]
        dated = sorted(full or [d for d, _ in evs if d], key=_sort_date)
        if dated:
            first, last = dated[0], dated[-1]
            add((m, KG.earliest, date_literal(first)))
            add((m, KG.latest, date_literal(last)))
            interval = mint("interval", pk.split(":", 1)[-1], org or "-", role)
            add((m, ORG.memberDuring, interval))
            add((interval, RDF.type, TIME.Interval))
            for prop, d in ((TIME.hasBeginning, first), (TIME.hasEnd, last)):
                inst = mint("instant", d)
                add((interval, prop, inst))
                add((inst, RDF.type, TIME.Instant))
                if not d.startswith("--"):
                    add((inst, TIME.inXSDDate, date_literal(d)))
                else:
                    add((inst, RDFS.label, Literal(d)))


def _org_key(corpus: Corpus, org: str) -> str:
    for t in ("body", "place"):
        k = entity_key(t, org, None)
        if k in corpus.entities:
            return k
    return entity_key("body", org, None)


def _cooccurrence(g: Graph, corpus: Corpus, min_weight: int, used: set[tuple[str, int, int]]) -> None:
    texts = {(p.source, a.index): (p, a) for p, a in corpus.articles()}
    for (x, y), sents in sorted(corpus.pairs.items()):
        if len(sents) < min_weight or x not in corpus.entities or y not in corpus.entities:
            continue
        c = mint("cooccurrence", hashlib.sha1(f"{x}|{y}".encode()).hexdigest()[:16])
        g.add((c, RDF.type, KG.Cooccurrence))
        g.add((c, KG.between, _entity_iri(x)))
        g.add((c, KG.between, _entity_iri(y)))
        g.add((c, KG.weight, Literal(len(sents))))
        g.add((c, RDFS.label, Literal(f"{corpus.entities[x].name} ~ {corpus.entities[y].name}")))
        for src, ai, si in sorted(set(sents)):
            p, a = texts[(src, ai)]
            g.add((c, PROV.wasDerivedFrom, _sentence_iri(p, a, si)))
            used.add((src, ai, si))


_GOV_BUREAU = re.compile(r"^(.+?[区县市])(?!委)(.+?(?:局|办|中心))$")


def _structure(g: Graph, corpus: Corpus) -> None:
    """Bodies within bodies (二七区委统战部 ⊂ 二七区委; 二七区应急局 ⊂ 二七区政府) and places within
    places (马寨镇 ⊂ 二七区 ⊂ 郑州市 ⊂ 河南省), as far as names and the pages' regions tell."""
    bodies = {r.name for r in corpus.entities.values() if r.type == "body"}
    for name in sorted(bodies):
        parent = None
        for other in sorted(bodies, key=len, reverse=True):
            if other != name and name.startswith(other) and len(other) >= 3 and other.endswith(("委", "政府", "党组")):
                parent = other
                break
        if parent is None:
            m = _GOV_BUREAU.match(name)
            if m and m.group(1) in lexicons.divisions():
                parent = m.group(1) + "政府"
                if entity_key("body", parent, None) not in corpus.entities:
                    parent = None
        if parent:
            g.add((_entity_iri(entity_key("body", name, None)), ORG.subOrganizationOf,
                   _entity_iri(entity_key("body", parent, None))))
    places = {r.name for r in corpus.entities.values() if r.type == "place"}
    regions = {p.region for p in corpus.pages}
    for region in sorted(regions, key=lambda r: (r.district or "", r.city or "", r.province or "")):
        chain = [x for x in (region.district, region.city, region.province) if x]
        for child, parent in zip(chain, chain[1:]):
            _place(g, child, parent, places)
    by_district: dict[str, set[str]] = defaultdict(set)
    for p in corpus.pages:
        if p.region.district:
            for a in p.articles:
                for e in a.entities:
                    if e.type == "place" and re.search(r"(?:镇|乡|街道)$", e.name):
                        by_district[p.region.district].add(e.name)
    for d, towns in sorted(by_district.items()):
        for t in sorted(towns):
            _place(g, t, d, places)


def _place(g: Graph, child: str, parent: str, places: set[str]) -> None:
    c, p = mint("place", child), mint("place", parent)
    for iri, name in ((c, child), (p, parent)):
        if name not in places:
            g.add((iri, RDF.type, SCHEMA.Place))
            g.add((iri, RDF.type, KG.AdministrativeDivision))
            g.add((iri, RDFS.label, Literal(name)))
            g.add((iri, SCHEMA.name, Literal(name)))
    g.add((c, SCHEMA.containedInPlace, p))


def serialize(g: Graph) -> str:
    """Turtle with readable prefixes, byte-stable for the same graph."""
    return g.serialize(format="turtle")


def load_graph(path: str | Path) -> Graph:
    g = Graph()
    _bind(g)
    g.parse(str(path), format="turtle")
    return g
