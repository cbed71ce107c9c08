"""Extraction results in the gold-annotation shape (../shared/gold/GUIDE.md), for scoring and reuse."""
from __future__ import annotations

import json
from collections.abc import Iterable

from .model import ENTITY_TYPES, Article, PageResult

__all__ = ["article_record", "page_record", "extraction_json"]

_TYPE_ORDER = {t: i for i, t in enumerate(ENTITY_TYPES)}


def article_record(a: Article) -> dict:
    ents = sorted(a.entities, key=lambda e: (_TYPE_ORDER[e.type], a_first(a, e.type, e.name)))
    return {
        "title": a.title,
        "subtitle": a.subtitle,
        "first_words": a.first_words,
        "date": a.date,
        "reporters": list(a.reporters),
        "correspondents": list(a.correspondents),
        "entities": [{"type": e.type, "name": e.name, "aliases": list(e.aliases)} for e in ents],
        "posts": [{"person": p.person, "title": p.title, "org": p.org, "role": p.role} for p in a.posts],
    }


def a_first(a: Article, type_: str, name: str) -> int:
    for m in a.mentions:
        if m.type == type_ and m.name == name:
            return m.start if m.start >= 0 else 10**9
    return 10**9


def page_record(r: PageResult) -> dict:
    return {"source": r.source, "district": r.region.district, "articles": [article_record(a) for a in r.articles]}


def extraction_json(results: Iterable[PageResult]) -> str:
    """A JSON list of per-page records, sorted by source, byte-stable."""
    recs = sorted((page_record(r) for r in results), key=lambda d: d["source"])
    return json.dumps(recs, ensure_ascii=False, indent=1) + "\n"
