"""jieba behind one door: a private Tokenizer with kg's own words, loaded once.

Adding words to jieba's global tokenizer changes frequencies for every other user of jieba
(jieba #222), and added words can still lose to longer built-in ones (#14, #946); so kg keeps
its own ``jieba.Tokenizer``, adds its lexicon words with ``suggest_freq`` and reads offsets
with ``tokenize()``.
"""
from __future__ import annotations

import logging
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
    """One segmentation of a text with fast offset look-ups: which offsets start or end a token."""

    __slots__ = ("text", "words", "starts", "ends", "_start_at")

    def __init__(self, text: str) -> None:
        self.text = text
        self.words = tokens(text, hmm=False)
        self.starts = {s for _, s, _ in self.words}
        self.ends = {e for _, _, e in self.words}
        self._start_at = {s: (w, s, e) for w, s, e in self.words}

    def snap_start(self, pos: int, limit: int) -> int:
        """The first token start at or after ``pos`` (before ``limit``), or ``limit``."""
        while pos < limit and pos not in self.starts:
            pos += 1
        return pos

    def between(self, start: int, end: int) -> list[tuple[str, int, int]]:
        """Tokens from ``start`` (a token start) up to ``end``."""
        out = []
        pos = start
        while pos < end and pos in self._start_at:
            tok = self._start_at[pos]
            out.append(tok)
            pos = tok[2]
        return out
