"""Person names wherever they stand, titled or not: candidate scoring with a linear model.

Why candidates and not a tagger over every character: kg's whole pipeline must stay within a few
times ``jieba.cut``, so this step may cost about a tenth of it. Names are rare and start at a
surname (or are a run of transliteration characters), so a regex in C proposes the few places
worth a look and a handful of dict lookups scores each one.

A candidate is ``surname + 1-2 given characters`` (compound surnames such as 欧阳 too), or a
stretch of a run of characters typical of transliterated names (克林顿, 阿卜杜拉, 买买提·艾力).
Its score is a sum of learned weights (``scripts/train_names.py`` writes them to
``kg/lexicons/names_model.tsv``) over evidence that holds across texts:

* how often the first character begins a name and the others end one, against how often they
  occur at all (from jieba's tagger tables, bucketed);
* whether jieba's dictionary knows the string, or the pairs across its edges, as a word and
  with which tag (a frequent common word is rarely a name; ``nr`` marks person names);
* the characters and pairs on either side (titles, 说/表示, 、 lists, 同志, 等) and a title
  ending just before it.

The best non-overlapping candidates above a threshold win; a name found once with confidence
is then also found at its other places in the same text.
"""
from __future__ import annotations

import re
from functools import cache
from importlib import resources

from kg.extract.common import by_first_two, is_state, occurrences, state_inner_pairs, state_prefix
from kg.extract.segment import Tokens

__all__ = ["find_names", "is_translit", "run_end"]

_MODEL = "names_model.tsv"
_RUN_MAX = 12  # transliteration runs longer than this are only scored whole and as prefixes
_MID_DOT = "·•・"
_DIVISION_WORDS = ("苏木", "嘎查")
_SHAPES = {k: {g: f"{k}{g}" for g in (1, 2)} for k in (1, 2)}
_BLANK = {ord(c): " " for c in "\t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"}


class _Model:
    """The tables of ``names_model.tsv``: weights by feature family, per-character buckets,
    jieba word codes, surnames and role words, and the decision threshold."""

    def __init__(self, lines: list[str]) -> None:
        self.w: dict[str, dict[str, float]] = {}
        self.sb: dict[str, str] = {}   # char -> surname bucket
        self.gm: dict[str, str] = {}   # char -> first-of-two given-character bucket
        self.ge: dict[str, str] = {}   # char -> last given-character bucket
        self.tb: dict[str, str] = {}   # char -> transliteration bucket
        self.tw: frozenset[str] = frozenset()  # table characters that only lengthen a run
        self.sr: dict[str, str] = {}   # surname -> rank bucket (common_surnames.txt)
        self.jw: dict[str, str] = {}   # word -> jieba code (tag class + log-frequency bucket)
        self.compound: frozenset[str] = frozenset()
        self.roles: frozenset[str] = frozenset()
        self.threshold = 0.0
        self.repeat = 0.0
        self.strong = 0.0
        self.margin = 1e9  # context weight a candidate may still gain (set by training)
        self.after = ""
        for line in lines:
            if not line or line[0] == "#":
                continue
            kind, *rest = line.split("\t")
            if kind == "W":
                self.w.setdefault(rest[0], {})[rest[1]] = float(rest[2])
            elif kind == "P":
                for table, value in zip((self.sb, self.gm, self.ge, self.tb), rest[1:]):
                    if value:
                        table[rest[0]] = value
            elif kind == "J":
                self.jw.update(dict.fromkeys(rest[1].split(" "), rest[0]))
            elif kind == "S":
                self.sr[rest[0]] = rest[1]
            elif kind == "K":
                self.compound = frozenset(rest[0].split(" "))
            elif kind == "R":
                self.roles = frozenset(rest[0].split(" "))
            elif kind == "H":
                setattr(self, rest[0], float(rest[1]))
            elif kind == "B":
                self.after = rest[0]
        self.tw = frozenset(c for c, b in self.tb.items() if b == "w")
        for c in self.tw:
            del self.tb[c]
        strong = {c for c, b in self.sb.items() if _num(b) >= self.strong}
        weak = "".join(sorted(set(self.sb) - strong))
        pairs: dict[str, list[str]] = {}
        for c in sorted(self.compound):
            pairs.setdefault(c[0], []).append(re.escape(c[1:]))
        compound = "|".join(f"{re.escape(a)}(?={'|'.join(b)})" for a, b in pairs.items())
        # a surname that is often a common character (高, 和, 于) starts a candidate only
        # after a boundary or a title ending; the others start one anywhere
        after = f"|(?:(?<=[\\s{re.escape(self.after)}])|(?<![\\s\\S]))[{re.escape(weak)}]" if weak else ""
        self.start_re = re.compile(f"{compound}|[{re.escape(''.join(sorted(strong)))}]{after}")
        trans = re.escape("".join(sorted(set(self.tb) | self.tw)))
        dots = re.escape(_MID_DOT)
        self.run_re = re.compile(f"[{trans}]{{2,}}(?:[{dots}][{trans}]+)*|[{trans}]+(?:[{dots}][{trans}]+)+")
        self.score = _scorer(self)


@cache
def _model() -> _Model:
    text = resources.files("kg.lexicons").joinpath(_MODEL).read_text(encoding="utf-8")
    return _Model(text.split("\n"))


def candidates(text: str, m: _Model | None = None) -> list[tuple[int, int, int]]:
    """(start, end, surname length) of every span worth scoring; length 0 marks a
    transliteration candidate. Used by the scorer and by the training script alike."""
    m = m or _model()
    out = []
    add = out.append
    given, compound = m.ge, m.compound
    for mt in m.start_re.finditer(text):
        s = mt.start()
        if s and inside_place(text, s):
            continue
        for k in (1, 2) if text[s:s + 2] in compound else (1,):
            g1, g2 = text[s + k:s + k + 1], text[s + k + 1:s + k + 2]
            if g1 not in given:
                continue
            add((s, s + k + 1, k))
            if g2 in given:
                add((s, s + k + 2, k))
    for mt in m.run_re.finditer(text):
        a, b = mt.span()
        if not _holds_run(m, mt.group()):
            continue
        if b - a > _RUN_MAX:
            starts = (a,)
        else:
            starts = range(a, b - 1)
        for s in starts:
            if s and inside_place(text, s):
                continue
            head = state_prefix(text[s:b])
            if head >= 3:
                continue        # 某国 + a name, the country or a part of it: the name starts after it
            for e in range(s + head + 2 if head else s + 2, min(b, s + 10) + 1):
                # (a two-character city may begin a longer name: 罗马 of 罗马里奥)
                if text.startswith(_DIVISION_WORDS, e - 2):
                    continue    # 某某苏木, 某某嘎查: a township or village, written like a name
                if text[e - 1] not in _MID_DOT and text[s] not in _MID_DOT:
                    out.append((s, e, 0))
    return out


def inside_place(text: str, s: int) -> bool:
    """Does a country or world city begin before ``s`` and reach over it (泰国 over 国 of 泰国前总理,
    奥地利 over 地)? A name starts at no character inside one."""
    if text[s - 1:s + 1] not in state_inner_pairs():
        return False
    return any(is_state(text[s - j:s + t]) for j in range(1, min(s, 7) + 1) for t in range(1, 9 - j))


def holds_run(run: str) -> bool:
    """Is ``run`` a transliteration run by the model's tables (see ``_holds_run``)?"""
    return _holds_run(_model(), run)


def _holds_run(m: _Model, run: str) -> bool:
    """A run of transliteration characters is one only with two typical of names in it: the table's
    everyday characters (南, 地, 法) only lengthen one."""
    return not m.tw or sum(c in m.tb for c in run) >= 2


def is_translit(ch: str) -> bool:
    """A character of transliterated names (拉 of 拉·某某, an initial)."""
    m = _model()
    return ch in m.tb or ch in m.tw


def run_end(text: str, s: int, e: int) -> int:
    """Where the transliteration run holding ``text[s:e]`` ends, if the span is its start and the
    run goes on (主席 + the first three characters of a longer Russian name); else ``e``."""
    m = _model()
    mt = m.run_re.match(text, s)
    if mt is None or mt.end() <= e or mt.end() - s > _RUN_MAX or not _holds_run(m, mt.group()):
        return e
    return mt.end()


def features(text: str, s: int, e: int, k: int, m: _Model | None = None,
             toks: Tokens | None = None) -> list[tuple[str, str]]:
    """(family, value) pairs describing candidate ``text[s:e]`` with surname length ``k``."""
    m = m or _model()
    toks = toks or Tokens(text)
    jw, name = m.jw, text[s:e]
    left1, right1 = text[s - 1:s] if s else "^", text[e:e + 1] or "$"
    left2, right2 = text[max(s - 2, 0):s], text[e:e + 2]
    if not (left2 + right2).isprintable():  # keep tabs and newlines out of the model file
        left1, left2, right1, right2 = (x.translate(_BLANK) for x in (left1, left2, right1, right2))
    f = [("L1", left1), ("L2", left2), ("R1", right1), ("R2", right2), ("bias", ""),
         ("jl", jw.get(text[s - 1:s + 1], "-") if s else "^"), ("jl2", jw.get(left2, "-")),
         ("jr", jw.get(text[e - 1:e + 1], "-")), ("jr2", jw.get(right2, "-")), ("tk", _cuts(toks, s, e))]
    if any(text[max(s - j, 0):s] in m.roles for j in (2, 3, 4)):
        f.append(("role", ""))
    if k:
        g = e - s - k
        shape = f"{k}{g}"
        sur = m.sb.get(name[0], "0") if k == 1 else "3"
        last = m.ge.get(name[-1], "-")
        rank = m.sr.get(name[0], "e") if k == 1 else "k"
        f += [("shape", shape), ("sb", sur), ("ge", last), ("jw", shape + jw.get(name, "-")),
              ("sr", rank), ("xsr", rank + last), ("s1", name[:k]), ("gl", name[-1]),
              ("rg", shape + m.ge.get(right1, "-")), ("tr", _run_edges(m.tb, name, left1, right1))]
        prior = _num(sur) + _num(last)
        if g == 2:
            mid = m.gm.get(name[k], "-")
            prior += _num(mid)
            f += [("gm", mid), ("jh", jw.get(name[:k + 1], "-")), ("jg", jw.get(name[k:], "-")), ("gm1", name[k])]
        pb = str(max(-8, min(prior // 2, 8)))
        f.append(("prior", shape + pb))
        # conjunctions: a context character says more about a strong name than a weak one
        f += [("xL1p", left1 + pb), ("xR1p", right1 + pb), ("xLR", left1 + right1), ("xsg", sur + last)]
        if k == 2:
            f.append(("cmp", name[:2]))
    else:
        inner = [m.tb.get(c, "w" if c in m.tw else "d") for c in name]
        low = min((int(b) for b in inner if b not in "dw"), default=0)
        f += [("jw", "t" + jw.get(name, "-")), ("tlen", str(min(e - s, 8))), ("tmin", str(low)),
              ("tfirst", inner[0]), ("tlast", inner[-1]), ("tdot", str("d" in inner)),
              ("tsub", f"{left1 in m.tb or left1 in m.tw}{right1 in m.tb or right1 in m.tw}"),
              ("tweak", str(min(inner.count("w"), 3)))]
    return f


def _cuts(toks: Tokens, s: int, e: int) -> str:
    """How jieba's dictionary segmentation meets the span: a word boundary at either edge, and how
    many inside (a name is rarely cut through a dictionary word)."""
    inner = sum(toks.is_start(i) for i in range(s + 1, e))
    return f"{int(toks.is_start(s))}{int(e >= len(toks.text) or toks.is_start(e))}{min(inner, 3)}"


def _run_edges(tb: dict[str, str], name: str, left1: str, right1: str) -> str:
    """Whether a run of transliteration characters goes on past the span's edges (阿维兰 of 阿维兰热):
    a surname-led candidate inside a foreign name."""
    return f"{left1 in tb}{name[-1] in tb and right1 in tb}"


def _num(bucket: str) -> int:
    return -6 if bucket in ("-", "n") else int(bucket)


def _score(f: list[tuple[str, str]], w: dict[str, dict[str, float]]) -> float:
    return sum(w[fam].get(val, 0.0) for fam, val in f if fam in w)


def _scorer(m: _Model):
    """The sum of ``features`` weights, computed without building the feature list (the run-time
    path; tests check that both agree wherever a candidate can pass the threshold).

    Three steps, cheapest first, each skipped when the candidate can no longer pass: the name's own
    evidence (cached by string: the same few thousand strings recur across a corpus), the characters
    and dictionary words around it, and last jieba's segmentation (which costs a cut of the clause)."""
    W = {fam: m.w.get(fam, {}) for fam in (
        "L1", "L2", "R1", "R2", "jl", "jl2", "jr", "jr2", "role", "shape", "sb", "ge", "jw",
        "rg", "gm", "jh", "jg", "prior", "cmp", "tk", "tr", "xL1p", "xR1p", "xLR", "xsg", "sr", "xsr",
        "s1", "gl", "gm1")}
    wL1, wL2, wR1, wR2, wjl, wjl2, wjr, wjr2 = (W[f].get for f in ("L1", "L2", "R1", "R2", "jl", "jl2", "jr", "jr2"))
    wsb, wge, wgm, wjh, wjg, wcmp, wjw, wrg, wprior = (W[f].get for f in ("sb", "ge", "gm", "jh", "jg", "cmp", "jw", "rg", "prior"))
    wxl, wxr, wxlr, wxsg = W["xL1p"].get, W["xR1p"].get, W["xLR"].get, W["xsg"].get
    wsr, wxsr, sr = W["sr"].get, W["xsr"].get, m.sr.get
    ws1, wgl, wgm1 = W["s1"].get, W["gl"].get, W["gm1"].get
    jw, sb, ge, gm, roles, tb = m.jw.get, m.sb.get, m.ge.get, m.gm.get, m.roles, m.tb
    bias, role_w, wshape, wtk, wtr = m.w.get("bias", {}).get("", 0.0), W["role"].get("", 0.0), W["shape"], W["tk"].get, W["tr"].get
    tk_best = max(W["tk"].values(), default=0.0)
    isfine = str.isprintable
    thr, floor = m.threshold, m.threshold - m.margin
    cache: dict[tuple[str, int], tuple[float, str, str]] = {}

    def own(name: str, k: int) -> tuple[float, str, str]:
        """The name's own evidence: (weight, shape, prior bucket)."""
        g = len(name) - k
        shape = _SHAPES[k][g]
        sur = sb(name[0], "0") if k == 1 else "3"
        last = ge(name[-1], "-")
        rank = sr(name[0], "e") if k == 1 else "k"
        x = (bias + wshape.get(shape, 0.0) + wsb(sur, 0.0) + wge(last, 0.0) + wjw(shape + jw(name, "-"), 0.0)
             + wsr(rank, 0.0) + wxsr(rank + last, 0.0) + ws1(name[:k], 0.0) + wgl(name[-1], 0.0))
        prior = _num(sur) + _num(last)
        if g == 2:
            mid = gm(name[k], "-")
            prior += _num(mid)
            x += wgm(mid, 0.0) + wjh(jw(name[:k + 1], "-"), 0.0) + wjg(jw(name[k:], "-"), 0.0) + wgm1(name[k], 0.0)
        pb = str(max(-8, min(prior // 2, 8)))
        x += wprior(shape + pb, 0.0) + wxsg(sur + last, 0.0)
        if k == 2:
            x += wcmp(name[:2], 0.0)
        return x, shape, pb

    def score(text: str, s: int, e: int, k: int, toks: Tokens) -> float:
        if not k:
            return _score(features(text, s, e, k, m, toks), m.w)
        name = text[s:e]
        got = cache.get((name, k))
        if got is None:
            if len(cache) > 200_000:
                cache.clear()
            got = cache[name, k] = own(name, k)
        x, shape, pb = got
        if text[max(s - 2, 0):s] in roles or text[max(s - 3, 0):s] in roles or text[max(s - 4, 0):s] in roles:
            x += role_w     # (a title before the name counts before the floor: it may carry a weak one)
        if x < floor:  # hopeless whatever stands around it: skip the context lookups
            return x
        left1, right1 = text[s - 1:s] if s else "^", text[e:e + 1] or "$"
        left2, right2 = text[max(s - 2, 0):s], text[e:e + 2]
        if not isfine(left2 + right2):
            left1, left2, right1, right2 = (x.translate(_BLANK) for x in (left1, left2, right1, right2))
        x += (wL1(left1, 0.0) + wL2(left2, 0.0) + wR1(right1, 0.0) + wR2(right2, 0.0)
              + wjl(jw(text[s - 1:s + 1], "-") if s else "^", 0.0) + wjl2(jw(left2, "-"), 0.0)
              + wjr(jw(text[e - 1:e + 1], "-"), 0.0) + wjr2(jw(right2, "-"), 0.0)
              + wrg(shape + ge(right1, "-"), 0.0)
              + wtr(_run_edges(tb, name, left1, right1), 0.0)
              + wxl(left1 + pb, 0.0) + wxr(right1 + pb, 0.0) + wxlr(left1 + right1, 0.0))
        if x + tk_best <= thr:  # cannot pass even where jieba agrees: spare the segmentation
            return x
        return x + wtk(_cuts(toks, s, e), 0.0)

    return score


def find_names(text: str, taken: list[tuple[int, int]] = (), toks: Tokens | None = None) -> list[tuple[int, int, float]]:
    """(start, end, score) of each person name in text, non-overlapping, in order.

    Parameters
    ----------
    text : str
        Any Chinese text; offsets are into it as given.
    taken : list of (int, int)
        Spans already named (persons found by their titles): no candidate overlapping one is scored.
    toks : Tokens, optional
        The text's jieba segmentation, if the caller has one already.

    Returns
    -------
    list of (int, int, float)
        Character offsets and the model's score (higher is surer), sorted by start.

    Examples
    --------
    >>> text = "县委书记欧阳晓峰主持会议，王小明说，通过和来自黄河高新区的代表座谈，欧阳晓峰表示感谢。"
    >>> [text[s:e] for s, e, _ in find_names(text)]
    ['欧阳晓峰', '王小明', '欧阳晓峰']
    """
    return _find(text, _model(), taken, toks)


def _find(text: str, m: _Model, spans: list[tuple[int, int]] = (),
          toks: Tokens | None = None) -> list[tuple[int, int, float]]:
    score, thr = m.score, m.threshold
    toks = toks or Tokens(text)
    taken = bytearray(len(text) + 1)
    for a, b in spans:
        if 0 <= a < b:
            taken[a:b] = b"\x01" * (b - a)
    scored = []
    for s, e, k in candidates(text, m):
        if taken[s] or taken[e - 1]:
            continue
        sc = score(text, s, e, k, toks)
        if sc > thr:
            scored.append((-sc, s, e))
    scored.sort()
    found: list[tuple[int, int, float]] = []
    for neg, s, e in scored:
        if not any(taken[s:e]):
            taken[s:e] = b"\x01" * (e - s)
            found.append((s, e, -neg))
    sure = {}
    for s, e, sc in found:  # a confident name counts wherever else it stands in the text
        if sc >= m.repeat and sure.get(text[s:e], -1e9) < sc:
            sure[text[s:e]] = sc
    places = _occurrences(text, sure)
    for name, sc in sorted(sure.items(), key=lambda x: (-len(x[0]), -x[1], x[0])):
        for at in places.get(name, ()):
            if not any(taken[at:at + len(name)]):
                taken[at:at + len(name)] = b"\x01" * len(name)
                found.append((at, at + len(name), sc))
    return sorted(found)


def _occurrences(text: str, names) -> dict[str, list[int]]:
    """Every offset of every name: with many names, one pass over ``text`` (names indexed by their
    first two characters), so a page naming thousands of persons costs in step with its length."""
    out: dict[str, list[int]] = {}
    if len(names) <= 16:                    # a few names: str.find, in C, beats a pass in Python
        for name in names:
            at = text.find(name)
            while at != -1:
                out.setdefault(name, []).append(at)
                at = text.find(name, at + 1)
        return out
    for i, name in occurrences(text, by_first_two(names)):
        out.setdefault(name, []).append(i)
    return out
