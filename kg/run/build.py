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

from kg.version import __version__
from kg.corpus.tables import Corpus, PageDigest, PageFacts
from kg.run.digest import digest_page
from kg.run.export import join_json
from kg.text.io import DEFAULT_MAX_BYTES, InputError, iter_inputs, read_page, write_atomic
from kg.model import BuildReport, Failed, Failure, Page, PageResult, Skipped
from kg.run.guard import guarded
from kg.extract.pipeline import extract_page
from kg.graph.rdf import turtle
from kg.view.network import ViewOptions, to_graphml, write_view

__all__ = ["DEFAULT_PAGE_TIMEOUT", "BuildOptions", "BuildResult", "build_corpus", "write_outputs", "extract_paths", "cache_key", "prune_cache"]


DEFAULT_PAGE_TIMEOUT = 60.0


@dataclass(slots=True)
class BuildOptions:
    workers: int = 1
    max_bytes: int = DEFAULT_MAX_BYTES
    cache_dir: str | None = None        # reuse per-page extraction stored here (kg build: OUT/.cache)
    keep_pages: bool = False            # keep every PageResult in memory (the Python API's tables)
    view: ViewOptions = field(default_factory=lambda: ViewOptions(min_weight=2))
    engine: str = "local"               # local | dask
    scheduler: str | None = None        # dask scheduler address
    store: str | None = None            # also load the graph into a pyoxigraph store here
    graphml: bool = False
    page_timeout: float | None = DEFAULT_PAGE_TIMEOUT   # seconds one page may take (None: no limit)


@dataclass(slots=True)
class BuildResult:
    corpus: Corpus
    report: BuildReport
    triples: int = 0
    view_nodes: int = 0
    view_edges: int = 0
    details: list[dict] = field(default_factory=list)


_KEY: str | None = None


def _modules(folder) -> list:
    """Every .py file below a package folder, in path order."""
    out = []
    for p in sorted(folder.iterdir(), key=lambda p: p.name):
        if p.is_dir() and p.name != "__pycache__":
            out += _modules(p)
        elif p.name.endswith(".py"):
            out.append(p)
    return out


def cache_key() -> str:
    """kg's version plus a hash of its lexicons: a cached page is reused only by the same extractor."""
    global _KEY
    if _KEY is None:
        h = hashlib.sha256(__version__.encode())
        lex = resources.files("kg").joinpath("lexicons")
        for name in sorted(p.name for p in lex.iterdir() if p.name.endswith((".txt", ".tsv"))):
            h.update(name.encode())
            h.update(lex.joinpath(name).read_bytes())
        for mod in _modules(resources.files("kg")):      # extraction and the renderers of a cached digest
            h.update(mod.read_bytes())
        _KEY = h.hexdigest()[:16]
    return _KEY


def _cache_file(cache_dir: str, page: Page) -> Path:
    # the file name is part of the key: IRIs and records of a page carry its name
    name = hashlib.sha256(page.source.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return Path(cache_dir, f"{page.sha256}-{name}-{cache_key()}.pickle")


def prune_cache(cache_dir: str) -> int:
    """Delete the cache entries written by another version of kg (or of its lexicons): no build by
    this one can read them, and a corpus's cache is as big as its Turtle. Returns how many."""
    keep = f"-{cache_key()}.pickle"
    stale = [p for p in Path(cache_dir).glob("*.pickle") if not p.name.endswith(keep)]
    for p in stale:
        p.unlink(missing_ok=True)
    return len(stale)


def _work(args: tuple[str, int, str | None, bool, float | None]) -> tuple[str, PageDigest | str | Failure, dict, PageResult | None]:
    """Read, extract and digest one page (in a worker): (path, digest, reason or failure, details,
    page if kept). Whatever fails on the page, or runs past ``timeout`` seconds, is its Failure."""
    path, timeout = args[0], args[4]
    out = guarded(lambda: _page(*args[:4]), timeout)
    return (path, out, {}, None) if isinstance(out, Failure) else out


def _page(path: str, max_bytes: int, cache_dir: str | None, keep: bool
          ) -> tuple[str, PageDigest | str, dict, PageResult | None]:
    try:
        page = read_page(path, max_bytes)
    except InputError as exc:
        return path, str(exc), {}, None
    if not page.text.strip():
        return path, "empty", {"encoding": page.encoding}, None
    # the cache holds digests; a build that keeps its pages (the Python API) extracts them again
    cached = _cache_file(cache_dir, page) if cache_dir else None
    if cached and not keep and cached.exists():
        try:
            digest: PageDigest = pickle.loads(cached.read_bytes())
            return path, digest, {"cached": True, **_info(digest.facts, page.encoding)}, None
        except Exception:   # a damaged cache entry is rebuilt
            pass
    res = extract_page(page)
    digest = digest_page(res)
    if cached:
        write_atomic(cached, pickle.dumps(digest, protocol=pickle.HIGHEST_PROTOCOL))
    return path, digest, {"cached": False, **_info(digest.facts, page.encoding)}, res if keep else None


def _warm() -> None:
    """Load the tokenizer and lexicons here before forking, so workers start ready (about a second
    each otherwise, on every build)."""
    import multiprocessing
    if multiprocessing.get_start_method() == "fork":
        from kg.extract.pipeline import extract_text
        digest_page(extract_text("区委书记张三到黄泥镇调研。\n\n本报讯 5月6日，区长李四主持召开会议。", "warm.txt"))


def _info(f: PageFacts, encoding: str) -> dict:
    """What report.json says of a built page."""
    d = {"status": "built" if f.articles else "no articles", "source": f.source, "encoding": encoding,
         "district": f.region.district, "articles": f.articles}
    if f.warnings:
        d["warnings"] = list(f.warnings)
    return d


def extract_paths(items: list[Path | Skipped], opts: BuildOptions, progress: Callable[[int], None] | None = None
                  ) -> Iterator[tuple[str, PageDigest | str | Failure, dict, PageResult | None] | Skipped]:
    """Yield the Skipped inputs (of ``kg.text.io.iter_inputs``), then per readable input in (file name,
    path) order -- the order of the outputs -- (path, digest | reason | failure, details, page if kept)."""
    yield from (i for i in items if isinstance(i, Skipped))
    files = sorted((p for p in items if not isinstance(p, Skipped)), key=lambda p: (p.name, str(p)))
    jobs = [(str(p), opts.max_bytes, opts.cache_dir, opts.keep_pages, opts.page_timeout) for p in files]
    results: Iterator[tuple[str, PageDigest | str | Failure, dict, PageResult | None]]
    pool = None
    if opts.engine == "dask":
        from kg.run.scale import dask_map
        results = dask_map(_work, jobs, opts.scheduler)
    elif opts.workers > 1 and len(jobs) > 1:
        _warm()
        pool = ProcessPoolExecutor(max_workers=opts.workers)
        results = pool.map(_work, jobs, chunksize=max(1, min(16, len(jobs) // (opts.workers * 8))))
    else:
        results = map(_work, jobs)
    try:
        for r in results:
            if progress:
                progress(1)
            yield r
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def build_corpus(paths: Iterable[str | os.PathLike[str]], opts: BuildOptions | None = None,
                 progress: Callable[[int], None] | None = None) -> tuple[Corpus, BuildReport, list[dict]]:
    """Extract every page and merge them as they arrive; every input is accounted for in the report
    (listed in input order)."""
    opts = opts or BuildOptions()
    items = list(iter_inputs(paths))
    report = BuildReport()
    corpus = Corpus()
    by_path: dict[str, dict] = {}
    for r in extract_paths(items, opts, progress):
        if isinstance(r, Skipped):
            report.skipped.append(r)
            by_path[r.path] = {"path": r.path, "status": "skipped", "reason": r.reason}
            continue
        path, res, info, page = r
        if isinstance(res, Failure):
            report.failed.append(Failed(path, res))
            by_path[path] = {"path": path, "status": "failed", "reason": str(res),
                             "error": {"type": res.kind, "message": res.message, "where": res.where}}
            continue
        if isinstance(res, str):
            if res == "empty":
                report.empty.append(path)
                by_path[path] = {"path": path, "status": "empty", "reason": "no text", **info}
            else:
                report.skipped.append(Skipped(path, res))
                by_path[path] = {"path": path, "status": "skipped", "reason": res}
            continue
        corpus.add(res, page)
        report.built.append(path)
        report.articles += res.facts.articles
        by_path[path] = {"path": path, **info}
    if opts.cache_dir and Path(opts.cache_dir).is_dir():
        prune_cache(opts.cache_dir)
    order = [str(i.path) if isinstance(i, Skipped) else str(i) for i in items]
    details = [by_path[p] for p in dict.fromkeys(order) if p in by_path]
    return corpus, report, details


def summary(result: BuildResult) -> dict:
    c = result.corpus
    types = Counter(r.type for r in c.entities.values())
    return {
        "pages": len(result.report.built), "empty": len(result.report.empty), "skipped": len(result.report.skipped),
        "failed": len(result.report.failed),
        "articles": result.report.articles, "entities": dict(sorted(types.items())), "posts": c.posts_total,
        "events": c.events_total, "cooccurring_pairs": c.pair_count(), "triples": result.triples,
        "view": {"nodes": result.view_nodes, "edges": result.view_edges},
    }


def write_outputs(corpus: Corpus, report: BuildReport, details: list[dict], out: str | Path,
                  opts: BuildOptions | None = None) -> BuildResult:
    """graph.ttl, extraction.json, graph.html, report.json (and optional extras), each written atomically."""
    opts = opts or BuildOptions()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    counted = [0]
    write_atomic(out / "graph.ttl", turtle(corpus, counted))
    write_atomic(out / "extraction.json", join_json(corpus.records()))
    result = BuildResult(corpus, report, triples=counted[0], details=details)
    shown = write_view(corpus, out / "graph.html", opts.view)
    result.view_nodes, result.view_edges = shown.number_of_nodes(), shown.number_of_edges()
    if opts.graphml:
        write_atomic(out / "graph.graphml", to_graphml(shown))
    if opts.store:
        from kg.graph.store import load_store
        load_store(out / "graph.ttl", opts.store)
    # the report is part of the deterministic output: whether a page came from the cache is left out
    inputs = [{k: v for k, v in d.items() if k != "cached"} for d in details]
    rep = {"kg_version": __version__, "summary": summary(result), "inputs": inputs}
    write_atomic(out / "report.json", json.dumps(rep, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    return result
