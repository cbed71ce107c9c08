"""Fixtures built from the real seed pages: one build per session, reused by every test."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import Graph

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """``kg build seeds`` into a temporary folder, through the library the CLI calls."""
    from kg.run.build import BuildOptions, build_corpus, write_outputs
    out = tmp_path_factory.mktemp("out")
    corpus, report, details = build_corpus([SEEDS], BuildOptions())
    write_outputs(corpus, report, details, out, BuildOptions())
    return out


@pytest.fixture(scope="session")
def built_corpus():
    """The merged corpus of the seeds (entities, pairs, spooled pages)."""
    from kg.run.build import BuildOptions, build_corpus
    return build_corpus([SEEDS], BuildOptions())[0]


@pytest.fixture(scope="session")
def graph(built) -> Graph:
    from kg.graph.rdf import load_graph
    return load_graph(built / "graph.ttl")


@pytest.fixture(scope="session")
def scores(built) -> dict:
    from kg.yardsticks.evaluate import score_json
    table, _ = score_json(GOLD, built / "extraction.json")
    return table


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """A copy of the seeds that a test may add bad files to."""
    d = tmp_path / "pages"
    shutil.copytree(SEEDS, d)
    return d
