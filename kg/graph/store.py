"""An embedded pyoxigraph store for graphs too big to query in memory with rdflib."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

__all__ = ["load_store", "query_store", "with_values"]


def load_store(ttl: str | Path, directory: str | Path) -> int:
    """(Re)load ``ttl`` into a fresh on-disk pyoxigraph store at ``directory``; return its triple count."""
    import pyoxigraph as ox
    d = Path(directory)
    if d.exists():
        shutil.rmtree(d)
    store = ox.Store(str(d))
    store.bulk_load(path=str(ttl), format=ox.RdfFormat.TURTLE)
    store.flush()
    store.optimize()        # compacted, lookups of terms by id are about twice as fast
    n = len(store)
    del store
    return n


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def with_values(sparql: str, bindings: dict[str, str]) -> str:
    """``sparql`` with ``bindings`` as a VALUES block opening its (first, outermost) WHERE.

    Oxigraph plans a query before it sees ``substitutions``, so a bound name would be joined last
    (seconds on a large store); a VALUES block is planned first. Values are written as N-Triples
    terms (escaped by pyoxigraph), so a value cannot change the query. Bind only variables the query
    matches outside OPTIONAL: joined first, a value there would label rows instead of selecting them
    (bundled queries declare theirs, see ``kg.graph.query.bindable``).
    """
    import pyoxigraph as ox
    if not bindings:
        return sparql
    for k in bindings:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", k):
            raise ValueError(f"not a SPARQL variable name: {k!r}")
    m = _WHERE.search(sparql)
    if m is None:
        raise ValueError("the query has no WHERE clause to bind values in")
    terms = [str(ox.NamedNode(v) if v.startswith(("http://", "https://")) else ox.Literal(v)) for v in bindings.values()]
    block = f" VALUES ({' '.join('?' + k for k in bindings)}) {{ ({' '.join(terms)}) }} "
    return sparql[:m.end()] + block + sparql[m.end():]


def query_store(directory: str | Path, sparql: str, **bindings: str):
    """Run SPARQL on the store with ``bindings`` bound (see ``with_values``); return (vars, rows of strings)."""
    import pyoxigraph as ox
    from kg.graph.query import TRIPLE, QueryError, parse_error
    if not Path(directory, "CURRENT").exists():
        raise QueryError(f"{directory}: no such store (run kg build --store DIR first)")
    store = ox.Store.read_only(str(directory))
    try:
        res = store.query(with_values(sparql, bindings))
    except SyntaxError as exc:
        raise parse_error(exc, sparql) from None
    if isinstance(res, ox.QueryBoolean):
        return ("answer",), (("true" if bool(res) else "false",),)
    if isinstance(res, ox.QueryTriples):
        return TRIPLE, tuple(sorted((t.subject.value, t.predicate.value, t.object.value) for t in res))
    vars_ = tuple(v.value for v in res.variables)
    rows = []
    for sol in res:
        rows.append(tuple(None if sol[v] is None else sol[v].value for v in vars_))
    return vars_, tuple(rows)
