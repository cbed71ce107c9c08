"""Corpus -> Turtle on the kg ontology; rdflib Graph and SPARQL from it.

A page's own facts (its articles, events, post evidence, the sentences they cite, the co-occurrence
derivations) are Turtle written once per page, in the worker that read it; the corpus-wide rest
(entities, posts and tenures, co-occurrence weights, body and place structure) is written from
the merged tables. IRIs are minted from names (readable, percent-encoded where a character is not
safe), so the same input gives the same graph on any machine; no blank nodes, so the Turtle is
byte-stable.
"""
from __future__ import annotations

import hashlib
import heapq
import re
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, URIRef

from kg import lexicons
from kg.graph import turtle as tt
from kg.corpus.tables import Corpus, entity_key
from kg.model import PageResult
from kg.graph.ontology import DCTERMS, FOAF, ID, ORG, PROV, SCHEMA, SKOS, TIME, KG

__all__ = ["mint", "page_turtle", "corpus_turtle", "turtle", "to_graph", "load_graph"]

_TYPES = {
    "person": ("schema:Person", "foaf:Person"),
    "body": ("org:Organization", "schema:Organization"),
    "place": ("schema:Place",),
    "project": ("kg:Project",),
}
_EVENT_CLASS = {"meeting": "kg:Meeting", "inspection": "kg:Inspection", "visit": "kg:Visit",
                "signing": "kg:Signing", "training": "kg:Training"}
_IRI_KIND = {"body": "org", "place": "place", "project": "project"}
# pairs given a kg:weightRank: the first this many in the cooccurrence query's order (weight, then
# the two names), so that the query orders only those and gives the same head as ordering them all
RANKED_PAIRS = 1000


def mint(kind: str, *parts: str) -> URIRef:
    """A stable, readable IRI for anything in the graph, safe for any text.

    Examples
    --------
    >>> str(mint("org", "金水区委"))
    'https://w3id.org/kg-news/id/org/金水区委'
    >>> str(mint("person", "金水区", "<a b>"))
    'https://w3id.org/kg-news/id/person/金水区/%3Ca%20b%3E'
    """
    return URIRef(tt.ref(kind, *parts)[1:-1])


@lru_cache(maxsize=1 << 16)
def _entity(key: str) -> str:
    t, _, rest = key.partition(":")
    if t == "person":
        district, _, name = rest.partition(":")
        return tt.ref("person", district, name)
    return tt.ref(_IRI_KIND[t], rest)


@lru_cache(maxsize=1 << 16)
def _pair(x: str, y: str) -> str:
    # = tt.ref("cooccurrence", hex): hex digits need no escaping
    return _PAIR_IRI + hashlib.sha1(f"{x}|{y}".encode()).hexdigest()[:16] + ">"


_PAIR_IRI = tt.ref("cooccurrence", "0")[:-2]


def _tenure(pk: str, org: str, role: str, kind: str = "tenure") -> str:
    """A person's tenure of a post (or, with ``kind="interval"``, its time:Interval)."""
    district, _, name = pk.split(":", 1)[-1].partition(":")
    return tt.ref(kind, district, name, org or "-", role)


# ---- a page's own facts

def page_triples(p: PageResult, pairs: list[dict[tuple[str, str], list[int]]]) -> list[tuple[str, str, str]]:
    """Triples of one page that need nothing from other pages: articles and their mentions,
    events, dated post evidence, co-occurrence derivations and the sentences all of them cite.
    ``pairs``: ``kg.run.digest.entity_pairs`` of the page."""
    out: list[tuple[str, str, str]] = []
    add = out.append
    d = p.region.district
    stem = Path(p.source).stem
    for ai, a in enumerate(p.articles):
        art = tt.ref("article", stem, str(a.index))
        used: dict[int, str] = {}

        def sent(i: int) -> str:
            r = used.get(i)
            if r is None:
                r = used[i] = tt.ref("article", stem, str(a.index), f"s{i}")
            return r
        add((art, "a", "schema:NewsArticle"))
        add((art, "rdfs:label", tt.string(a.title or a.first_words)))
        if a.title:
            add((art, "schema:headline", tt.string(a.title)))
        if a.subtitle:
            add((art, "schema:alternativeHeadline", tt.string(a.subtitle)))
        add((art, "kg:firstWords", tt.string(a.first_words)))
        add((art, "kg:position", tt.integer(a.index)))
        add((art, "dcterms:source", tt.string(p.source)))
        if d:
            add((art, "kg:district", tt.string(d)))
        if a.date:
            add((art, "kg:eventDate", tt.date(a.date)))
        else:
            add((art, "kg:dateUnknown", "true"))
        for n in a.reporters:
            add((art, "schema:author", _entity(entity_key("person", n, d))))
        for n in a.correspondents:
            add((art, "kg:correspondent", _entity(entity_key("person", n, d))))
        for n in a.interns + a.credited:
            add((art, "schema:contributor", _entity(entity_key("person", n, d))))
        local = {(e.type, e.name) for e in a.entities}
        for e in a.entities:
            add((art, "schema:mentions", _entity(entity_key(e.type, e.name, d))))
        for post in a.posts:
            src = sent(a.sentence_of(post.start)) if post.start >= 0 else art
            pk = entity_key("person", post.person, d)
            org = post.org or ""
            e = tt.ref("evidence", post.person, org or "-", post.role, f"{p.source}#{a.index}")
            add((e, "a", "kg:PostEvidence"))
            add((e, "kg:post", tt.ref("post", org or "-", post.role)))
            add((e, "kg:holder", _entity(pk)))
            add((e, "kg:titleAsWritten", tt.string(post.title)))
            if a.date:
                add((e, "dcterms:date", tt.date(a.date)))
            add((e, "prov:wasDerivedFrom", src))
            add((e, "prov:hadPrimarySource", art))
            add((_tenure(pk, org, post.role), "kg:evidence", e))
        for k, act in enumerate(a.actions):
            ev = tt.ref("event", stem, str(a.index), str(k))
            add((ev, "a", "schema:Event"))
            add((ev, "a", _EVENT_CLASS.get(act.kind, "schema:Event")))
            add((ev, "rdfs:label", tt.string(f"{act.verb}: {a.sentence_text(act.sentence)[:40]}")))
            add((ev, "kg:verb", tt.string(act.verb)))
            if a.date:
                add((ev, "schema:startDate", tt.date(a.date)))
            add((ev, "prov:wasDerivedFrom", sent(act.sentence)))
            add((ev, "prov:hadPrimarySource", art))
            for part in act.participants:
                pi = tt.ref("participation", stem, str(a.index), str(k), part.person)
                add((ev, "kg:participation", pi))
                add((pi, "a", "kg:Participation"))
                add((pi, "kg:agent", _entity(entity_key("person", part.person, d))))
                add((pi, "kg:part", tt.string(part.part)))
            if act.place and ("place", act.place) in local:
                add((ev, "schema:location", _entity(entity_key("place", act.place, None))))
            for obj in act.objects:
                t = next((t for t in ("project", "body", "place") if (t, obj) in local), None)
                if t:
                    add((ev, "kg:object", _entity(entity_key(t, obj, None))))
        for (kx, ky), sents in pairs[ai].items():
            c = _pair(kx, ky)
            for si in sorted(set(sents)):
                add((c, "prov:wasDerivedFrom", sent(si)))
        for si, s in sorted(used.items()):
            span = a.sentences[si]
            add((s, "a", "kg:Sentence"))
            add((s, "schema:text", tt.string(a.body[span.start:span.end])))
            add((s, "kg:startOffset", tt.integer(span.start)))
            add((s, "kg:endOffset", tt.integer(span.end)))
            add((s, "kg:position", tt.integer(si)))
            add((s, "schema:isPartOf", art))
    return out


def page_turtle(p: PageResult, pairs: list[dict[tuple[str, str], list[int]]]) -> tuple[bytes, int]:
    """A page's own Turtle (UTF-8: the main process copies it to graph.ttl without decoding) and
    its number of triples."""
    counted = [0]
    text = tt.blocks(counted, page_triples(p, pairs))
    return text.encode("utf-8"), counted[0]


# ---- the corpus-wide rest

def _is_division(name: str) -> bool:
    return name in lexicons.divisions() or bool(re.search(r"(?:镇|乡|街道|社区|村)$", name))


def _org_key(corpus: Corpus, org: str) -> str:
    for t in ("body", "place"):
        k = entity_key(t, org, None)
        if k in corpus.entities:
            return k
    return entity_key("body", org, None)


def _sort_date(d: str) -> str:
    return d if not d.startswith("--") else "0000" + d[1:]


def corpus_turtle(corpus: Corpus, counted: list[int]) -> Iterator[str]:
    """Entities, posts and tenures, co-occurrence weights and structure, in chunks. Entities and
    pairs (most of it) are written a subject at a time, in key order, without sorting the table."""
    holds: dict[str, set[str]] = defaultdict(set)
    for pk, org, role in corpus.tenures:
        holds[pk].add(tt.ref("post", org or "-", role))
    chunk: list[str] = []
    n = 0
    iris: dict[str, str] = {}
    for key in sorted(corpus.entities):
        rec = corpus.entities[key]
        name = tt.string(rec.name)
        po = [("a", c) for c in _TYPES[rec.type]]
        if rec.type == "place" and _is_division(rec.name):
            po.append(("a", "kg:AdministrativeDivision"))
        po += [("rdfs:label", name), ("schema:name", name), ("kg:mentionCount", tt.integer(rec.mentions))]
        po += [("skos:altLabel", tt.string(al)) for al in rec.aliases]
        po += [("org:holds", post) for post in holds.get(key, ())]
        text, k = tt.block(iris.setdefault(key, _entity(key)), po)
        chunk.append(text)
        n += k
        if len(chunk) >= 10_000:
            yield "".join(chunk)
            chunk = []
    yield "".join(chunk)
    yield tt.blocks(counted, _posts(corpus))
    chunk = []
    ranks = _pair_ranks(corpus, iris)
    for x, y, w in corpus.pair_items():
        ex, ey = iris[x], iris[y]      # a pair's keys are entities of the corpus
        if ey < ex:
            ex, ey = ey, ex
        rank = ranks.get((x, y))
        chunk.append(f"{_pair(x, y)} a kg:Cooccurrence ;\n    kg:between {ex} ,\n        {ey} ;\n"
                     f"    kg:weight {w}" + (f" ;\n    kg:weightRank {rank} .\n\n" if rank else " .\n\n"))
        n += 5 if rank else 4
        if len(chunk) >= 10_000:
            yield "".join(chunk)
            chunk = []
    yield "".join(chunk)
    counted[0] += n
    yield tt.blocks(counted, _structure(corpus))


def _pair_ranks(corpus: Corpus, iris: dict[str, str]) -> dict[tuple[str, str], int]:
    """The RANKED_PAIRS first pairs in the order of the cooccurrence query: heaviest first, then by
    the name of the entity whose IRI sorts first (the query's ?a), then the other's (?b)."""
    names = corpus.entities

    def order(item: tuple[str, str, int]) -> tuple[int, str, str]:
        x, y, w = item
        if iris[y] < iris[x]:
            x, y = y, x
        return -w, names[x].name, names[y].name
    top = heapq.nsmallest(RANKED_PAIRS, corpus.iter_pairs(corpus.weight_floor(RANKED_PAIRS)), key=order)
    return {(x, y): rank for rank, (x, y, _) in enumerate(top, 1)}


def _posts(corpus: Corpus) -> Iterator[tuple[str, str, str]]:
    """org:Post per (body, role); org:Membership per (person, post) with a tenure from its evidence."""
    for (pk, org, role), (f0, f1, d0, d1) in corpus.tenures.items():
        post = tt.ref("post", org or "-", role)
        role_iri = tt.ref("role", role)
        person = _entity(pk)
        yield post, "a", "org:Post"
        yield post, "rdfs:label", tt.string(f"{org}{role}" if org else role)
        yield post, "org:role", role_iri
        yield post, "org:heldBy", person
        yield role_iri, "a", "kg:Role"
        yield role_iri, "skos:prefLabel", tt.string(role)
        body = _entity(_org_key(corpus, org)) if org else None
        if body:
            yield post, "org:postIn", body
        else:
            yield post, "kg:orgUnknown", "true"
        m = _tenure(pk, org, role)
        yield m, "a", "org:Membership"
        yield m, "org:member", person
        yield m, "kg:membershipPost", post
        yield m, "org:role", role_iri
        if body:
            yield m, "org:organization", body
        # a tenure spans the dated evidence; day-only dates (--MM-DD) count only when no full date exists
        first, last = (f0, f1) if f0 else (d0, d1)
        if first and last:
            yield m, "kg:earliest", tt.date(first)
            yield m, "kg:latest", tt.date(last)
            interval = _tenure(pk, org, role, "interval")
            yield m, "org:memberDuring", interval
            yield interval, "a", "time:Interval"
            for prop, d in (("time:hasBeginning", first), ("time:hasEnd", last)):
                inst = tt.ref("instant", d)
                yield interval, prop, inst
                yield inst, "a", "time:Instant"
                if not d.startswith("--"):
                    yield inst, "time:inXSDDate", tt.date(d)
                else:
                    yield inst, "rdfs:label", tt.string(d)


_GOV_BUREAU = re.compile(r"^(.+?[区县市])(?!委)(.+?(?:局|办|中心))$")


def _structure(corpus: Corpus) -> Iterator[tuple[str, str, str]]:
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
            yield tt.ref("org", name), "org:subOrganizationOf", tt.ref("org", parent)
    places = {r.name for r in corpus.entities.values() if r.type == "place"}
    for region in corpus.regions:
        chain = [x for x in (region.district, region.city, region.province) if x]
        for child, parent in zip(chain, chain[1:]):
            yield from _place(child, parent, places)
    for d, towns in corpus.towns.items():
        for t in towns:
            yield from _place(t, d, places)


def _place(child: str, parent: str, places: set[str]) -> Iterator[tuple[str, str, str]]:
    c, p = tt.ref("place", child), tt.ref("place", parent)
    for iri, name in ((c, child), (p, parent)):
        if name not in places:
            yield iri, "a", "schema:Place"
            yield iri, "a", "kg:AdministrativeDivision"
            yield iri, "rdfs:label", tt.string(name)
            yield iri, "schema:name", tt.string(name)
    yield c, "schema:containedInPlace", p


def turtle(corpus: Corpus, counted: list[int] | None = None) -> Iterator[bytes]:
    """The whole graph as UTF-8 Turtle chunks: prefixes, the corpus-wide part, then each page's own.
    ``counted[0]`` is increased by the number of triples written."""
    counted = counted if counted is not None else [0]
    yield tt.header().encode("utf-8")
    for chunk in corpus_turtle(corpus, counted):
        yield chunk.encode("utf-8")
    for ttl, n in corpus.turtles():
        counted[0] += n
        yield ttl


def to_graph(corpus: Corpus) -> Graph:
    """The knowledge graph of a corpus as an rdflib Graph (parsed from the Turtle kg writes)."""
    g = Graph()
    _bind(g)
    g.parse(data=b"".join(turtle(corpus)).decode("utf-8"), format="turtle")
    return g


def _bind(g: Graph) -> None:
    g.bind("kg", KG._NS)
    g.bind("id", ID)
    for prefix, ns in (("schema", SCHEMA), ("org", ORG), ("prov", PROV), ("time", TIME), ("foaf", FOAF),
                       ("skos", SKOS), ("dcterms", DCTERMS)):
        g.bind(prefix, ns, override=True)


def load_graph(path: str | Path) -> Graph:
    g = Graph()
    _bind(g)
    g.parse(str(path), format="turtle")
    return g
