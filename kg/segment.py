"""jieba behind one door: a private Tokenizer with kg's own words, loaded once.

Adding words to jieba's global tokenizer changes frequencies for every other user of jieba
(jieba #222), and added words can still lose to longer built-in ones (#14, #946); so kg keeps
its own ``jieba.Tokenizer``, adds its lexicon words with ``suggest_freq`` and reads offsets
with ``tokenize()``.
"""
from __future__ import annotations

import logging
import re
from functools import cache

import jieba

from . import lexicons

__all__ = ["tokenizer", "tokens", "word_freq", "is_common_word", "word_tag", "Tokens"]

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


def tokens(text: str, hmm: bool = True) -> list[tuple[str, int, int]]:
    """(word, start, end) for ``text``.

    Examples
    --------
    >>> [w for w, _, _ in tokens("区委常委、常务副区长主持会议")][:4]
    ['区委', '常委', '、', '常务副区长']
    """
    return list(tokenizer().tokenize(text, HMM=hmm))


def word_freq(word: str) -> int:
    """How often jieba's dictionary has seen ``word`` (0 if it is not a word there)."""
    return tokenizer().FREQ.get(word, 0)


def is_common_word(word: str, threshold: int = 50) -> bool:
    """True when ``word`` is an everyday dictionary word, so cannot by itself name something."""
    return word_freq(word) >= threshold


@cache
def _tags() -> dict[str, str]:
    import jieba.posseg  # noqa: PLC0415 - loads jieba's part-of-speech table once, read only
    return jieba.posseg.dt.word_tag_tab


def word_tag(word: str) -> str | None:
    """jieba's dictionary part-of-speech tag of ``word`` (ns, nr, v …), None if unknown."""
    return _tags().get(word)


class Tokens:
    """Lazy segmentation of a text, one clause at a time: a clause is cut only when a recogniser asks
    about an offset in it, so text with nothing to check costs nothing."""

    __slots__ = ("text", "_clauses", "_starts", "_ends", "_words")
    _PUNCT = re.compile(r"[，。、；：！？,;:!?\n“”（）()《》]")

    def __init__(self, text: str) -> None:
        self.text = text
        self._clauses: set[int] = set()
        self._starts: set[int] = set()
        self._ends: set[int] = set()
        self._words: dict[int, tuple[str, int, int]] = {}

    def _ensure(self, pos: int) -> None:
        lo = pos
        while lo > 0 and not self._PUNCT.match(self.text, lo - 1):
            lo -= 1
        if lo in self._clauses:
            return
        self._clauses.add(lo)
        m = self._PUNCT.search(self.text, pos)
        hi = m.start() if m else len(self.text)
        for w, a, b in tokenizer().tokenize(self.text[lo:hi], HMM=False):
            self._starts.add(lo + a)
            self._ends.add(lo + b)
            self._words[lo + a] = (w, lo + a, lo + b)

    def is_start(self, pos: int) -> bool:
        self._ensure(pos)
        return pos in self._starts

    def word_around(self, pos: int) -> tuple[str, int, int] | None:
        """The token that contains ``pos``."""
        self._ensure(pos)
        for a in range(pos, max(-1, pos - 12), -1):
            w = self._words.get(a)
            if w and w[1] <= pos < w[2]:
                return w
        return None
