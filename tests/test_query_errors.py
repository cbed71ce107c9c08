"""A query kg will not run ends in one line naming the reason (exit code 2), for the Turtle file and
the store alike: SPARQL that does not parse says where, an update is refused as such."""
from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from kg.cli import main

REFUSED = [
    ("SELECT * WHERE { ?s ?p", r"does not parse: line 1, column \d+"),
    ("PREFIX x: <http://x/>\nSELECT ?s WHERE { ?s ?p ?o } LIMT 3", r"does not parse: line 2, column \d+"),
    ("DELETE WHERE { ?s ?p ?o }", r"runs read-only queries \(SELECT, ASK, CONSTRUCT, DESCRIBE\)"),
    ("PREFIX x: <http://x/>\nINSERT DATA { x:a x:b x:c }", r"runs read-only queries"),
    ("DROP ALL", r"runs read-only queries"),
    ("sucession", r"unknown query 'sucession'"),
]


@pytest.fixture(scope="module")
def store(built, tmp_path_factory):
    pytest.importorskip("pyoxigraph")
    from kg.graph.store import load_store
    folder = tmp_path_factory.mktemp("store") / "s"
    load_store(built / "graph.ttl", folder)
    return folder


def _one_line_refusal(res, pattern: str) -> None:
    assert res.exit_code == 2, res.output
    lines = res.output.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in res.output, res.output
    assert re.search(pattern, lines[0]), lines[0]


@pytest.mark.parametrize("query,pattern", REFUSED)
def test_refused_query_on_the_turtle_file_is_one_line(built, query, pattern):
    _one_line_refusal(CliRunner().invoke(main, ["query", str(built / "graph.ttl"), query]), pattern)


@pytest.mark.parametrize("query,pattern", REFUSED)
def test_refused_query_on_the_store_is_one_line(store, query, pattern):
    _one_line_refusal(CliRunner().invoke(main, ["query", "--store", str(store), query]), pattern)


def test_a_missing_store_or_graph_is_named(tmp_path):
    res = CliRunner().invoke(main, ["query", "--store", str(tmp_path / "none"), "SELECT * WHERE { ?s ?p ?o }"])
    _one_line_refusal(res, r"none: no such store")
    res = CliRunner().invoke(main, ["query", str(tmp_path / "none.ttl"), "SELECT * WHERE { ?s ?p ?o }"])
    _one_line_refusal(res, r"none.ttl: no such graph")


def test_a_read_only_query_still_answers(built, store):
    q = "ASK { ?s ?p ?o }"
    for args in (["query", str(built / "graph.ttl"), q], ["query", "--store", str(store), q]):
        res = CliRunner().invoke(main, args)
        assert res.exit_code == 0 and "true" in res.output.lower(), res.output
