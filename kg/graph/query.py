"""SPARQL over a built graph: bundled named queries, user values bound as variables, readable output.

User values never touch the query text: they are passed as initial bindings (rdflib) or
substitutions (pyoxigraph), so a value cannot change what a query does.
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from rdflib import Graph, Literal, URIRef, Variable

__all__ = ["bundled", "bindable", "resolve_query", "run", "QueryResult", "QueryError", "format_result"]


class QueryError(ValueError):
    """A query kg will not run: unknown, an update, or SPARQL that does not parse (one line, for the user)."""


TRIPLE = ("subject", "predicate", "object")      # the columns of a CONSTRUCT or DESCRIBE answer
READ_ONLY = "kg query runs read-only queries (SELECT, ASK, CONSTRUCT, DESCRIBE)"
_PROLOGUE = r"(?:\s|#[^\n]*\n|PREFIX\s+[\w-]*:\s*<[^>]*>|BASE\s*<[^>]*>)*"
_UPDATE = re.compile(_PROLOGUE + r"(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE)


def parse_error(exc: Exception, text: str) -> QueryError:
    """A parser's exception (rdflib's pyparsing or pyoxigraph's) as one line with line and column."""
    line, col = getattr(exc, "lineno", None), getattr(exc, "col", None)
    if line is None:                                            # pyoxigraph: "error at 1:20: expected ..."
        m = re.search(r"(\d+):(\d+)", str(exc))
        line, col = (int(m.group(1)), int(m.group(2))) if m else (None, None)
    msg = re.sub(r"^error at \d+:\d+: ", "", str(getattr(exc, "msg", "") or exc).splitlines()[0])
    if len(msg) > 100:                                          # oxigraph lists every token it expected
        msg = msg[:100].rsplit(",", 1)[0] + ", …"
    where = f"line {line}, column {col}: " if line is not None else ""
    return QueryError(f"the query does not parse: {where}{msg}")


@dataclass(frozen=True, slots=True)
class QueryResult:
    vars: tuple[str, ...]
    rows: tuple[tuple[str | None, ...], ...]


@cache
def _texts() -> dict[str, str]:
    """Name -> text of every bundled query, read once."""
    return {f.name[:-3]: f.read_text(encoding="utf-8")
            for f in sorted(resources.files(__package__).joinpath("queries").iterdir(), key=lambda p: p.name)
            if f.name.endswith(".rq")}


def bundled() -> dict[str, str]:
    """Name -> first comment line of every bundled query."""
    return {name: text.splitlines()[0].lstrip("# ").strip() for name, text in _texts().items()}


_BIND_LINE = re.compile(r"^# bind: ([\w, ]+)", re.MULTILINE)


def bindable(name: str) -> tuple[str, ...]:
    """The variables a bundled query may be bound on (its ``# bind:`` line)."""
    m = _BIND_LINE.search(_texts()[name])
    return tuple(v.strip() for v in m.group(1).split(",") if v.strip()) if m else ()


def resolve_query(query: str, bound: Iterable[str] = ()) -> str:
    """A bundled query's name, a .rq file, or SPARQL text -> SPARQL text.

    A bundled query may be bound only on the variables it declares: a bound value joins first, so
    a variable read in an OPTIONAL would label rows with the value instead of selecting them."""
    if query in _texts():
        allowed = bindable(query)
        wrong = [k for k in bound if k not in allowed]
        if wrong:
            can = f"only on {', '.join('?' + v for v in allowed)}" if allowed else "on no variable"
            raise QueryError(f"{query} can be bound {can}, not on {', '.join('?' + k for k in wrong)}")
        return _texts()[query]
    if query.endswith(".rq") and Path(query).exists():
        query = Path(query).read_text(encoding="utf-8")
    if _UPDATE.match(query):
        raise QueryError(READ_ONLY)
    if re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", query, re.I):
        return query
    raise QueryError(f"unknown query {query!r}: give SPARQL text, a .rq file, or one of {', '.join(bundled())}")


def _term(value: str) -> Literal | URIRef:
    if re.match(r"^https?://", value):
        return URIRef(value)
    return Literal(value)


def _text(v: object) -> str | None:
    if v is None:
        return None
    return str(v)


# rdflib has no LATERAL (a store hint in bundled queries, see entity.rq): it runs them as a plain join
_LATERAL = re.compile(r"^\s*LATERAL\s*(?=\{)", re.MULTILINE)


def run(graph: Graph, query: str, **bindings: str) -> QueryResult:
    """Run SPARQL (or a bundled query's name) on an rdflib graph with ``bindings`` as initial bindings.
    A ``LATERAL`` that opens a line is read as a plain join (rdflib does not know it).

    Examples
    --------
    >>> from rdflib import Graph
    >>> g = Graph().parse(data='<http://x/a> <http://www.w3.org/2000/01/rdf-schema#label> "张德明" .', format="turtle")
    >>> run(g, "SELECT ?s WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?name }", name="张德明").rows
    (('http://x/a',),)
    """
    text = _LATERAL.sub("", resolve_query(query, bindings))
    init = {Variable(k): _term(v) for k, v in bindings.items()}
    from pyparsing import ParseException
    try:
        res = graph.query(text, initBindings=init)
    except ParseException as exc:
        raise parse_error(exc, text) from None
    if res.type == "ASK":
        return QueryResult(("answer",), (("true" if res.askAnswer else "false",),))
    if res.type in ("CONSTRUCT", "DESCRIBE"):
        return QueryResult(TRIPLE, tuple(sorted(tuple(map(str, t)) for t in res.graph)))
    vars_ = tuple(str(v) for v in (res.vars or []))
    rows = tuple(tuple(_text(r[i]) for i in range(len(vars_))) for r in res)
    return QueryResult(vars_, rows)


def format_result(res: QueryResult, fmt: str = "table", width: int = 48) -> str:
    if fmt == "json":
        return json.dumps([dict(zip(res.vars, r)) for r in res.rows], ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(res.vars)
        w.writerows([["" if c is None else c for c in r] for r in res.rows])
        return buf.getvalue()
    cells = [[_short(c or "", width) for c in r] for r in res.rows]
    widths = [max([_w(h)] + [_w(r[i]) for r in cells]) for i, h in enumerate(res.vars)]
    line = lambda r: "  ".join(c + " " * (widths[i] - _w(c)) for i, c in enumerate(r)).rstrip()  # noqa: E731
    out = [line(list(res.vars)), line(["-" * w for w in widths])] + [line(r) for r in cells]
    out.append(f"({len(res.rows)} rows)")
    return "\n".join(out) + "\n"


def _short(s: str, width: int) -> str:
    s = s.replace("https://w3id.org/kg-news/ns#", "kg:").replace("https://schema.org/", "schema:")
    s = s.replace("http://www.w3.org/ns/org#", "org:").replace("http://www.w3.org/2004/02/skos/core#", "skos:")
    s = s.replace("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdf:").replace("https://w3id.org/kg-news/id/", "id:")
    s = s.replace("\n", " ")
    return s if _w(s) <= width else s[: width - 1] + "…"


def _w(s: str) -> int:
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
