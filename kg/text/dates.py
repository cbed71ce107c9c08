"""Dates as the genre writes them: 5月4日, 11月 19日~21日, 二〇二三年五月四日, 近日.

A year is taken from the page itself (never from outside knowledge): a full date printed on the
page wins, otherwise the year the page mentions most (the latest on a tie).
"""
from __future__ import annotations

import re
from collections import Counter

__all__ = ["cn_number", "page_year", "article_date", "DATE_RE", "YEAR_RE"]

_DIGIT = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9}
_NUM = r"\d{1,2}|[一二三四五六七八九十]{1,3}"
_YEAR = r"(?:19|20)\d{2}|[一二][〇零○九]{1}[〇零○一二三四五六七八九]{2}"
YEAR_RE = re.compile(rf"({_YEAR})\s*年")
# a day is written with 日/号, or starts a span whose end has it (3月19—20日: the start)
DATE_RE = re.compile(rf"(?:({_YEAR})\s*年\s*)?({_NUM})\s*月\s*({_NUM})\s*(?:[日号]|(?=[—–~～至到-]\s*(?:{_NUM})\s*[日号]))")
# a site's publication line (2021-02-23 15:51, 2024/3/12): a full date
# (its time may have been glued to it where stray spaces were dropped: 2021-02-2315:51)
_NUMERIC_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])"
                           r"(?:(?!\d)|(?=\d{1,2}:\d{2}))")
_SPAN_MARKS = "—–-~～至到"                       # 2025—2027年: a plan's span, not the page's year
_SPAN_END = re.compile(f"[{re.escape(_SPAN_MARKS)}]")
_VAGUE = re.compile(r"近日|日前|近期|前不久|不久前|近来")


def cn_number(s: str) -> int:
    """Arabic or Chinese numerals to int.

    Examples
    --------
    >>> cn_number("二〇二三"), cn_number("十一"), cn_number("二十四"), cn_number("5")
    (2023, 11, 24, 5)
    """
    if s.isdigit():
        return int(s)
    if "十" in s:
        head, _, tail = s.partition("十")
        return (_DIGIT.get(head, 1) if head else 1) * 10 + (_DIGIT.get(tail, 0) if tail else 0)
    n = 0
    for ch in s:
        n = n * 10 + _DIGIT.get(ch, 0)
    return n


_PUBLISHED = re.compile(r"(?:发布|发表|发稿|刊发|更新)(?:时间|日期)\s*[:：]\s*((?:19|20)\d{2})\s*[-/.年]")


def page_year(text: str) -> int | None:
    """The year a page speaks of, if the page itself says it.

    Examples
    --------
    >>> page_year("2024年第一次工作谋划会……2023年第四次全体会议……全区2023年生态")
    2023
    >>> page_year("5月4日上午") is None
    True
    >>> page_year("发布时间：2021-02-23 15:51 …… 2月22日，县委书记……（2025—2027年）")
    2021
    >>> page_year("三年行动方案（2025—2027年）") is None
    True
    >>> page_year("2021-02-2315:51:48来源:某某网 2月22日，县长……")
    2021
    >>> page_year("2018/12/28 上午9:27 …… 发布时间:2015年03月11日 …… 3月10日下午")
    2015
    """
    meta = _PUBLISHED.search(text)
    if meta:            # the page's own date of publication wins over a site's clock or a career's dates
        return int(meta.group(1))
    full = Counter(cn_number(m.group(1)) for m in DATE_RE.finditer(text) if m.group(1))
    full.update(int(m.group(1)) for m in _NUMERIC_DATE.finditer(text))
    if full:
        return max(full.items(), key=lambda kv: (kv[1], kv[0]))[0]
    years = Counter(y for y in (cn_number(m.group(1)) for m in YEAR_RE.finditer(text)
                                if not _SPAN_END.match(text, m.end()) and text[m.start() - 1:m.start()] not in _SPAN_MARKS)
                    if 1949 <= y <= 2100)
    if not years:
        return None
    return max(years.items(), key=lambda kv: (kv[1], kv[0]))[0]


def article_date(body: str, year: int | None, window: int = 220) -> str | None:
    """The date an article reports, from its lead: ISO if the year is known, else --MM-DD; None for 近日.

    Examples
    --------
    >>> article_date("本报讯 3月28日至4月26日,金水区委党校举办", 2023)
    '2023-03-28'
    >>> article_date("本报讯 11月19日~21日，区委书记带队", None)
    '--11-19'
    >>> article_date("3月19—20日，调研组赴某镇调研", 2024)
    '2024-03-19'
    >>> article_date("本报讯 近日，区长带队督导", 2023) is None
    True
    """
    lead = body[:window]
    m = DATE_RE.search(lead)
    vague = _VAGUE.search(lead)
    if not m or (vague and vague.start() < m.start()):
        return None
    month, day = cn_number(m.group(2)), cn_number(m.group(3))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    y = cn_number(m.group(1)) if m.group(1) else year
    return f"{y:04d}-{month:02d}-{day:02d}" if y else f"--{month:02d}-{day:02d}"
