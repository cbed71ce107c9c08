"""Pages assembled from real paragraphs hunt for the pages that break a build: the seeds' paragraphs,
the layout pages of tests/pages and People's Daily sentences (read from ../shared in place), in random
order, with headlines before, after or nowhere, lines broken mid-word at random widths, and the
furniture that scraped web pages carry. Every page must be built, every article must reach the
report and the graph, and the Turtle must parse. Only ``kg.cli`` is used, so the same test runs
against any version of kg."""
from __future__ import annotations

import json
import random
from functools import cache
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDF, Graph, Namespace

from kg.cli import main

ROOT = Path(__file__).resolve().parent.parent
PD = ROOT.parent / "shared" / "corpora" / "peoples-daily-ner" / "dev.bio"
SCHEMA = Namespace("https://schema.org/")

# Furniture of scraped pages, with invented names.
FURNITURE = [
    "首页 > 新闻中心 > 正文", "当前位置：首页 >> 政务动态 >> 要闻", "网站首页 | 政务公开 | 办事服务 | 互动交流 | 走进青禾",
    "发布时间：2024-03-12 08:36  来源：青禾县融媒体中心  作者：林晓", "2024-05-06 10:21:09 来源:白桦新闻网",
    "编辑：苏眉  责任编辑：顾远", "责任编辑:韩笑", "点击数：1177", "浏览次数：356", "顶:11 踩:8", "顶(3) 踩(0)",
    "【打印】【关闭】", "【字体：大 中 小】 【打印本页】 【关闭窗口】", "分享到：", "扫一扫在手机打开当前页",
    "上一篇：青禾县召开春耕生产工作会", "下一篇：无", "版权所有：青禾县人民政府办公室  主办单位：青禾县人民政府",
    "备案号：X ICP备00000000号-1", "Copyright © 2024 白桦新闻网 All Rights Reserved", "相关新闻", "• 首页", "返回顶部",
]


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.replace("\r", "").split("\n\n") if p.strip()]


@cache
def paragraphs() -> tuple[str, ...]:
    out: list[str] = []
    for folder in (ROOT / "seeds", ROOT / "tests" / "pages"):
        for f in sorted(folder.rglob("*.txt")):
            out += _paragraphs(f.read_text(encoding="utf-8"))
    if PD.exists():
        chars: list[str] = []
        for line in PD.read_text(encoding="utf-8").splitlines()[:40000]:
            if line.strip():
                chars.append(line[0])
            elif chars:
                out.append("".join(chars))
                chars = []
    return tuple(out)


@cache
def headlines() -> tuple[str, ...]:
    return tuple(a["title"] for f in sorted((ROOT / "tests" / "gold").glob("*.json"))
                 for a in json.loads(f.read_text(encoding="utf-8"))["articles"] if a["title"])


def _wrap(p: str, rng: random.Random) -> str:
    """A paragraph as a narrow PDF column: broken every few characters, mid-word."""
    w = rng.randint(6, 30)
    return "\n".join(p[i:i + w] for i in range(0, len(p), w))


def assemble(seed: int) -> str:
    rng = random.Random(seed)
    hs = headlines()
    ps = [p for p in paragraphs() if len(p) >= 20 and any(c in p for c in "。，,")]     # an item's body holds a sentence
    parts: list[str] = []
    if rng.random() < 0.5:
        parts += rng.sample(FURNITURE, rng.randint(1, 4))
    for _ in range(rng.randint(1, 6)):
        body = [rng.choice(ps) for _ in range(rng.randint(1, 4))]
        if rng.random() < 0.3:
            body = [_wrap(p, rng) for p in body]
        where = rng.choice(["before", "after", "none"])
        head = [rng.choice(hs)] if where != "none" else []
        item = (head if where == "before" else []) + body + (head if where == "after" else [])
        if rng.random() < 0.3:
            item.insert(rng.randint(0, len(item)), rng.choice(FURNITURE))
        parts += item
    if rng.random() < 0.5:
        parts += rng.sample(FURNITURE, rng.randint(1, 4))
    return "\n\n".join(parts) + "\n"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(st.integers(0, 10**9), min_size=4, max_size=4))
def test_pages_of_real_paragraphs_in_any_order_are_all_built(tmp_path_factory, seeds_):
    d = tmp_path_factory.mktemp("pages")
    for i, seed in enumerate(seeds_):
        (d / f"p{i}.txt").write_text(assemble(seed), encoding="utf-8")
    out = d / "out"
    r = CliRunner().invoke(main, ["build", str(d), "--out", str(out), "--silent", "--no-cache"])
    assert r.exit_code == 0, (r.output, r.exception, seeds_)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [i["status"] for i in report["inputs"]] == ["built"] * len(seeds_), seeds_
    g = Graph().parse(out / "graph.ttl", format="turtle")
    articles = sum(i["articles"] for i in report["inputs"])
    assert articles >= len(seeds_) and len(set(g.subjects(RDF.type, SCHEMA.NewsArticle))) == articles
    records = json.loads((out / "extraction.json").read_text(encoding="utf-8"))
    assert sum(len(p["articles"]) for p in records) == articles


@pytest.mark.parametrize("seed", range(3))
def test_an_assembled_page_is_real_text(seed):
    """The generator itself: paragraphs of several sources, furniture included at times."""
    text = assemble(seed)
    flat = "".join(text.split())
    assert len(text) > 40 and any("".join(p.split()) in flat for p in paragraphs())
