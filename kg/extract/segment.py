"""jieba behind one door: a private Tokenizer with kg's own words, loaded once.

Adding words to jieba's global tokenizer changes frequencies for every other user of jieba
(jieba #222), and added words can still lose to longer built-in ones (#14, #946); so kg keeps
its own ``jieba.Tokenizer``, adds its lexicon words with ``suggest_freq`` and reads offsets
with ``tokenize()``.
"""
from __future__ import annotations

import logging
import re
from bisect import bisect_left
from functools import cache
from math import log

import jieba

from kg import lexicons

__all__ = ["tokenizer", "tokens", "word_freq", "is_common_word", "word_tag", "tag_table", "Tokens"]

jieba.setLogLevel(logging.WARNING)


@cache
def tokenizer() -> jieba.Tokenizer:
    """The private tokenizer, with role words and body suffixes kept whole."""
    tk = jieba.Tokenizer()
    tk.initialize()
    for w in list(lexicons.roles()) + list(lexicons.words("body_suffixes.txt")) + list(lexicons.words("party_departments.txt")):
        if len(w) >= 2:
            tk.add_word(w, freq=max(tk.FREQ.get(w, 0), 2000))
    return tk


@cache
def _logp() -> tuple[dict[str, float], dict[str, int], float]:
    """log P(word) of every dictionary word, computed once (jieba takes the log per candidate)."""
    freq = tokenizer().FREQ
    logtotal = log(tokenizer().total)
    return {w: log(f) - logtotal for w, f in freq.items() if f}, freq, logtotal


def _cut_block(s: str) -> list[str]:
    """jieba's most probable path without HMM over one run of word characters: the same words as
    ``Tokenizer.cut(HMM=False)`` (same scores, same tie-break), in one pass instead of three."""
    logp, freq, logtotal = _logp()
    n = len(s)
    score = [0.0] * (n + 1)
    nxt = [0] * (n + 1)
    for k in range(n - 1, -1, -1):
        best, arg = -logtotal + score[k + 1], k       # the character alone, if no word starts here
        found = False
        i, frag = k, s[k]
        while frag in freq:
            p = logp.get(frag)
            if p is not None:
                v = p + score[i + 1]
                if not found or v >= best:            # ties go to the longer word, as in jieba's max()
                    best, arg, found = v, i, True
            i += 1
            if i >= n:
                break
            frag = s[k:i + 1]
        score[k], nxt[k] = best, arg
    out: list[str] = []
    x, buf = 0, ""
    while x < n:
        y = nxt[x] + 1
        w = s[x:y]
        if y - x == 1 and _ASCII_ALNUM.match(w):
            buf += w
        else:
            if buf:
                out.append(buf)
                buf = ""
            out.append(w)
        x = y
    if buf:
        out.append(buf)
    return out


# jieba's own block patterns, so that kg's cut splits text exactly where jieba's does
_ASCII_ALNUM = jieba.re_eng
_HAN_BLOCK = jieba.re_han_default
_SKIP = jieba.re_skip_default


def _cut_plain(text: str) -> list[str]:
    """``jieba.Tokenizer.cut(text, HMM=False)`` of kg's tokenizer, as a list."""
    out: list[str] = []
    for blk in _HAN_BLOCK.split(text):
        if not blk:
            continue
        if _HAN_BLOCK.match(blk):
            out += _cut_block(blk)
        else:
            for x in _SKIP.split(blk):
                if _SKIP.match(x):
                    out.append(x)
                else:
                    out.extend(x)
    return out


def tokens(text: str, hmm: bool = True) -> list[tuple[str, int, int]]:
    """(word, start, end) for ``text``.

    Examples
    --------
    >>> [w for w, _, _ in tokens("区委常委、常务副区长主持会议")][:4]
    ['区委', '常委', '、', '常务副区长']
    """
    if hmm:
        return list(tokenizer().tokenize(text, HMM=True))
    out, a = [], 0
    for w in _cut_plain(text):
        out.append((w, a, a + len(w)))
        a += len(w)
    return out


def word_freq(word: str) -> int:
    """How often jieba's dictionary has seen ``word`` (0 if it is not a word there)."""
    return tokenizer().FREQ.get(word, 0)


def is_common_word(word: str, threshold: int = 50) -> bool:
    """True when ``word`` is an everyday dictionary word, so cannot by itself name something."""
    return word_freq(word) >= threshold


@cache
def tag_table() -> dict[str, str]:
    """jieba's dictionary part-of-speech tags, word -> tag (read only)."""
    import jieba.posseg  # noqa: PLC0415 - loads jieba's part-of-speech table once, read only
    return jieba.posseg.dt.word_tag_tab


def word_tag(word: str) -> str | None:
    """jieba's dictionary part-of-speech tag of ``word`` (ns, nr, v …), None if unknown."""
    return tag_table().get(word)


class Tokens:
    """Lazy segmentation of a text, one clause at a time: a clause is cut only when a recogniser asks
    about an offset in it, so text with nothing to check costs nothing."""

    __slots__ = ("text", "_cuts", "_clauses", "_words")
    _PUNCT = re.compile(r"[，。、；：！？,;:!?\n“”（）()《》]")

    def __init__(self, text: str) -> None:
        self.text = text
        self._cuts: list[int] | None = None      # offsets of the punctuation that ends clauses
        self._clauses: set[int] = set()
        self._words: dict[int, tuple[str, int, int]] = {}     # start -> (word, start, end)

    def _ensure(self, pos: int) -> None:
        cuts = self._cuts
        if cuts is None:
            cuts = self._cuts = [m.start() for m in self._PUNCT.finditer(self.text)]
        i = bisect_left(cuts, pos)
        lo = cuts[i - 1] + 1 if i else 0
        if lo in self._clauses:
            return
        self._clauses.add(lo)
        hi = cuts[i] if i < len(cuts) else len(self.text)
        for w, a, b in tokens(self.text[lo:hi], hmm=False):
            self._words[lo + a] = (w, lo + a, lo + b)

    def is_start(self, pos: int) -> bool:
        self._ensure(pos)
        return pos in self._words

    def word_around(self, pos: int) -> tuple[str, int, int] | None:
        """The token that contains ``pos``."""
        self._ensure(pos)
        for a in range(pos, max(-1, pos - 12), -1):
            w = self._words.get(a)
            if w and w[1] <= pos < w[2]:
                return w
        return None
