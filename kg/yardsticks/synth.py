"""Realistic synthetic pages for benchmarks and property tests: the genre's structure recombined
with names drawn from the lexicons, so the number of entities grows with the corpus.

Deterministic for a given seed.
"""
from __future__ import annotations

import random
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from kg import lexicons

__all__ = ["generate_pages", "write_corpus", "long_pages"]

_GIVEN = "建国伟华明军红丽强平刚杰涛斌志勇敏静燕芳磊超鹏飞亮波宁海洋晓云峰荣鑫博雅卓瑜安民连武传胜泽文宪潜淼琳歌硕真林惠德立新春秋冬梅兰竹菊"
_TOWN_PART = "东西南北中上下大小新老金银石马牛龙凤柳杨桃李花园山水河湖塘沟岗庄寨集店桥铺堡坪峪湾"
_VERBS = ["调研", "督导", "视察", "察看", "考察"]
_TOPICS = ["安全生产", "防汛备汛", "项目建设", "招商引资", "生态环境保护", "城市更新", "乡村振兴", "营商环境", "民生实事"]
_PROJ = ["产业园", "安置房项目", "改造工程", "加固工程", "科创园", "物流园", "污水处理厂项目", "商业综合体", "片区城市更新项目"]
_BODY = ["有限公司", "集团有限公司", "科技有限公司", "研究院", "医院", "中学"]
_BUREAU = ["应急局", "城建局", "财政局", "商务局", "统计局", "发改委", "自然资源局", "生态环境分局", "市场监管局"]


@cache
def _counties() -> list[str]:
    return sorted({d.name for ds in lexicons.divisions().values() for d in ds
                   if d.level == "county" and d.name.endswith(("区", "县"))})


def _name(rng: random.Random) -> str:
    sur = rng.choice(sorted(lexicons.surnames()))
    return sur + "".join(rng.choice(_GIVEN) for _ in range(rng.choice((1, 2, 2))))


def _place(rng: random.Random, suffix: str) -> str:
    return "".join(rng.choice(_TOWN_PART) for _ in range(2)) + suffix


def _article(rng: random.Random, district: str, officials: list[str], reporter: str) -> str:
    lvl = district[-1]
    town = _place(rng, rng.choice(["镇", "街道", "乡"]))
    proj = [_place(rng, "") + rng.choice(_PROJ) for _ in range(rng.randint(2, 4))]
    comp = _place(rng, "") + rng.choice(["智能", "新材料", "生物医药", "数字"]) + rng.choice(_BODY)
    secretary, head, deputy, member = officials
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    topic = rng.choice(_TOPICS)
    verb = rng.choice(_VERBS)
    title = f"{district}召开{topic}推进会" if rng.random() < 0.4 else f"{lvl}领导{verb}{town}{topic}工作"
    body = (f"本报讯 {month}月{day}日上午，{district}委书记{secretary}带队到{town}{verb}{topic}工作，"
            f"{lvl}委副书记、{lvl}长{head}，{lvl}委常委、副{lvl}长{deputy}参加。"
            f"{secretary}一行先后来到{'、'.join(proj)}等项目现场，实地察看项目进展情况，"
            f"并与{comp}负责人座谈交流。{lvl}{rng.choice(_BUREAU)}、{lvl}{rng.choice(_BUREAU)}主要负责同志陪同。\n"
            f"{secretary}强调，要坚持问题导向，压实工作责任，加快推进项目建设，确保各项任务落到实处。"
            f"{head}指出，各相关部门要强化协同配合，全力做好服务保障。{member}主持座谈会。")
    return f"{title} 压实责任 狠抓落实\n\n{body}记者 {reporter}\n"


def generate_pages(total_bytes: int, seed: int = 7, page_bytes: int = 10_000) -> Iterator[tuple[str, str]]:
    """(file name, text) of pages until ``total_bytes`` of UTF-8 text have been produced."""
    rng = random.Random(seed)
    counties = _counties()
    produced, n = 0, 0
    while produced < total_bytes:
        district = rng.choice(counties)
        officials = [_name(rng) for _ in range(4)]
        reporter = _name(rng)
        parts = []
        size = 0
        while size < page_bytes:
            a = _article(rng, district, officials, reporter)
            parts.append(a)
            size += len(a.encode("utf-8"))
        text = "\n".join(parts)
        produced += len(text.encode("utf-8"))
        yield f"synth_{n:06d}.txt", text
        n += 1


def write_corpus(folder: str | Path, total_bytes: int, seed: int = 7) -> int:
    """Write a synthetic corpus of about ``total_bytes`` into ``folder``; return the page count."""
    d = Path(folder)
    d.mkdir(parents=True, exist_ok=True)
    n = 0
    for name, text in generate_pages(total_bytes, seed):
        (d / name).write_text(text, encoding="utf-8")
        n += 1
    return n


def long_pages(chars: int = 200_000, seed: int = 7) -> dict[str, str]:
    """Three pages of about ``chars`` characters that once cost more than their length: ordinary pages
    run together, the same text without a stop (a scraped table, a page that lost its punctuation),
    and one enumeration of thousands of names (a list of attendees)."""
    import re
    rng = random.Random(seed)
    ordinary = ""
    for _, text in generate_pages(chars * 4, seed=seed):
        ordinary += text + "\n\n"
        if len(ordinary) >= chars:
            break
    ordinary = ordinary[:chars]
    run = re.sub(r"[^\u4e00-\u9fff]", "", ordinary)
    run = (run * (chars // max(1, len(run)) + 1))[:chars]
    names = "、".join(_name(rng) for _ in range(chars // 4))[:chars - 8] + "等同志参加会议。"
    return {"ordinary": ordinary, "unpunctuated": run, "enumeration": names}
