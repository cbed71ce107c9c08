"""Arbitrary text through the whole pipeline: no crash, Turtle that two parsers read alike,
HTML with no input markup left unescaped, and every article accounted for."""
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.run.digest import corpus_of
from kg.extract.pipeline import extract_text
from kg.graph.rdf import turtle
from kg.view.network import ViewOptions, render_html, to_pyvis, view_graph

FRAGMENTS = ["本报讯 ", "5月6日，", "记者 王五", "通讯员 李四", "\n\n", "\n", "区委书记张德明", "、", "。", "，",
             "<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "&amp;", "\\", '"', "\x00", "\x1b",
             "\u202e", "\ud7ff", "有限公司", "项目", "■新闻连连看", "（", "）", "“", "”", " ", "\t", "区长", "镇"]
texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS),
                           st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12),
                           st.text(alphabet="区委书记镇街道公司项目工程张王李赵的了在到" + string.ascii_letters, max_size=12)),
                 max_size=40).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_any_text_builds_a_valid_graph_and_safe_view(text):
    pyoxigraph = pytest.importorskip("pyoxigraph")
    from rdflib import Graph
    res = extract_text(text, "fuzz.txt")
    corpus = corpus_of([res])
    counted = [0]
    ttl = b"".join(turtle(corpus, counted)).decode("utf-8")
    g = Graph().parse(data=ttl, format="turtle")
    assert len(g) == counted[0] == len(list(pyoxigraph.parse(ttl, format=pyoxigraph.RdfFormat.TURTLE)))
    from rdflib import RDF
    from kg.graph.ontology import SCHEMA
    assert len(set(g.subjects(RDF.type, SCHEMA.NewsArticle))) == len(res.articles)
    html = render_html(to_pyvis(view_graph(corpus, ViewOptions(min_weight=1))))
    start = html.index('<script id="kg-data" type="application/json">') + len('<script id="kg-data" type="application/json">')
    payload = html[start: html.index("</script>", start)]
    assert "<" not in payload and ">" not in payload          # input text reaches the page only as escaped JSON
    assert "<script>alert" not in html and "<img src=x" not in html


@settings(max_examples=300, deadline=None)
@given(texts)
def test_kg_cut_gives_jiebas_no_hmm_words(text):
    """kg's one-pass segmenter (segment._cut_plain) must cut exactly where jieba's does."""
    from kg.extract.segment import tokenizer, tokens
    assert tokens(text, hmm=False) == list(tokenizer().tokenize(text, HMM=False))


def test_kg_cut_gives_jiebas_no_hmm_words_on_the_seed_pages():
    from pathlib import Path

    from kg.extract.segment import tokenizer, tokens
    for page in sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt")):
        text = page.read_text(encoding="utf-8")
        assert tokens(text, hmm=False) == list(tokenizer().tokenize(text, HMM=False)), page.name
