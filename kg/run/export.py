"""Extraction results in the gold-annotation shape (../shared/gold/GUIDE.md), for scoring and reuse."""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from kg.model import ENTITY_TYPES, Article, PageResult

__all__ = ["article_record", "page_record", "page_json", "join_json"]

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


def page_json(r: PageResult) -> bytes:
    """A page's record as one UTF-8 line of extraction.json's list (compact: the C encoder, 20x
    faster than an indented dump; bytes, so the main process copies it without decoding)."""
    return json.dumps(page_record(r), ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def join_json(items: Iterable[bytes]) -> Iterator[bytes]:
    """extraction.json in UTF-8 chunks from ``page_json`` items, in the order given."""
    first = True
    for item in items:
        yield (b"[\n" if first else b",\n") + item
        first = False
    yield b"[]\n" if first else b"\n]\n"

