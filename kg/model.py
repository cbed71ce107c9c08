"""The data that flows through kg, from a page of text to a graph. Dataclasses only.

Page -> split -> Article -> recognise -> Mention -> resolve -> Entity -> relations -> PostMention, Action
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Literal

EntityType = Literal["person", "body", "place", "project"]
ENTITY_TYPES: tuple[EntityType, ...] = ("person", "body", "place", "project")


@dataclass(frozen=True, slots=True)
class Page:
    """One input file, decoded."""

    source: str        # file name, as the gold names it
    path: str          # path as given on the command line
    text: str
    encoding: str
    sha256: str


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article body: offsets into ``Article.body``."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Mention:
    """A name found in a body: its surface, type, offsets and the canonical name it resolves to."""

    text: str
    type: EntityType
    start: int
    end: int
    canonical: str = ""
    rule: str = ""

    @property
    def name(self) -> str:
        return self.canonical or self.text


@dataclass(frozen=True, slots=True)
class PostMention:
    """Person holds a post, as a title chain states it (区委副书记、区长周立新 gives two)."""

    person: str
    title: str          # as written: 区委副书记
    org: str | None     # canonical body (or division for 区领导), None when it cannot be told
    role: str           # 副书记
    start: int = -1     # offsets of the title in the body; -1 for bylines
    end: int = -1


@dataclass(frozen=True, slots=True)
class Participation:
    person: str
    part: str           # chairs | speaks | attends | accompanies | inspects | visits | signs | leads


@dataclass(frozen=True, slots=True)
class Action:
    """An event read from one sentence: a meeting, inspection, visit, signing or training."""

    kind: str                                   # meeting | inspection | visit | signing | training
    verb: str
    sentence: int                               # index into Article.sentences
    participants: tuple[Participation, ...]
    objects: tuple[str, ...] = ()               # canonical names of projects, bodies, places acted on
    place: str | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """A resolved entity of one article: canonical name and the other surface forms used."""

    type: EntityType
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Article:
    """One news item. Steps return new Articles (``dataclasses.replace``)."""

    source: str
    index: int                                  # 0-based position on its page
    title: str | None
    subtitle: str | None
    body: str                                   # line breaks joined, byline removed
    first_words: str
    date: str | None                            # YYYY-MM-DD, --MM-DD or None
    reporters: tuple[str, ...] = ()
    correspondents: tuple[str, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    posts: tuple[PostMention, ...] = ()
    actions: tuple[Action, ...] = ()
    entities: tuple[Entity, ...] = ()
    outlets: tuple[str, ...] = ()               # media the page credits as the article's source (来源：…)
    interns: tuple[str, ...] = ()               # 实习生 the byline credits
    credited: tuple[str, ...] = ()              # names a bracketed credit gives no role ((某某 记者某某))

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence holding ``offset`` (the last one if past the end or between two)."""
        i = bisect_right(self.sentences, offset, key=lambda s: s.start) - 1       # sentences are in order
        if i >= 0 and offset < self.sentences[i].end:
            return i
        return max(len(self.sentences) - 1, 0)

    def sentence_text(self, i: int) -> str:
        s = self.sentences[i]
        return self.body[s.start:s.end]


@dataclass(frozen=True, slots=True)
class Region:
    """Where a page's paper is from: the county-level division and its city and province, if known."""

    district: str | None = None     # 金水区
    city: str | None = None         # 郑州市
    province: str | None = None     # 河南省
    town: str | None = None         # 黄泥镇, for a town's own paper or a page about one town
    village: str | None = None      # 石桥村, for a page about one village (its 村委会, 村党支部)

    def expand(self, level: str) -> str | None:
        """The full name of the page's division at a relative level word (区 -> 金水区, 市 -> 郑州市).

        >>> Region("义乌市", "金华市", "浙江省").expand("市"), Region("金水区", "郑州市").expand("市")
        ('义乌市', '郑州市')
        """
        if level.startswith("自治"):
            # 自治区党委, 自治州人民医院: the page's autonomous region, prefecture, county or banner
            base = {"区": self.province, "州": self.city}.get(level[-1], self.district)
            return base if base and base.endswith(level) else None
        if level in ("区", "县", "旗"):
            # 县委 on a page about a 区 is some other county's: leave it relative rather than guess
            return self.district if self.district and self.district.endswith(level) else None
        if level == "市" and self.district and self.district.endswith("市"):
            return self.district        # a county-level city's paper: 市委 is its own (义乌市委), not the prefecture's
        if level == "市":
            return self.city
        if level in ("州", "盟"):
            # 州委 is an autonomous prefecture's, 盟委 a league's: not a city's (乐山市 has no 州委)
            return self.city if self.city and self.city.endswith("自治州" if level == "州" else "盟") else None
        if level == "省":
            return self.province
        if level in ("镇", "乡", "苏木", "街道"):
            return self.town if self.town and self.town.endswith(level) else None
        return None


@dataclass(frozen=True, slots=True)
class PageResult:
    """What kg extracted from one page: the unit cached, scored and merged into the corpus."""

    source: str
    path: str
    sha256: str
    encoding: str
    region: Region
    articles: tuple[Article, ...]
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that was not built, and why (one line for the user)."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class Failure:
    """Why a page could not be built: the exception's type and message and the last line of kg's
    code it passed (``kg/text/split.py:429``), or ``timeout``."""

    kind: str
    message: str
    where: str = ""

    def __str__(self) -> str:
        if self.kind == "timeout":
            return self.message
        return f"{self.kind}: {self.message}" + (f" ({self.where})" if self.where else "")


@dataclass(frozen=True, slots=True)
class Failed:
    """An input whose reading, extraction or digest failed: it is in no output but the report."""

    path: str
    failure: Failure


@dataclass(slots=True)
class BuildReport:
    """Every input accounted for: built, empty, skipped or failed."""

    built: list[str] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    failed: list[Failed] = field(default_factory=list)
    articles: int = 0
