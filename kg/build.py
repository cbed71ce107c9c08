"""Pages -> outputs: the whole build, as the CLI and ``kg.build`` run it.

Per-page extraction is a pure function, cached by the page's content hash (and kg's version and
lexicons), and run in a process pool or on Dask; corpus-wide merging and graph assembly follow
in one process, in source order, so any worker count gives byte-identical outputs.
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from . import __version__
from .corpus import Corpus
from .export import extraction_json
from .io import DEFAULT_MAX_BYTES, InputError, iter_inputs, read_page, write_atomic
from .model import BuildReport, PageResult, Skipped
from .pipeline import extract_page
from .rdf import serialize_families, triple_families
from .viz import ViewOptions, to_graphml, write_view

__all__ = ["BuildOptions", "BuildResult", "build_corpus", "write_outputs", "extract_paths", "cache_key"]


@dataclass(slots=True)
class BuildOptions:
    workers: int = 1
    max_bytes: int = DEFAULT_MAX_BYTES
    cache_dir: str | None = None        # reuse per-page extraction stored here (kg build: OUT/.cache)
    min_weight: int = 1                 # co-occurrence kept in graph.ttl
    view: ViewOptions = field(default_factory=lambda: ViewOptions(min_weight=2))
    engine: str = "local"               # local | dask
    scheduler: str | None = None        # dask scheduler address
    store: str | None = None            # also load the graph into a pyoxigraph store here
    graphml: bool = False


@dataclass(slots=True)
class BuildResult:
    corpus: Corpus
    report: BuildReport
    triples: int = 0
    view_nodes: int = 0
    view_edges: int = 0
    details: list[dict] = field(default_factory=list)


_KEY: str | None = None


def cache_key() -> str:
    """kg's version plus a hash of its lexicons: a cached page is reused only by the same extractor."""
    global _KEY
    if _KEY is None:
        h = hashlib.sha256(__version__.encode())
        lex = resources.files("kg").joinpath("lexicons")
        for name in sorted(p.name for p in lex.iterdir() if p.name.endswith((".txt", ".tsv"))):
            h.update(name.encode())
            h.update(lex.joinpath(name).read_bytes())
        for mod in sorted(p.name for p in resources.files("kg").iterdir() if p.name.endswith(".py")):
            h.update(resources.files("kg").joinpath(mod).read_bytes())
        for mod in sorted(p.name for p in resources.files("kg").joinpath("recognize").iterdir() if p.name.endswith(".py")):
            h.update(resources.files("kg").joinpath("recognize", mod).read_bytes())
        _KEY = h.hexdigest()[:16]
    return _KEY


def _work(args: tuple[str, int, str | None]) -> tuple[str, PageResult | str, dict]:
    """Read and extract one page (in a worker): (path, result or error, details)."""
    path, max_bytes, cache_dir = args
    try:
        page = read_page(path, max_bytes)
    except InputError as exc:
        return path, str(exc), {}
    if not page.text.strip():
        return path, "empty", {"encoding": page.encoding}
    cached = Path(cache_dir, f"{page.sha256}-{cache_key()}.pickle") if cache_dir else None
    if cached and cached.exists():
        try:
            res: PageResult = pickle.loads(cached.read_bytes())
            res = PageResult(page.source, page.path, res.sha256, res.encoding, res.region, res.articles, res.warnings)
            return path, res, {"cached": True}
        except Exception:   # a damaged cache entry is rebuilt
            pass
    res = extract_page(page)
    if cached:
        write_atomic(cached, pickle.dumps(res, protocol=pickle.HIGHEST_PROTOCOL))
    return path, res, {"cached": False}


def extract_paths(paths: Iterable[str | os.PathLike[str]], opts: BuildOptions,
                  progress: Callable[[int], None] | None = None) -> Iterator[tuple[str, PageResult | str, dict] | Skipped]:
    """Yield per input, in input order: (path, PageResult | reason, details) or Skipped."""
    items: list[Path | Skipped] = list(iter_inputs(paths))
    jobs = [(str(p), opts.max_bytes, opts.cache_dir) for p in items if not isinstance(p, Skipped)]
    results: Iterator[tuple[str, PageResult | str, dict]]
    if opts.engine == "dask":
        from .scale import dask_map
        results = iter(dask_map(_work, jobs, opts.scheduler))
    elif opts.workers > 1 and len(jobs) > 1:
        pool = ProcessPoolExecutor(max_workers=opts.workers)
        results = pool.map(_work, jobs, chunksize=max(1, len(jobs) // (opts.workers * 8)))
    else:
        results = map(_work, jobs)
    for item in items:
        if isinstance(item, Skipped):
            yield item
            continue
        r = next(results)
        if progress:
            progress(1)
        yield r


def build_corpus(paths: Iterable[str | os.PathLike[str]], opts: BuildOptions | None = None,
                 progress: Callable[[int], None] | None = None) -> tuple[Corpus, BuildReport, list[dict]]:
    """Extract every page and merge them; every input is accounted for in the report."""
    opts = opts or BuildOptions()
    report = BuildReport()
    details: list[dict] = []
    pages: list[PageResult] = []
    for r in extract_paths(paths, opts, progress):
        if isinstance(r, Skipped):
            report.skipped.append(r)
            details.append({"path": r.path, "status": "skipped", "reason": r.reason})
            continue
        path, res, info = r
        if isinstance(res, str):
            if res == "empty":
                report.empty.append(path)
                details.append({"path": path, "status": "empty", "reason": "no text", **info})
            else:
                report.skipped.append(Skipped(path, res))
                details.append({"path": path, "status": "skipped", "reason": res})
            continue
        pages.append(res)
        report.built.append(path)
        report.articles += len(res.articles)
        d = {"path": path, "status": "built" if res.articles else "no articles", "source": res.source,
             "encoding": res.encoding, "district": res.region.district, "articles": len(res.articles),
             "cached": info.get("cached", False)}
        if res.warnings:
            d["warnings"] = list(res.warnings)
        details.append(d)
    return Corpus.from_pages(pages), report, details


def summary(result: BuildResult) -> dict:
    c = result.corpus
    types = Counter(r.type for r in c.entities.values())
    posts = sum(len(a.posts) for _, a in c.articles())
    actions = sum(len(a.actions) for _, a in c.articles())
    return {
        "pages": len(result.report.built), "empty": len(result.report.empty), "skipped": len(result.report.skipped),
        "articles": result.report.articles, "entities": dict(sorted(types.items())), "posts": posts,
        "events": actions, "cooccurring_pairs": len(c.pairs), "triples": result.triples,
        "view": {"nodes": result.view_nodes, "edges": result.view_edges},
    }


def write_outputs(corpus: Corpus, report: BuildReport, details: list[dict], out: str | Path,
                  opts: BuildOptions | None = None) -> BuildResult:
    """graph.ttl, extraction.json, graph.html, report.json (and optional extras), each written atomically."""
    opts = opts or BuildOptions()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    counted = [0]

    def families():
        for family in triple_families(corpus, min_weight=opts.min_weight):
            counted[0] += len(family)
            yield family
    write_atomic(out / "graph.ttl", serialize_families(families()))
    write_atomic(out / "extraction.json", extraction_json(corpus.pages))
    result = BuildResult(corpus, report, triples=counted[0], details=details)
    shown = write_view(corpus, out / "graph.html", opts.view)
    result.view_nodes, result.view_edges = shown.number_of_nodes(), shown.number_of_edges()
    if opts.graphml:
        write_atomic(out / "graph.graphml", to_graphml(shown))
    if opts.store:
        from .store import load_store
        load_store(out / "graph.ttl", opts.store)
    # the report is part of the deterministic output: whether a page came from the cache is left out
    inputs = [{k: v for k, v in d.items() if k != "cached"} for d in details]
    rep = {"kg_version": __version__, "summary": summary(result), "inputs": inputs}
    write_atomic(out / "report.json", json.dumps(rep, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    return result
