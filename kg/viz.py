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
from collections import defaultdict
from importlib import resources
from pathlib import Path

import networkx as nx
from pyvis.network import Network

from .corpus import Corpus, entity_key

__all__ = ["KINDS", "to_networkx", "to_pyvis", "render_html", "ViewOptions", "view_graph", "write_view", "to_graphml"]

KINDS = {
    "person": {"label": "人物 person", "color": "#e4572e", "shape": "dot"},
    "body": {"label": "机构 body", "color": "#2e86ab", "shape": "diamond"},
    "place": {"label": "地点 place", "color": "#59a96a", "shape": "triangle"},
    "project": {"label": "项目 project", "color": "#f3a712", "shape": "square"},
    "article": {"label": "报道 article", "color": "#8d8d8d", "shape": "box"},
}
EDGE_STYLE = {"post": "#444444", "action": "#b5179e", "cooccurrence": "#c8c8c8", "mention": "#dddddd"}
LAYOUT_AHEAD = 1500


class ViewOptions:
    """What the HTML view shows; graph.ttl keeps everything."""

    def __init__(self, kinds: tuple[str, ...] = ("person", "body", "place", "project"), top: int | None = None,
                 min_weight: int = 1, show_articles: bool = False) -> None:
        self.kinds = tuple(kinds)
        self.top = top
        self.min_weight = min_weight
        self.show_articles = show_articles


def _article_label(corpus: Corpus) -> dict[tuple[str, int], str]:
    return {(p.source, a.index): f"{a.date or '日期不详'} {a.title or a.first_words}（{p.source}）"
            for p, a in corpus.articles()}


def to_networkx(corpus: Corpus, kinds: tuple[str, ...] | None = None, relations: tuple[str, ...] | None = None,
                min_weight: int = 1, articles: bool = False) -> nx.MultiDiGraph:
    """The corpus as a networkx MultiDiGraph: entity nodes (kind, name, aliases, posts, articles) and
    edges of relation ``post`` (person -> body), ``action`` (person -> object) and ``cooccurrence``."""
    kinds = tuple(kinds or ("person", "body", "place", "project"))
    relations = tuple(relations or ("post", "action", "cooccurrence"))
    labels = _article_label(corpus)
    G = nx.MultiDiGraph()
    posts: dict[str, list[str]] = defaultdict(list)
    for p, a in corpus.articles():
        for post in a.posts:
            k = entity_key("person", post.person, p.region.district)
            posts[k].append(f"{post.title}{'（' + post.org + '）' if post.org and post.org not in post.title else ''} · {a.date or '日期不详'}")
    for key, rec in sorted(corpus.entities.items()):
        if rec.type not in kinds:
            continue
        G.add_node(key, kind=rec.type, name=rec.name, aliases=sorted(rec.aliases),
                   posts=sorted(set(posts.get(key, []))), articles=sorted({labels[x] for x in rec.articles}),
                   mentions=len(set(rec.articles)))
    if articles and "article" in kinds:
        for p, a in corpus.articles():
            ak = f"article:{p.source}#{a.index}"
            G.add_node(ak, kind="article", name=a.title or a.first_words, aliases=[], posts=[],
                       articles=[labels[(p.source, a.index)]], mentions=1)
            for e in a.entities:
                k = entity_key(e.type, e.name, p.region.district)
                if k in G:
                    G.add_edge(ak, k, relation="mention", label="提及", weight=1, evidence=[labels[(p.source, a.index)]])
    if "post" in relations:
        seen: dict[tuple[str, str], dict] = {}
        for p, a in corpus.articles():
            for post in a.posts:
                if not post.org:
                    continue
                pk = entity_key("person", post.person, p.region.district)
                ok = next((k for k in (entity_key("body", post.org, None), entity_key("place", post.org, None)) if k in G), None)
                if pk not in G or ok is None:
                    continue
                e = seen.setdefault((pk, ok), {"titles": set(), "evidence": set()})
                e["titles"].add(post.title)
                sent = a.sentence_text(a.sentence_of(post.start)) if post.start >= 0 else ""
                e["evidence"].add(f"{labels[(p.source, a.index)]}: {sent[:80]}")
        for (pk, ok), e in sorted(seen.items()):
            G.add_edge(pk, ok, relation="post", label="、".join(sorted(e["titles"])), weight=len(e["evidence"]),
                       evidence=sorted(e["evidence"]))
    if "action" in relations:
        acts: dict[tuple[str, str, str], set[str]] = defaultdict(set)
        for p, a in corpus.articles():
            for act in a.actions:
                for part in act.participants:
                    pk = entity_key("person", part.person, p.region.district)
                    for obj in act.objects:
                        ok = next((k for k in (entity_key(t, obj, None) for t in ("project", "body", "place")) if k in G), None)
                        if pk in G and ok:
                            acts[(pk, ok, act.verb)].add(f"{labels[(p.source, a.index)]}: {a.sentence_text(act.sentence)[:80]}")
        for (pk, ok, verb), ev in sorted(acts.items()):
            G.add_edge(pk, ok, relation="action", label=verb, weight=len(ev), evidence=sorted(ev))
    if "cooccurrence" in relations:
        texts = {(p.source, a.index): a for p, a in corpus.articles()}
        for (x, y), sents in sorted(corpus.pairs.items()):
            if len(sents) < min_weight or x not in G or y not in G:
                continue
            ev = sorted({f"{labels[(s, ai)]}: {texts[(s, ai)].sentence_text(si)[:80]}" for s, ai, si in sents})
            G.add_edge(x, y, relation="cooccurrence", label=f"共现 ×{len(sents)}", weight=len(sents), evidence=ev)
    return G


def _restrict(G: nx.MultiDiGraph, top: int | None) -> nx.MultiDiGraph:
    if not top or G.number_of_nodes() <= top:
        return G
    deg = sorted(G.degree(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return G.subgraph([n for n, _ in deg]).copy()


def to_pyvis(G: nx.MultiDiGraph) -> Network:
    """A pyvis Network of the graph: nodes coloured and shaped by kind, sized by mentions, edges styled by relation."""
    net = Network(directed=True, cdn_resources="remote")
    big = G.number_of_nodes() > LAYOUT_AHEAD
    pos = nx.spring_layout(nx.Graph(G), seed=7, iterations=30) if big else {}
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
    return _restrict(to_networkx(corpus, kinds=kinds, min_weight=opts.min_weight, articles=opts.show_articles), opts.top)


def write_view(corpus: Corpus, path: str | Path, opts: ViewOptions | None = None) -> nx.MultiDiGraph:
    """Write the HTML view of a corpus; return the graph shown."""
    from .io import write_atomic
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

