"""One extracted page -> what the corpus merges and what the outputs need of it.

Runs where the page was extracted (a worker process or a Dask task), so the main process only
merges small facts and copies bytes: the page's Turtle, its extraction.json record and its view
strings are rendered here, once, and travel pickled.
"""
from __future__ import annotations

import pickle
import re
from collections.abc import Iterable

from kg.corpus.tables import Corpus, PageDigest, PageFacts, entity_key
from kg.extract.relations import cooccurrences
from kg.run.export import page_json
from kg.model import PageResult
from kg.graph.rdf import page_turtle
from kg.view.network import view_facts

__all__ = ["digest_page", "page_facts", "entity_pairs", "corpus_of"]

_TOWN = re.compile(r"(?:镇|乡|街道)$")


def _key_in(type_name: str, district: str | None) -> str:
    """The entity key of an article-level "type:name" (as kg.extract.relations.cooccurrences gives it)."""
    t, _, n = type_name.partition(":")
    return entity_key(t, n, district)


def entity_pairs(page: PageResult) -> list[dict[tuple[str, str], list[int]]]:
    """Per article: pairs of entity keys (in sorted order) sharing a sentence -> those sentences."""
    d = page.region.district
    out = []
    for a in page.articles:
        pairs: dict[tuple[str, str], list[int]] = {}
        for (x, y), sents in cooccurrences(a).items():
            kx, ky = _key_in(x, d), _key_in(y, d)
            pairs[(kx, ky) if kx <= ky else (ky, kx)] = sents
        out.append(pairs)
    return out


def page_facts(p: PageResult, shared: list[dict[tuple[str, str], list[int]]],
               actions: tuple[tuple[str, str, str], ...] = ()) -> PageFacts:
    """``actions``: the page's distinct (person key, object, verb), as its view facts list them."""
    d = p.region.district
    entities, posts, towns = [], [], set()
    pairs: dict[tuple[str, str], int] = {}
    for a, cooc in zip(p.articles, shared):
        for e in a.entities:
            entities.append((entity_key(e.type, e.name, d), e.type, e.name, tuple(e.aliases)))
            if e.type == "place" and _TOWN.search(e.name):
                towns.add(e.name)
        posts += [(entity_key("person", post.person, d), post.org or "", post.role, a.date) for post in a.posts]
        for k, sents in cooc.items():
            pairs[k] = pairs.get(k, 0) + len(sents)
    return PageFacts(p.source, p.region, len(p.articles), sum(len(a.actions) for a in p.articles), tuple(entities),
                     tuple(posts), tuple((x, y, n) for (x, y), n in sorted(pairs.items())), tuple(sorted(towns)),
                     tuple(p.warnings), actions)


def digest_page(p: PageResult) -> PageDigest:
    shared = entity_pairs(p)
    def blob(x: object) -> bytes:
        return pickle.dumps(x, protocol=pickle.HIGHEST_PROTOCOL)
    view = view_facts(p, shared)
    actions = tuple(dict.fromkeys(a[:3] for a in view.actions))     # sorted there: (key, object, verb, evidence)
    return PageDigest(page_facts(p, shared, actions), blob(page_turtle(p, shared)), blob(page_json(p)), blob(view))


def corpus_of(pages: Iterable[PageResult]) -> Corpus:
    """A corpus of pages in memory (kept for the API's tables), in source order."""
    c = Corpus()
    for p in sorted(pages, key=lambda p: (p.source, p.path)):
        c.add(digest_page(p), p)
    return c
