# Copied unchanged from ../shared/eval/score.py (the project yardstick); kg.evaluate imports it.
#!/usr/bin/env python3
"""Score extraction output against gold annotations.

Both sides use one shape (see GUIDE.md beside this file): per source text, a
list of articles, each with entities, posts and metadata.

    score.py GOLD PRED [--json]

GOLD and PRED are each a JSON file or a folder of JSON files; a file holds one
per-source object or a list of them. Sources are paired by their `source` name.

Entities and posts are scored per source page (the union over its articles),
so a different article split does not change them. Metadata is scored per
article, pairing articles by headline similarity.

Entity match, lenient: same type and the predicted canonical name is the gold
name or one of its aliases. canonical: the predicted name equals the gold name.
untyped: lenient, ignoring type. Each gold item is matched at most once.
"""
import argparse
import difflib
import json
import pathlib
import signal
import sys
from collections import defaultdict

TYPES = ("person", "body", "place", "project")


def load(path):
    p = pathlib.Path(path)
    files = sorted(p.glob("*.json")) if p.is_dir() else [p]
    out = {}
    for f in files:
        data = json.loads(f.read_text(encoding="utf-8"))
        for doc in data if isinstance(data, list) else [data]:
            out[pathlib.Path(doc["source"]).name] = doc
    return out


def clean(s):
    return "".join((s or "").split())


def entities(doc):
    ents = []
    for art in doc.get("articles", []):
        for e in art.get("entities", []):
            ents.append((e["type"], clean(e["name"]), {clean(a) for a in e.get("aliases", [])}))
    # dedupe on (type, name), merging aliases
    merged = {}
    for t, n, al in ents:
        merged.setdefault((t, n), set()).update(al)
    return [(t, n, al | {n}) for (t, n), al in merged.items()]


def prf(tp, npred, ngold):
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def match(gold, pred, ok):
    """Greedy one-to-one matching; returns (tp, unmatched gold, unmatched pred)."""
    used = set()
    tp = 0
    missed_pred = []
    for pi, pv in enumerate(pred):
        for gi, gv in enumerate(gold):
            if gi not in used and ok(gv, pv):
                used.add(gi)
                tp += 1
                break
        else:
            missed_pred.append(pv)
    missed_gold = [g for i, g in enumerate(gold) if i not in used]
    return tp, missed_gold, missed_pred


def posts(doc):
    rows = set()
    for art in doc.get("articles", []):
        for p in art.get("posts", []):
            rows.add((clean(p["person"]), clean(p.get("title")), clean(p.get("org")), clean(p.get("role"))))
    return sorted(rows)


def score(gold, pred):
    counts = defaultdict(lambda: [0, 0, 0])  # key -> tp, npred, ngold
    errors = defaultdict(list)
    for src, gdoc in sorted(gold.items()):
        pdoc = pred.get(src, {"articles": []})
        ge, pe = entities(gdoc), entities(pdoc)
        modes = {
            "lenient": lambda g, p: g[0] == p[0] and p[1] in g[2],
            "canonical": lambda g, p: g[0] == p[0] and p[1] == g[1],
            "untyped": lambda g, p: p[1] in g[2],
        }
        for mode, ok in modes.items():
            tp, mg, mp = match(ge, pe, ok)
            c = counts[f"entities/{mode}"]
            c[0] += tp; c[1] += len(pe); c[2] += len(ge)
            if mode == "lenient":
                errors["missed"] += [f"{src}: {t} {n}" for t, n, _ in mg]
                errors["spurious"] += [f"{src}: {t} {n}" for t, n, _ in mp]
        for t in TYPES:
            gt = [g for g in ge if g[0] == t]
            pt = [p for p in pe if p[0] == t]
            tp, _, _ = match(gt, pt, modes["lenient"])
            c = counts[f"entities/{t}"]
            c[0] += tp; c[1] += len(pt); c[2] += len(gt)
        # posts: (person, title) and anchored (person, org, role); org may be an alias
        alias = {}
        for t, n, al in ge:
            for a in al:
                alias.setdefault(a, n)
        gp, pp = posts(gdoc), posts(pdoc)
        for mode, key in {
            "posts/title": lambda r: (r[0], r[1]),
            "posts/anchored": lambda r: (r[0], alias.get(r[2], r[2]), r[3]),
        }.items():
            gk = sorted({key(r) for r in gp})
            pk = sorted({key(r) for r in pp})
            tp, mg, mp = match(gk, pk, lambda g, p: g == p)
            c = counts[mode]
            c[0] += tp; c[1] += len(pk); c[2] += len(gk)
            if mode == "posts/title":
                errors["posts missed"] += [f"{src}: {g}" for g in mg]
                errors["posts spurious"] += [f"{src}: {p}" for p in mp]
        # articles: pair by headline similarity
        ga = [a for a in gdoc.get("articles", [])]
        pa = [a for a in pdoc.get("articles", [])]
        gt_ = [clean(a.get("title")) for a in ga]
        pt_ = [clean(a.get("title")) for a in pa]
        pairs, used = [], set()
        for gi, g in enumerate(gt_):
            best, bj = 0.0, None
            for pj, p in enumerate(pt_):
                if pj in used or not g or not p:
                    continue
                r = difflib.SequenceMatcher(None, g, p).ratio()
                if r > best:
                    best, bj = r, pj
            if bj is not None and best >= 0.6:
                used.add(bj)
                pairs.append((ga[gi], pa[bj]))
        c = counts["articles/title"]
        c[0] += len(pairs); c[1] += len(pa); c[2] += len([g for g in gt_ if g])
        for g, p in pairs:
            c = counts["articles/date"]
            c[1] += 1; c[2] += 1
            c[0] += int((g.get("date") or None) == (p.get("date") or None))
            for f in ("reporters", "correspondents"):
                gs, ps = {clean(x) for x in g.get(f) or []}, {clean(x) for x in p.get(f) or []}
                c = counts["articles/bylines"]
                c[0] += len(gs & ps); c[1] += len(ps); c[2] += len(gs)
    return counts, errors


def main(argv=None):
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # allow `| head`
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--json", action="store_true", help="print figures as JSON")
    ap.add_argument("--errors", type=int, default=0, help="list up to N errors of each kind")
    a = ap.parse_args(argv)
    gold, pred = load(a.gold), load(a.pred)
    missing = sorted(set(gold) - set(pred))
    counts, errors = score(gold, pred)
    table = {k: dict(zip(("p", "r", "f1"), prf(*v)), tp=v[0], pred=v[1], gold=v[2]) for k, v in counts.items()}
    if a.json:
        print(json.dumps({"missing_sources": missing, "scores": table}, ensure_ascii=False, indent=1))
    else:
        if missing:
            print("no prediction for:", ", ".join(missing))
        print(f"{'metric':22} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'pred':>5} {'gold':>5}")
        for k, v in table.items():
            print(f"{k:22} {v['p']:6.3f} {v['r']:6.3f} {v['f1']:6.3f} {v['tp']:5d} {v['pred']:5d} {v['gold']:5d}")
        for kind, rows in errors.items():
            for r in rows[: a.errors]:
                print(f"{kind}: {r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
