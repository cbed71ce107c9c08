"""The Python API: ``kg.build`` and ``kg.load`` give a ``KnowledgeGraph`` to query, analyse and draw."""
from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Graph

from kg.run.build import BuildOptions, build_corpus, write_outputs
from kg.corpus.tables import Corpus
from kg.graph.query import QueryResult, run
from kg.view.network import DEFAULT_TOP

__all__ = ["KnowledgeGraph", "build", "load", "EntityRow", "PostRow", "EventRow"]


@dataclass(frozen=True, slots=True)
class EntityRow:
    type: str
    name: str
    aliases: tuple[str, ...]
    articles: int


@dataclass(frozen=True, slots=True)
class PostRow:
    person: str
    title: str
    org: str | None
    role: str
    date: str | None
    source: str
    article: int


@dataclass(frozen=True, slots=True)
class EventRow:
    kind: str
    verb: str
    date: str | None
    participants: tuple[tuple[str, str], ...]
    objects: tuple[str, ...]
    sentence: str
    source: str
    article: int


class KnowledgeGraph:
    """A built graph: the RDF (``.rdf``) and, when built in this session, the extracted corpus.

    Examples
    --------
    >>> g = build(["seeds"])                                          # doctest: +SKIP
    >>> g.query("succession", body="金水区委", role="书记").rows          # doctest: +SKIP
    """

    def __init__(self, rdf: Graph, corpus: Corpus | None = None) -> None:
        self.rdf = rdf
        self.corpus = corpus

    # ---- SPARQL
    def query(self, sparql: str, **bindings: str) -> QueryResult:
        """Run SPARQL or a bundled query's name; keyword arguments are bound as variables."""
        return run(self.rdf, sparql, **bindings)

    def query_df(self, sparql: str, **bindings: str):
        """``query`` as a pandas DataFrame (needs pandas)."""
        import pandas as pd
        res = self.query(sparql, **bindings)
        return pd.DataFrame(list(res.rows), columns=list(res.vars))

    # ---- tables
    def _need_corpus(self) -> Corpus:
        if self.corpus is None:
            raise RuntimeError("this graph was loaded from Turtle; entities/posts/events tables need kg.build(...) "
                               "or use .query() on the RDF")
        return self.corpus

    def entities(self, kind: str | None = None, as_frame: bool = False) -> list[EntityRow] | Any:
        """Entities (optionally of one kind: person, body, place, project), most mentioned first."""
        c = self._need_corpus()
        rows = [EntityRow(r.type, r.name, tuple(sorted(r.aliases)), r.mentions)
                for r in c.entities.values() if kind is None or r.type == kind]
        rows.sort(key=lambda r: (-r.articles, r.type, r.name))
        return _frame(rows) if as_frame else rows

    def posts(self, as_frame: bool = False) -> list[PostRow] | Any:
        """Every (person, title, org, role) stated, with the article's date and source."""
        c = self._need_corpus()
        rows = [PostRow(p.person, p.title, p.org, p.role, a.date, pg.source, a.index)
                for pg, a in c.articles() for p in a.posts]
        return _frame(rows) if as_frame else rows

    def events(self, as_frame: bool = False) -> list[EventRow] | Any:
        """Meetings, inspections, visits, signings and trainings with participants and objects."""
        c = self._need_corpus()
        rows = [EventRow(e.kind, e.verb, a.date, tuple((p.person, p.part) for p in e.participants), e.objects,
                         a.sentence_text(e.sentence), pg.source, a.index)
                for pg, a in c.articles() for e in a.actions]
        return _frame(rows) if as_frame else rows

    # ---- graphs and files
    def to_networkx(self, kinds: Sequence[str] | None = None, relations: Sequence[str] | None = None,
                    min_weight: int = 1) -> nx.MultiDiGraph:
        """Entities as nodes; ``post``, ``action`` and ``cooccurrence`` edges (see kg.view.network.to_networkx)."""
        from kg.view.network import to_networkx
        return to_networkx(self._need_corpus(), tuple(kinds) if kinds else None,
                           tuple(relations) if relations else None, min_weight)

    def view(self, path: str | os.PathLike[str], kinds: Sequence[str] = ("person", "body", "place", "project"),
             top: int | None = DEFAULT_TOP, min_weight: int = 1) -> Path:
        """Write the interactive HTML view and return its path (the ``top`` best-connected nodes; 0 or None: all)."""
        from kg.view.network import ViewOptions, write_view
        write_view(self._need_corpus(), path, ViewOptions(tuple(kinds), top, min_weight))
        return Path(path)

    def save(self, out_dir: str | os.PathLike[str], options: BuildOptions | None = None) -> Path:
        """Write graph.ttl, graph.html, extraction.json and report.json to ``out_dir``."""
        from kg.model import BuildReport
        c = self._need_corpus()
        rep = BuildReport(built=[p.path for p in c.pages], articles=sum(len(p.articles) for p in c.pages))
        write_outputs(c, rep, [], out_dir, options)
        return Path(out_dir)

    def __len__(self) -> int:
        return len(self.rdf)

    def __repr__(self) -> str:
        n = len(self.corpus.entities) if self.corpus else "?"
        return f"<KnowledgeGraph {len(self.rdf)} triples, {n} entities>"


def _frame(rows: list) -> Any:
    import dataclasses
    import pandas as pd
    return pd.DataFrame([dataclasses.asdict(r) for r in rows])


def build(paths: Iterable[str | os.PathLike[str]] | str, out: str | os.PathLike[str] | None = None,
          workers: int = 1) -> KnowledgeGraph:
    """Build the graph of pages (files or folders), as ``kg build`` does; write files too if ``out`` is given.
    The pages stay in memory for the tables (``.posts()``, ``.events()``): for a large corpus use
    ``kg build`` and ``kg.load``."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    opts = BuildOptions(workers=workers, keep_pages=True)
    corpus, report, details = build_corpus(list(paths), opts)
    if out is not None:
        write_outputs(corpus, report, details, out, opts)
    from kg.graph.rdf import to_graph
    return KnowledgeGraph(to_graph(corpus), corpus)


def load(path: str | os.PathLike[str]) -> KnowledgeGraph:
    """Load a built graph from its folder or its graph.ttl."""
    from kg.graph.rdf import load_graph
    p = Path(path)
    if p.is_dir():
        p = p / "graph.ttl"
    return KnowledgeGraph(load_graph(p))
