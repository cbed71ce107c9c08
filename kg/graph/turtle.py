"""Turtle text, written directly: terms rendered once to strings, triples grouped by subject.

rdflib's serializer needs a whole in-memory graph and took 16 s per 350 k triples; kg builds
triples as Turtle-ready strings (subject, predicate, object) page by page and writes them in
sorted subject blocks, so a corpus of any size streams to disk. rdflib and pyoxigraph both read
the result back in the tests.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from rdflib import RDF, RDFS, XSD

from kg.graph.ontology import DCTERMS, FOAF, ID, KG, ORG, PROV, SCHEMA, SKOS, TIME

__all__ = ["PREFIXES", "header", "iri", "ref", "string", "integer", "date", "blocks", "block"]

PREFIXES = {
    "kg": str(KG._NS), "schema": str(SCHEMA), "org": str(ORG), "prov": str(PROV), "time": str(TIME),
    "foaf": str(FOAF), "skos": str(SKOS), "dcterms": str(DCTERMS), "rdfs": str(RDFS), "xsd": str(XSD),
}
_ID = str(ID)
_TYPE = str(RDF.type)
_LOCAL = re.compile(r"^[A-Za-z_][A-Za-z0-9_\-]*$")
_ESC = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_NEEDS_ESC = re.compile(r'[\\"\x00-\x1f\x7f\ud800-\udfff\ufffe\uffff]')


def header() -> str:
    return "\n".join(f"@prefix {k}: <{v}> ." for k, v in sorted(PREFIXES.items())) + "\n\n"


@lru_cache(maxsize=4096)
def iri(u: str) -> str:
    """Turtle text of a vocabulary IRI: ``a``, a prefixed name, or ``<...>``."""
    if u == _TYPE:
        return "a"
    for prefix, ns in PREFIXES.items():
        if u.startswith(ns) and _LOCAL.match(u[len(ns):]):
            return f"{prefix}:{u[len(ns):]}"
    return f"<{u}>"


_SAFE = re.compile(r"[0-9A-Za-z\-._~\u3400-\u4dbf\u4e00-\u9fff]+")


@lru_cache(maxsize=1 << 18)
def _seg(part: str) -> str:
    if _SAFE.fullmatch(part):
        return part
    out = []
    for ch in part:
        if (ch.isalnum() and ord(ch) > 32 and ch.isprintable() and not (0xE000 <= ord(ch) <= 0xF8FF)) or ch in "-._~":
            out.append(ch)
        else:
            out.extend(f"%{b:02X}" for b in ch.encode("utf-8", "surrogatepass"))
    return "".join(out) or "_"


def ref(kind: str, *parts: str) -> str:
    """Turtle text of a minted kg IRI (see ``kg.graph.rdf.mint``): readable, percent-encoded where unsafe."""
    return "<" + _ID + kind + "/" + "/".join(map(_seg, parts)) + ">" if parts else "<" + _ID + kind + ">"


def string(s: str) -> str:
    """A plain string literal, escaped; lone surrogates and non-characters become U+FFFD."""
    if not _NEEDS_ESC.search(s):
        return f'"{s}"'
    out = []
    for ch in s:
        if ch in _ESC:
            out.append(_ESC[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        elif 0xD800 <= ord(ch) <= 0xDFFF or ch in "\ufffe\uffff":
            out.append("\\uFFFD")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def integer(n: int) -> str:
    return str(int(n))


def date(d: str) -> str:
    """xsd:date for YYYY-MM-DD, xsd:gMonthDay for --MM-DD (a day with no year on the page)."""
    return f'"{d}"^^xsd:gMonthDay' if d.startswith("--") else f'"{d}"^^xsd:date'


def blocks(counted: list[int] | None, triples: Iterable[tuple[str, str, str]]) -> str:
    """Subject blocks of Turtle-text triples, sorted and without repeats: byte-stable.
    ``counted[0]``, if given, is increased by the number of triples."""
    lines: list[str] = []
    cur = None
    last_p = None
    buf: list[str] = []
    rows = sorted(set(triples))
    if counted is not None:
        counted[0] += len(rows)
    for s, p, o in rows:
        if s != cur:
            if buf:
                lines.append(" ;\n".join(buf) + " .\n\n")
            buf = []
            cur = s
            last_p = None
        if p == last_p:
            buf[-1] += f" ,\n        {o}"
        else:
            buf.append(f"{s} {p} {o}" if not buf else f"    {p} {o}")
            last_p = p
    if buf:
        lines.append(" ;\n".join(buf) + " .\n\n")
    return "".join(lines)


def block(s: str, po: Iterable[tuple[str, str]]) -> tuple[str, int]:
    """One subject's block, as ``blocks`` writes it, and its number of triples: for the corpus-wide
    tables, whose rows already come one subject at a time (no sort of the whole table)."""
    counted = [0]
    return blocks(counted, ((s, p, o) for p, o in po)), counted[0]
