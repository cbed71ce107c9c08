"""The benchmark runs end to end on a tiny corpus and reports every figure the README quotes."""
from kg.yardsticks.bench import run_bench
from kg.graph.query import bundled


def test_bench_reports_ratios_and_times_every_bundled_query(tmp_path):
    res = run_bench([0.03], repeats=1, workers=[1], keep=str(tmp_path), echo=lambda s: None, long_chars=20_000)
    row = res["sizes"][0]
    assert row["jieba_cut"] > 0 and row["jieba_load"] > 0 and res["model_load"] > 0
    assert row["ratio_vs_jieba"] > row["ratio_vs_jieba_with_load"] > 0
    assert row["kg_w1"]["triples"] > 1000 and row["kg_w1"]["peak_rss_mb"] > 0
    queries = row["store"]["queries"]
    assert set(queries) == set(bundled())
    assert all(q["store"] > 0 and "rdflib" in q for q in queries.values())
    assert queries["articles"]["unbound_rows"] > 0 and queries["articles"]["bindings"]["source"]
    inc = row["incremental"]
    long = res["long_pages"]
    assert long["ordinary_us_per_char"] > 0
    assert {k for k, v in long.items() if isinstance(v, dict)} == {"ordinary", "unpunctuated", "enumeration"}
    assert all(v["chars"] > 15_000 and v["ratio"] > 0 for v in long.values() if isinstance(v, dict))
    assert inc["full"] > 0 and inc["plus_one_page"] > 0 and inc["fraction"] == inc["plus_one_page"] / inc["full"]
