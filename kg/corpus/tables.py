"""Many pages -> one set of entities: the corpus-wide resolution step.

Bodies, places and projects are one entity per canonical name. A person is one entity per
(name, district): the same name in the paper of another district is not merged without evidence.

A page arrives as a ``PageDigest``: small ``PageFacts`` that are merged here, and two blobs (its
own Turtle and extraction record; what the HTML view needs of it) that are appended to spool files
on disk unread. So memory grows with the number of distinct entities, posts and co-occurring pairs
(about 100 bytes per pair, a few hundred per entity), never with the text.
"""
from __future__ import annotations

import pickle
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from kg.model import Article, PageResult, Region

__all__ = ["Corpus", "EntityRecord", "PageFacts", "PageDigest", "entity_key"]


def entity_key(type_: str, name: str, district: str | None) -> str:
    """Corpus-wide key of an entity: persons are told apart by the district of their paper."""
    return f"person:{district or '-'}:{name}" if type_ == "person" else f"{type_}:{name}"


@dataclass(slots=True)
class EntityRecord:
    key: str
    type: str
    name: str
    district: str | None = None
    aliases: tuple[str, ...] = ()
    mentions: int = 0                   # articles naming it


@dataclass(frozen=True, slots=True)
class PageFacts:
    """What one page adds to the corpus-wide tables; small, so a worker sends it cheaply."""

    source: str
    region: Region
    articles: int
    events: int
    entities: tuple[tuple[str, str, str, tuple[str, ...]], ...]   # (key, type, name, aliases), once per article
    posts: tuple[tuple[str, str, str, str | None], ...]          # (person key, org or "", role, date)
    pairs: tuple[tuple[str, str, int], ...]                       # (key, key, sentences); keys in sorted order
    towns: tuple[str, ...] = ()                                   # 镇, 乡, 街道 named on the page
    warnings: tuple[str, ...] = ()
    actions: tuple[tuple[str, str, str], ...] = ()               # distinct (person key, object name, verb)


@dataclass(frozen=True, slots=True)
class PageDigest:
    """A page ready to merge: its facts, and pickled blobs passed through to the spools unread."""

    facts: PageFacts
    turtle: bytes        # pickled (UTF-8 Turtle of the page's own facts, its number of triples)
    record: bytes        # pickled UTF-8 extraction.json line
    view: bytes          # kg.view.network.ViewFacts


class _Spool:
    """Pickled records appended to an anonymous temporary file and read back in order."""

    def __init__(self) -> None:
        self._f = tempfile.TemporaryFile(prefix="kg-spool-")
        self.count = 0

    def append(self, blob: bytes) -> None:
        self._f.seek(0, 2)      # reading shares the file offset: always write at the end
        self._f.write(blob)
        self.count += 1

    def __iter__(self) -> Iterator[Any]:
        self._f.flush()
        with open(self._f.fileno(), "rb", closefd=False) as f:
            f.seek(0)
            for _ in range(self.count):
                yield pickle.load(f)


@dataclass
class Corpus:
    """The entities, posts, pairs and regions merged across pages, and the pages' spooled output."""

    entities: dict[str, EntityRecord] = field(default_factory=dict)
    # (person key, org, role) -> [first full date, last full date, first --MM-DD, last --MM-DD]
    tenures: dict[tuple[str, str, str], list[str | None]] = field(default_factory=dict)
    regions: set[Region] = field(default_factory=set)
    towns: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    pages: list[PageResult] = field(default_factory=list)       # kept only when asked (the Python API)
    articles_total: int = 0
    posts_total: int = 0
    events_total: int = 0
    _ids: dict[str, int] = field(default_factory=dict)
    _keys: list[str] = field(default_factory=list)
    _pairs: dict[int, int] = field(default_factory=dict)        # packed (key id, key id) -> weight
    _actions: set[int] = field(default_factory=set)             # packed (key id, object id, verb id)
    _names: dict[str, int] = field(default_factory=dict)        # objects and verbs of actions -> id
    _turtle: _Spool = field(default_factory=_Spool)
    _record: _Spool = field(default_factory=_Spool)
    _view: _Spool = field(default_factory=_Spool)

    def add(self, d: PageDigest, page: PageResult | None = None) -> None:
        f = d.facts
        self._turtle.append(d.turtle)
        self._record.append(d.record)
        self._view.append(d.view)
        if page is not None:
            self.pages.append(page)
        self.articles_total += f.articles
        self.posts_total += len(f.posts)
        self.events_total += f.events
        self.regions.add(f.region)
        if f.region.district:
            self.towns[f.region.district].update(f.towns)
        for key, type_, name, aliases in f.entities:
            rec = self.entities.get(key)
            if rec is None:
                rec = self.entities[key] = EntityRecord(key, type_, name, f.region.district if type_ == "person" else None)
            if aliases and not set(aliases) <= set(rec.aliases):
                rec.aliases = tuple(sorted(set(rec.aliases) | set(aliases)))
            rec.mentions += 1
        for pk, org, role, date in f.posts:
            span = self.tenures.setdefault((pk, org, role), [None, None, None, None])
            if date:
                i = 2 if date.startswith("--") else 0
                if span[i] is None or date < span[i]:
                    span[i] = date
                if span[i + 1] is None or date > span[i + 1]:
                    span[i + 1] = date
        for pk, obj, verb in f.actions:
            self._actions.add(self._id(pk) << 64 | self._names.setdefault(obj, len(self._names)) << 32
                              | self._names.setdefault(verb, len(self._names)))
        for x, y, n in f.pairs:
            k = self._id(x) << 32 | self._id(y)
            self._pairs[k] = self._pairs.get(k, 0) + n

    def _id(self, key: str) -> int:
        i = self._ids.get(key)
        if i is None:
            i = self._ids[key] = len(self._keys)
            self._keys.append(key)
        return i

    def pair_count(self) -> int:
        """How many distinct pairs of entities share a sentence somewhere."""
        return len(self._pairs)

    def pair_items(self, min_weight: int = 1) -> list[tuple[str, str, int]]:
        """Co-occurring pairs of entity keys (in sorted order) and their weight (sentences), sorted."""
        return sorted(self.iter_pairs(min_weight))

    def iter_pairs(self, min_weight: int = 1) -> Iterator[tuple[str, str, int]]:
        """``pair_items`` in no particular order, without building the list."""
        keys = self._keys
        return ((keys[k >> 32], keys[k & 0xFFFFFFFF], w) for k, w in self._pairs.items() if w >= min_weight)

    def weight_floor(self, n: int) -> int:
        """The weight of the ``n``-th heaviest pair (1 if there are fewer): the heaviest ``n`` weigh at least that."""
        counts = Counter(self._pairs.values())
        seen = 0
        for w in sorted(counts, reverse=True):
            seen += counts[w]
            if seen >= n:
                return w
        return 1

    def action_edges(self) -> Iterator[tuple[str, str, str]]:
        """Every distinct (person key, object name, verb) of the pages' actions (the view's degrees)."""
        keys, names = self._keys, list(self._names)
        return ((keys[k >> 64], names[k >> 32 & 0xFFFFFFFF], names[k & 0xFFFFFFFF]) for k in self._actions)

    def turtles(self) -> Iterator[tuple[bytes, int]]:
        """Per page, in source order: the Turtle of its own facts (UTF-8) and its number of triples."""
        return iter(self._turtle)

    def records(self) -> Iterator[bytes]:
        """Per page, in source order: its extraction.json line (UTF-8)."""
        return iter(self._record)

    def views(self) -> Iterator[Any]:
        """Per page, in source order: what the HTML view needs of it (kg.view.network.ViewFacts)."""
        return iter(self._view)

    def articles(self) -> Iterator[tuple[PageResult, Article]]:
        if self.articles_total and not self.pages:
            raise RuntimeError("this corpus was built without keeping its pages (BuildOptions.keep_pages)")
        for p in self.pages:
            for a in p.articles:
                yield p, a
