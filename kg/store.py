"""An embedded pyoxigraph store for graphs too big to query in memory with rdflib."""
from __future__ import annotations

import shutil
from pathlib import Path

__all__ = ["load_store", "query_store"]


def load_store(ttl: str | Path, directory: str | Path) -> int:
    """(Re)load ``ttl`` into a fresh on-disk pyoxigraph store at ``directory``; return its triple count."""
    import pyoxigraph as ox
    d = Path(directory)
    if d.exists():
        shutil.rmtree(d)
    store = ox.Store(str(d))
    store.bulk_load(path=str(ttl), format=ox.RdfFormat.TURTLE)
    store.flush()
    n = len(store)
    del store
    return n


def query_store(directory: str | Path, sparql: str, **bindings: str):
    """Run SPARQL on the store with ``bindings`` as substitutions; return (vars, rows of strings)."""
    import pyoxigraph as ox
    store = ox.Store.read_only(str(directory))
    subs = {ox.Variable(k): (ox.NamedNode(v) if v.startswith(("http://", "https://")) else ox.Literal(v))
            for k, v in bindings.items()}
    try:
        res = store.query(sparql, substitutions=subs)
    except RuntimeError as exc:
        if "projection" in str(exc):
            raise ValueError(f"the store binds only variables the query selects: {exc}") from exc
        raise
    vars_ = tuple(v.value for v in res.variables)
    rows = []
    for sol in res:
        rows.append(tuple(None if sol[v] is None else sol[v].value for v in vars_))
    return vars_, tuple(rows)
