"""Corpus -> interactive HTML network (pyvis builds the network; the page inlines vis-network).

pyvis's own templates fetch vis-network or Bootstrap from a CDN even with cdn_resources="local"
or "in_line" (pyvis #228, #229) and its filter menu can blank the graph (#193); so kg takes the
nodes, edges and options from a pyvis ``Network`` and writes them into its own template, with the
vis-network file that pyvis ships inlined: the page opens offline from file://.

Every text from the input reaches the page as JSON data and is shown with ``textContent``: names
are never parsed as HTML.
"""
from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import NamedTuple

import networkx as nx
from pyvis.network import Network

from kg.corpus.tables import Corpus, entity_key
from kg.model import PageResult

__all__ = ["DEFAULT_TOP", "KINDS", "to_networkx", "to_pyvis", "render_html", "ViewOptions", "view_graph", "write_view", "to_graphml"]

KINDS = {
    "person": {"label": "人物 person", "color": "#e4572e", "shape": "dot"},
    "body": {"label": "机构 body", "color": "#2e86ab", "shape": "diamond"},
    "place": {"label": "地点 place", "color": "#59a96a", "shape": "triangle"},
    "project": {"label": "项目 project", "color": "#f3a712", "shape": "square"},
    "article": {"label": "报道 article", "color": "#8d8d8d", "shape": "box"},
}
EDGE_STYLE = {"post": "#444444", "action": "#b5179e", "cooccurrence": "#c8c8c8", "mention": "#dddddd"}
LAYOUT_AHEAD = 1500
# A browser draws a few thousand nodes at most, and pyvis adds each in time linear in the nodes it
# already holds: the view keeps the best-connected DEFAULT_TOP unless asked for more (0: all).
DEFAULT_TOP = 2000


class ViewOptions:
    """What the HTML view shows; graph.ttl keeps everything."""

    def __init__(self, kinds: tuple[str, ...] = ("person", "body", "place", "project"), top: int | None = DEFAULT_TOP,
                 min_weight: int = 1, show_articles: bool = False) -> None:
        self.kinds = tuple(kinds)
        self.top = top
        self.min_weight = min_weight
        self.show_articles = show_articles


EVIDENCE_CAP = 20     # evidence lines kept per node or edge (the first, in sorted order); weights count all


class ViewFacts(NamedTuple):
    """What the view needs of one page, as plain strings (spooled by the corpus, read when drawing:
    a named tuple unpickles without a dataclass's per-field state calls)."""

    mentions: tuple[tuple[str, str], ...] = ()                 # (entity key, article label)
    posts: tuple[tuple[str, str], ...] = ()                    # (person key, "title（org） · date")
    post_edges: tuple[tuple[str, str, str, str], ...] = ()     # (person key, org, title, evidence)
    actions: tuple[tuple[str, str, str, str], ...] = ()        # (person key, object name, verb, evidence)
    pairs: tuple[tuple[str, str, str], ...] = ()               # (key, key, evidence)
    articles: tuple[tuple[str, str, str, tuple[str, ...]], ...] = ()   # (article key, name, label, entity keys)


def view_facts(p: PageResult, pairs: list[dict[tuple[str, str], list[int]]]) -> ViewFacts:
    """The strings a page contributes to nodes' and edges' tooltips (``pairs``: kg.run.digest.entity_pairs)."""
    d = p.region.district
    mentions: list[tuple[str, str]] = []
    articles: list[tuple[str, str, str, tuple[str, ...]]] = []
    posts: set[tuple[str, str]] = set()
    post_edges: set[tuple[str, str, str, str]] = set()
    actions: set[tuple[str, str, str, str]] = set()
    shared: set[tuple[str, str, str]] = set()
    for ai, a in enumerate(p.articles):
        label = f"{a.date or '日期不详'} {a.title or a.first_words}（{p.source}）"
        keys = tuple(dict.fromkeys(entity_key(e.type, e.name, d) for e in a.entities))
        mentions += [(k, label) for k in keys]
        articles.append((f"article:{p.source}#{a.index}", a.title or a.first_words, label, keys))
        for post in a.posts:
            pk = entity_key("person", post.person, d)
            org = f"（{post.org}）" if post.org and post.org not in post.title else ""
            posts.add((pk, f"{post.title}{org} · {a.date or '日期不详'}"))
            if post.org:
                sent = a.sentence_text(a.sentence_of(post.start)) if post.start >= 0 else ""
                post_edges.add((pk, post.org, post.title, f"{label}: {sent[:80]}"))
        for act in a.actions:
            ev = f"{label}: {a.sentence_text(act.sentence)[:80]}"
            for part in act.participants:
                for obj in act.objects:
                    actions.add((entity_key("person", part.person, d), obj, act.verb, ev))
        said: dict[int, str] = {}       # a sentence is evidence for every pair in it: render it once
        for (kx, ky), sents in pairs[ai].items():
            for si in sents:
                ev = said.get(si)
                if ev is None:
                    ev = said[si] = f"{label}: {a.sentence_text(si)[:80]}"
                shared.add((kx, ky, ev))
    return ViewFacts(tuple(mentions), tuple(sorted(posts)), tuple(sorted(post_edges)), tuple(sorted(actions)),
                     tuple(sorted(shared)), tuple(articles))


class _Capped:
    """The EVIDENCE_CAP smallest distinct strings seen, how many were seen, and labels on the side."""

    __slots__ = ("items", "count", "labels")

    def __init__(self) -> None:
        self.items: set[str] = set()
        self.count = 0
        self.labels: set[str] = set()

    def add(self, s: str) -> None:
        self.count += 1
        self.items.add(s)
        if len(self.items) > 4 * EVIDENCE_CAP:
            self.items = set(sorted(self.items)[:EVIDENCE_CAP])

    def sorted(self) -> list[str]:
        return sorted(self.items)[:EVIDENCE_CAP]


def to_networkx(corpus: Corpus, kinds: tuple[str, ...] | None = None, relations: tuple[str, ...] | None = None,
                min_weight: int = 1, articles: bool = False, top: int | None = None) -> nx.MultiDiGraph:
    """The corpus as a networkx MultiDiGraph: entity nodes (kind, name, aliases, posts, articles) and
    edges of relation ``post`` (person -> body), ``action`` (person -> object) and ``cooccurrence``.

    With ``top``, only the ``top`` nodes of highest degree (and the edges among them) are built: a
    first pass over the spooled pages counts edges, a second collects evidence for those kept.
    Evidence lists hold at most EVIDENCE_CAP lines; weights count every sentence."""
    kinds = tuple(kinds or ("person", "body", "place", "project"))
    relations = tuple(relations or ("post", "action", "cooccurrence"))
    ents = {k: r for k, r in corpus.entities.items() if r.type in kinds}
    with_articles = articles and "article" in kinds
    pairs = [(x, y, w) for x, y, w in corpus.pair_items(min_weight) if x in ents and y in ents] \
        if "cooccurrence" in relations else []
    keep: set[str] | None = None
    if top and len(ents) + (corpus.articles_total if with_articles else 0) > top:
        deg: Counter[str] = Counter()
        arts = _Pass(corpus, ents, relations, with_articles, None).degrees(deg)
        for x, y, _ in pairs:
            deg[x] += 1
            deg[y] += 1
        keep = set(sorted(list(ents) + arts, key=lambda n: (-deg[n], n))[:top])
        pairs = [(x, y, w) for x, y, w in pairs if x in keep and y in keep]
    p = _Pass(corpus, ents, relations, with_articles, keep)
    p.collect({(x, y) for x, y, _ in pairs})
    G = nx.MultiDiGraph()
    for key in sorted(ents):
        if keep is None or key in keep:
            rec = ents[key]
            posts, arts_ = p.nodes.get((key, "posts")), p.nodes.get((key, "articles"))
            G.add_node(key, kind=rec.type, name=rec.name, aliases=sorted(rec.aliases),
                       posts=posts.sorted() if posts else [], articles=arts_.sorted() if arts_ else [],
                       mentions=rec.mentions)
    for ak, (name, label) in sorted(p.articles.items()):
        G.add_node(ak, kind="article", name=name, aliases=[], posts=[], articles=[label], mentions=1)
    for (u, v, rel, label), ev in sorted(p.edges.items()):
        G.add_edge(u, v, relation=rel, label="、".join(sorted(ev.labels)) if rel == "post" else label,
                   weight=ev.count, evidence=ev.sorted())
    for x, y, w in pairs:
        G.add_edge(x, y, relation="cooccurrence", label=f"共现 ×{w}", weight=w, evidence=p.pairs[(x, y)].sorted())
    return G


class _Pass:
    """One pass over the pages' view facts: the degree of every node, or the evidence of kept ones."""

    def __init__(self, corpus: Corpus, ents: dict, relations: tuple[str, ...], with_articles: bool,
                 keep: set[str] | None) -> None:
        self.corpus, self.ents, self.relations, self.with_articles, self.keep = corpus, ents, relations, with_articles, keep
        self.edges: dict[tuple[str, str, str, str], _Capped] = defaultdict(_Capped)
        self.nodes: dict[tuple[str, str], _Capped] = defaultdict(_Capped)
        self.pairs: dict[tuple[str, str], _Capped] = defaultdict(_Capped)
        self.articles: dict[str, tuple[str, str]] = {}
        self._orgs: dict[str, str | None] = {}
        self._objs: dict[str, str | None] = {}

    def _org(self, org: str) -> str | None:
        """The body (or place) entity a post's org names, if shown."""
        return self._shown(self._orgs, org, ("body", "place"))

    def _obj(self, obj: str) -> str | None:
        """The project, body or place entity an action's object names, if shown."""
        return self._shown(self._objs, obj, ("project", "body", "place"))

    def _shown(self, memo: dict[str, str | None], name: str, types: tuple[str, ...]) -> str | None:
        """The key of the first entity of ``types`` called ``name`` that the view shows; memoised, as
        pages repeat their bodies and objects."""
        try:
            return memo[name]
        except KeyError:
            k = memo[name] = next((k for k in (entity_key(t, name, None) for t in types) if k in self.ents), None)
            return k

    def _edges(self, v: ViewFacts) -> Iterator[tuple[tuple[str, str, str, str], str]]:
        if "post" in self.relations:
            for pk, org, title, line in v.post_edges:
                o = self._org(org)
                if o and pk in self.ents:
                    yield (pk, o, "post", title), line
        if "action" in self.relations:
            for pk, obj, verb, line in v.actions:
                o = self._obj(obj)
                if o and pk in self.ents:
                    yield (pk, o, "action", verb), line

    def degrees(self, deg: Counter) -> list[str]:
        """Count each distinct edge at both ends; return the article nodes' keys. Post and action
        edges come from the corpus tables (the same distinct edges the pages' view facts give):
        only article nodes need a pass over the spooled pages."""
        ents = self.ents
        if "post" in self.relations:
            for pk, org in {(pk, org) for pk, org, _ in self.corpus.tenures if org}:
                o = self._org(org)
                if o and pk in ents:
                    deg[pk] += 1
                    deg[o] += 1
        if "action" in self.relations:
            for pk, obj, _ in self.corpus.action_edges():
                o = self._obj(obj)
                if o and pk in ents:
                    deg[pk] += 1
                    deg[o] += 1
        arts: list[str] = []
        if self.with_articles:
            for v in self.corpus.views():
                for ak, _, _, keys in v.articles:
                    arts.append(ak)
                    for k in keys:
                        if k in self.ents:
                            deg[ak] += 1
                            deg[k] += 1
        return arts

    def collect(self, pairs: set[tuple[str, str]]) -> None:
        keep, ents = self.keep, self.ents

        def ok(k: str) -> bool:
            return k in ents and (keep is None or k in keep)
        for v in self.corpus.views():
            for (u, o, rel, label), line in self._edges(v):
                if ok(u) and ok(o):
                    e = self.edges[(u, o, rel, "" if rel == "post" else label)]
                    e.add(line)
                    if rel == "post":
                        e.labels.add(label)
            if self.with_articles:
                for ak, name, label, keys in v.articles:
                    if keep is None or ak in keep:
                        self.articles[ak] = (name, label)
                        for k in keys:
                            if ok(k):
                                self.edges[(ak, k, "mention", "提及")].add(label)
            for k, label in v.mentions:
                if ok(k):
                    self.nodes[(k, "articles")].add(label)
            for k, line in v.posts:
                if ok(k):
                    self.nodes[(k, "posts")].add(line)
            for x, y, line in v.pairs:
                if (x, y) in pairs:
                    self.pairs[(x, y)].add(line)


LAYOUT_CORE = 400      # nodes laid out by force; the others are placed around their best-connected neighbour
_GOLDEN = math.pi * (3 - math.sqrt(5))


def layout(G: nx.Graph) -> dict[str, tuple[float, float]]:
    """Positions for a view too big for the browser's physics, computed ahead and deterministic.

    A spring layout of 2,000 nodes takes networkx ~7 s (it is quadratic in the nodes); so only the
    LAYOUT_CORE best-connected nodes are laid out by force, and every other node, best connected
    first, is placed on a small spiral around its best-connected neighbour already placed (or on
    an outer ring if it has none): hubs keep their clusters, in well under a second."""
    H = nx.Graph(G)
    order = sorted(H.nodes, key=lambda n: (-H.degree(n), n))
    # the core is copied in sorted order: a subgraph view iterates its node set in hash order, and
    # the spring layout's seeded start positions follow node order
    core = nx.Graph()
    core.add_nodes_from(sorted(order[:LAYOUT_CORE]))
    core.add_edges_from((u, v) for u in core for v in sorted(H[u]) if v in core)
    pos = {n: (float(x), float(y)) for n, (x, y) in nx.spring_layout(core, seed=7, iterations=50).items()}
    around: Counter[str] = Counter()
    ring = 0
    for n in order[LAYOUT_CORE:]:
        placed = [m for m in H[n] if m in pos]
        if placed:
            a = min(placed, key=lambda m: (-H.degree(m), m))
            k = around[a] = around[a] + 1
            r = 0.02 * math.sqrt(k)
            pos[n] = (pos[a][0] + r * math.cos(k * _GOLDEN), pos[a][1] + r * math.sin(k * _GOLDEN))
        else:
            ring += 1
            pos[n] = (1.3 * math.cos(ring * _GOLDEN), 1.3 * math.sin(ring * _GOLDEN))
    return pos


def to_pyvis(G: nx.MultiDiGraph) -> Network:
    """A pyvis Network of the graph: nodes coloured and shaped by kind, sized by mentions, edges styled by relation."""
    net = Network(directed=True, cdn_resources="remote")
    big = G.number_of_nodes() > LAYOUT_AHEAD
    pos = layout(G) if big else {}
    ids = {n: i for i, n in enumerate(sorted(G.nodes))}
    for n in sorted(G.nodes):
        d = G.nodes[n]
        style = KINDS[d["kind"]]
        extra = {}
        if big:
            x, y = pos[n]
            extra = {"x": float(round(x * 4000, 1)), "y": float(round(y * 4000, 1))}
        net.add_node(ids[n], label=d["name"], group=d["kind"], shape=style["shape"], color=style["color"],
                     value=d["mentions"], info={k: d[k] for k in ("name", "aliases", "posts", "articles")}, **extra)
    for k, (u, v, d) in enumerate(sorted(G.edges(data=True), key=lambda e: (e[0], e[1], e[2]["relation"], e[2]["label"]))):
        rel = d["relation"]
        net.add_edge(ids[u], ids[v], id=k, label=d["label"] if rel != "cooccurrence" else "",
                     color=EDGE_STYLE[rel], width=1 + min(d["weight"], 8) if rel == "cooccurrence" else 2,
                     arrows="to" if rel in ("post", "action") else "", dashes=rel == "cooccurrence",
                     info={"label": d["label"], "evidence": d["evidence"][:6]}, relation=rel)
    net.toggle_physics(not big)
    return net


def render_html(net: Network, hidden_kinds: tuple[str, ...] = ()) -> str:
    """The page for a pyvis Network, self-contained and deterministic."""
    options = {
        # physics settles small graphs; large ones arrive with positions computed ahead (to_pyvis)
        "physics": {"enabled": not any("x" in n for n in net.nodes),
                    "solver": "forceAtlas2Based", "stabilization": {"iterations": 200}},
        "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False},
        "layout": {"randomSeed": 7, "improvedLayout": len(net.nodes) < 800},
        "nodes": {"scaling": {"min": 8, "max": 40}, "font": {"size": 14}},
        "groups": {k: {"color": v["color"], "shape": v["shape"]} for k, v in KINDS.items()},
        "edges": {"smooth": False, "font": {"size": 10, "align": "middle"}},
    }
    present = {n["group"] for n in net.nodes}
    data = {"kinds": {k: v for k, v in KINDS.items() if k in present}, "hiddenKinds": list(hidden_kinds), "options": options,
            "nodes": net.nodes, "edges": net.edges}
    payload = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    payload = payload.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    lib = resources.files("pyvis").joinpath("lib/vis-9.1.2")
    js = lib.joinpath("vis-network.min.js").read_text(encoding="utf-8").replace("</script", "<\\/script")
    css = lib.joinpath("vis-network.css").read_text(encoding="utf-8")
    page = resources.files(__package__).joinpath("templates/graph.html").read_text(encoding="utf-8")
    return page.replace("__VIS_CSS__", css).replace("__VIS_JS__", js).replace("__DATA__", payload)


def view_graph(corpus: Corpus, opts: ViewOptions | None = None) -> nx.MultiDiGraph:
    """The graph the HTML view shows (kinds, --top and --min-weight applied)."""
    opts = opts or ViewOptions()
    kinds = opts.kinds + (("article",) if opts.show_articles else ())
    return to_networkx(corpus, kinds=kinds, min_weight=opts.min_weight, articles=opts.show_articles, top=opts.top)


def write_view(corpus: Corpus, path: str | Path, opts: ViewOptions | None = None) -> nx.MultiDiGraph:
    """Write the HTML view of a corpus; return the graph shown."""
    from kg.text.io import write_atomic
    G = view_graph(corpus, opts)
    write_atomic(path, render_html(to_pyvis(G)))
    return G


def to_graphml(G: nx.MultiDiGraph) -> str:
    """GraphML (Gephi, yEd) of a view graph, with list attributes joined into strings."""
    H = nx.MultiDiGraph()
    for n, d in G.nodes(data=True):
        H.add_node(n, kind=d["kind"], name=d["name"], aliases="、".join(d["aliases"]), mentions=d["mentions"])
    for u, v, d in G.edges(data=True):
        H.add_edge(u, v, relation=d["relation"], label=d["label"], weight=d["weight"])
    return "\n".join(nx.generate_graphml(H)) + "\n"

