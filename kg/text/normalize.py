"""str -> str clean-ups that keep the meaning of a page and make its patterns regular.

Full-width letters, digits and spaces become ASCII (Ｘ０１４ -> X014); CJK punctuation is kept as
printed, because canonical names are copied from the text character for character, and every
pattern in kg accepts both widths. Control characters go; line structure stays for split.py.
"""
from __future__ import annotations

import re

__all__ = ["normalize_page", "join_lines", "drop_stray_spaces", "is_cjk", "TERMINALS"]

_FULL = {cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF1A)}           # ０-９
_FULL.update({cp: cp - 0xFEE0 for cp in range(0xFF21, 0xFF3B)})       # Ａ-Ｚ
_FULL.update({cp: cp - 0xFEE0 for cp in range(0xFF41, 0xFF5B)})       # ａ-ｚ
_FULL.update({0x3000: 0x20, 0x00A0: 0x20, 0x2002: 0x20, 0x2003: 0x20, 0x2009: 0x20, 0x200B: None,
              0xFEFF: None, 0x00AD: None})
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u2028\u2029]")
TERMINALS = "。！？!?；;…"
# a reading in pinyin after a character, as mirror sites print traditional text (鎮(zhèn)黨(dǎng)委):
# one syllable with a tone mark, in brackets right after a Han character
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_READING = re.compile(rf"(?<=[\u4e00-\u9fff])[(（](?=[a-zü]*[{_TONED}])[a-zü{_TONED}]{{1,7}}[)）]")


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or ch == "〇"


def normalize_page(text: str) -> str:
    """Unify widths of letters/digits/spaces, drop control characters and pinyin readings after
    characters, unify line ends.

    Examples
    --------
    >>> normalize_page("本报讯\\u3000５月４日\\r\\n记者")
    '本报讯 5月4日\\n记者'
    >>> normalize_page("鎮(zhèn)黨(dǎng)委書(shū)記，世界卫生组织(who)")
    '鎮黨委書記，世界卫生组织(who)'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_FULL)
    return _READING.sub("", _CONTROL.sub("", text))


_STRAY = re.compile(r"(?<=[\u4e00-\u9fff\d〇，。、；：“”（）])[ \t]+(?=[\u4e00-\u9fff\d〇，。、；：“”（）])")


def drop_stray_spaces(text: str) -> str:
    """Remove spaces that PDF extraction left between Chinese characters or digits.

    Examples
    --------
    >>> drop_stray_spaces("金水区纪委监委机关 2024年第一次，5月 18日")
    '金水区纪委监委机关2024年第一次，5月18日'
    """
    return _STRAY.sub("", text)


def join_lines(lines: list[str]) -> str:
    """Join lines broken by column layout: no space between Chinese characters, one between Latin words.

    Examples
    --------
    >>> join_lines(["区委书", "记张德明主持", "会议 and", "more"])
    '区委书记张德明主持会议 and more'
    """
    out: list[str] = []
    for ln in lines:
        ln = ln.strip()
        if not ln:
            continue
        if out and out[-1] and out[-1][-1].isascii() and out[-1][-1].isalnum() and ln[0].isascii() and ln[0].isalpha():
            out.append(" ")
        out.append(ln)
    return "".join(out)
