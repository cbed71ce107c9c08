"""Many pages -> one set of entities: the corpus-wide resolution step.

Bodies, places and projects are one entity per canonical name. A person is one entity per
(name, district): the same name in the paper of another district is not merged without evidence.
Memory grows with the number of distinct entities, posts and co-occurring pairs, not with text.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from .model import Article, PageResult
from .relations import cooccurrences

__all__ = ["Corpus", "EntityRecord", "entity_key"]


def entity_key(type_: str, name: str, district: str | None) -> str:
    """Corpus-wide key of an entity: persons are told apart by the district of their paper."""
    return f"person:{district or '-'}:{name}" if type_ == "person" else f"{type_}:{name}"


@dataclass(slots=True)
class EntityRecord:
    key: str
    type: str
    name: str
    district: str | None = None
    aliases: set[str] = field(default_factory=set)
    articles: list[tuple[str, int]] = field(default_factory=list)     # (source, index)


@dataclass(slots=True)
class Corpus:
    """Pages with their articles, and the entities, posts and pairs merged across them."""

    pages: list[PageResult] = field(default_factory=list)
    entities: dict[str, EntityRecord] = field(default_factory=dict)
    # (source, article index, sentence index) per pair of entity keys
    pairs: dict[tuple[str, str], list[tuple[str, int, int]]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def from_pages(cls, pages: Iterable[PageResult]) -> "Corpus":
        c = cls()
        for p in sorted(pages, key=lambda p: (p.source, p.path)):
            c.add(p)
        return c

    def add(self, page: PageResult) -> None:
        self.pages.append(page)
        d = page.region.district
        for a in page.articles:
            for e in a.entities:
                k = entity_key(e.type, e.name, d)
                rec = self.entities.get(k)
                if rec is None:
                    rec = self.entities[k] = EntityRecord(k, e.type, e.name, d if e.type == "person" else None)
                rec.aliases.update(e.aliases)
                rec.articles.append((page.source, a.index))
            for (x, y), sents in cooccurrences(a).items():
                kx, ky = (self.key_of(x, d), self.key_of(y, d))
                pair = tuple(sorted((kx, ky)))
                self.pairs[pair] += [(page.source, a.index, s) for s in sents]  # type: ignore[index]

    @staticmethod
    def key_of(type_name: str, district: str | None) -> str:
        t, _, n = type_name.partition(":")
        return entity_key(t, n, district)

    def articles(self) -> Iterable[tuple[PageResult, Article]]:
        for p in self.pages:
            for a in p.articles:
                yield p, a
