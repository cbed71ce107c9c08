"""Scoring against gold annotations: the same figures as ../shared/eval/score.py, which it mirrors.

The scorer is a copy kept in ``kg/yardsticks/score.py`` (the yardstick's own code, unchanged), so that
``kg eval`` and the tests score exactly as the shared evaluation does.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from kg.yardsticks import score as _score
from kg.run.build import BuildOptions, build_corpus
from kg.run.export import join_json
from kg.text.io import write_atomic

__all__ = ["score_json", "evaluate_paths", "format_scores"]


def score_json(gold: str | Path, pred: str | Path) -> tuple[dict, dict]:
    """Scores of prediction file/folder ``pred`` against ``gold``: (table, errors)."""
    g, p = _score.load(gold), _score.load(pred)
    counts, errors = _score.score(g, p)
    table = {k: dict(zip(("p", "r", "f1"), _score.prf(*v)), tp=v[0], pred=v[1], gold=v[2]) for k, v in counts.items()}
    return table, dict(errors)


def evaluate_paths(gold: str | Path, pages: tuple[str, ...], out: str | None = None) -> tuple[dict, dict]:
    corpus, _, _ = build_corpus(pages, BuildOptions())
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(out or tmp) / "extraction.json"
        write_atomic(target, join_json(corpus.records()))
        return score_json(gold, target)


def format_scores(table: dict, errors: dict, n: int = 0) -> str:
    lines = [f"{'metric':22} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'pred':>5} {'gold':>5}"]
    for k, v in table.items():
        lines.append(f"{k:22} {v['p']:6.3f} {v['r']:6.3f} {v['f1']:6.3f} {v['tp']:5d} {v['pred']:5d} {v['gold']:5d}")
    for kind, rows in errors.items():
        for r in rows[:n]:
            lines.append(f"{kind}: {r}")
    return "\n".join(lines) + "\n"
