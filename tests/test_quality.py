"""Extraction scored against the gold of the seeds with the project's yardstick (lenient F1).

Floors sit just below the figures reached, so quality cannot silently regress; raise them as it rises.
"""
import pytest

FLOORS = {
    "entities/person": 0.98,
    "entities/body": 0.95,
    "entities/place": 0.86,
    "entities/project": 0.88,
    "entities/lenient": 0.93,
    "entities/canonical": 0.93,
    "posts/title": 0.98,
    "posts/anchored": 0.98,
    "articles/title": 0.98,
    "articles/date": 0.98,
    "articles/bylines": 0.98,
}


@pytest.mark.parametrize("metric,floor", sorted(FLOORS.items()))
def test_seed_extraction_stays_above_floor(scores, metric, floor):
    assert scores[metric]["f1"] >= floor, f"{metric}: F1 {scores[metric]['f1']:.3f} fell below {floor}"


def test_every_seed_page_is_scored(built):
    import json
    from pathlib import Path
    pred = {d["source"] for d in json.loads((built / "extraction.json").read_text(encoding="utf-8"))}
    gold = {p.name.replace(".json", ".txt") for p in (Path(__file__).parent / "gold").glob("*.json")}
    assert gold <= pred


def test_kg_eval_scores_what_kg_build_writes(scores, seeds_dir):
    from pathlib import Path
    from kg.yardsticks.evaluate import evaluate_paths
    table, _ = evaluate_paths(Path(__file__).parent / "gold", (str(seeds_dir),))
    assert {k: v["f1"] for k, v in table.items()} == {k: v["f1"] for k, v in scores.items()}
