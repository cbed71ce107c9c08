"""Scale-out and incremental builds give the same bytes as a plain build."""
import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.run.build import BuildOptions, build_corpus, write_outputs

ROOT = Path(__file__).resolve().parent.parent
FILES = ("graph.ttl", "extraction.json", "graph.html", "report.json")


def _digest(out: Path) -> dict[str, str]:
    return {f: hashlib.sha256((out / f).read_bytes()).hexdigest() for f in FILES}


def _build(pages, out: Path, **kw) -> list[dict]:
    opts = BuildOptions(cache_dir=None if kw.pop("cache", True) is False else str(out / ".cache"), **kw)
    corpus, report, details = build_corpus(pages, opts)
    write_outputs(corpus, report, details, out, opts)
    return details


def test_dask_local_cluster_build_is_byte_identical(tmp_path):
    pytest.importorskip("dask.distributed")
    _build([ROOT / "seeds"], tmp_path / "local", cache=False)
    _build([ROOT / "seeds"], tmp_path / "dask", cache=False, engine="dask")
    assert _digest(tmp_path / "local") == _digest(tmp_path / "dask")


def test_adding_a_page_reextracts_only_that_page(tmp_path):
    pages = tmp_path / "pages"
    shutil.copytree(ROOT / "seeds", pages)
    out = tmp_path / "out"
    first = _build([pages], out)
    assert not any(d["cached"] for d in first)
    (pages / "new.txt").write_text("县长调研防汛\n\n本报讯 5月6日，金水区委副书记、区长孙国强到城关镇调研。记者 王五\n",
                                   encoding="utf-8")
    second = _build([pages], out)
    fresh = [Path(d["path"]).name for d in second if not d["cached"]]
    assert fresh == ["new.txt"]
    again = tmp_path / "again"
    _build([pages], again, cache=False)
    assert _digest(out) == _digest(again)


def test_a_build_drops_cache_entries_no_version_of_kg_here_can_read(tmp_path):
    out = tmp_path / "out"
    _build([ROOT / "seeds"], out)
    cache = out / ".cache"
    current = sorted(p.name for p in cache.iterdir())
    old = current[0].rsplit("-", 1)[0] + "-0123456789abcdef.pickle"     # the same page, another kg
    (cache / old).write_bytes(b"stale")
    again = _build([ROOT / "seeds"], out)
    assert sorted(p.name for p in cache.iterdir()) == current and all(d["cached"] for d in again)


def test_view_top_keeps_the_highest_degree_nodes_of_the_whole_graph(built_corpus):
    from kg.view.network import to_networkx
    full = to_networkx(built_corpus)
    top = to_networkx(built_corpus, top=40)
    expected = {n for n, _ in sorted(full.degree(), key=lambda kv: (-kv[1], kv[0]))[:40]}
    assert set(top.nodes) == expected
    assert top.number_of_edges() == full.subgraph(expected).number_of_edges()


def test_store_values_cannot_change_the_query(built, tmp_path):
    pytest.importorskip("pyoxigraph")
    from kg.graph.query import resolve_query
    from kg.graph.store import load_store, query_store
    load_store(built / "graph.ttl", tmp_path / "store")
    _, rows = query_store(tmp_path / "store", resolve_query("entity"), name='樊惠林" } UNION { ?e ?p ?v } #')
    assert rows == ()
    _, rows = query_store(tmp_path / "store", resolve_query("entity"), name="樊惠林")
    assert rows


def test_a_built_corpus_keeps_no_pages_unless_asked(tmp_path):
    corpus, _, _ = build_corpus([ROOT / "seeds"], BuildOptions())
    assert not corpus.pages and corpus.articles_total > 0
    with pytest.raises(RuntimeError):
        next(corpus.articles())
    kept, _, _ = build_corpus([ROOT / "seeds"], BuildOptions(keep_pages=True))
    assert sum(len(p.articles) for p in kept.pages) == corpus.articles_total


def test_cli_view_is_capped_and_says_how_many_nodes_it_left_out(tmp_path):
    import re

    from click.testing import CliRunner

    from kg.cli import main
    res = CliRunner().invoke(main, ["build", str(ROOT / "seeds"), "--out", str(tmp_path), "--no-cache", "--top", "25"])
    assert res.exit_code == 0, res.output
    total = int(re.search(r"the 25 best connected of (\d+)", res.output).group(1))
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["summary"]["view"]["nodes"] == 25 < total
    assert total == sum(report["summary"]["entities"].values())


_BIG_VIEW = """
import json, networkx as nx
from kg.view.network import LAYOUT_CORE, layout
G = nx.relabel_nodes(nx.barabasi_albert_graph(LAYOUT_CORE * 3, 2, seed=1), lambda i: f"n{i:05d}")
G.add_node("alone")
print(json.dumps(sorted(layout(G).items())))
"""


def test_big_view_layout_places_every_node_near_a_neighbour_and_is_deterministic():
    import math

    import networkx as nx

    from kg.view.network import LAYOUT_CORE, layout
    G = nx.relabel_nodes(nx.barabasi_albert_graph(LAYOUT_CORE * 3, 2, seed=1), lambda i: f"n{i:05d}")
    G.add_node("alone")
    pos = layout(G)
    assert set(pos) == set(G) and pos == layout(G)
    # and across processes with other string hashes (node sets iterate in hash order)
    runs = [subprocess.run([sys.executable, "-c", _BIG_VIEW], capture_output=True, text=True, check=True,
                           env=dict(os.environ, PYTHONHASHSEED=seed)).stdout for seed in ("1", "977")]
    assert runs[0] == runs[1] == json.dumps(sorted(pos.items())) + "\n"
    core = sorted(G, key=lambda n: (-G.degree(n), n))[:LAYOUT_CORE]
    for n in set(G) - set(core) - {"alone"}:
        assert min(math.dist(pos[n], pos[m]) for m in G[n]) < 0.5, n
    assert math.dist(pos["alone"], (0, 0)) > 1.2
