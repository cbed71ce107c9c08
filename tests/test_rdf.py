"""The graph users query: parses back, answers SPARQL, agrees with the ontology, passes SHACL."""
from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from kg.graph.ontology import KG
from kg.graph.query import bundled, run
from kg.graph.rdf import mint

ROOT = Path(__file__).resolve().parent.parent


def test_turtle_parses_back_with_the_same_triples(built, graph):
    again = Graph().parse(data=(built / "graph.ttl").read_text(encoding="utf-8"), format="turtle")
    assert len(again) == len(graph) > 1000


def test_second_parser_pyoxigraph_counts_the_same_triples(built, graph):
    pyoxigraph = pytest.importorskip("pyoxigraph")
    triples = list(pyoxigraph.parse(path=str(built / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(triples) == len(graph)


def test_sparql_finds_a_post_in_the_district_committee(graph):
    q = """PREFIX org: <http://www.w3.org/ns/org#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    SELECT DISTINCT ?post WHERE { ?p rdfs:label ?name ; org:holds ?post . ?post org:postIn ?o . ?o rdfs:label ?body }"""
    rows = run(graph, q, name="樊惠林", body="二七区委").rows
    assert rows and all("二七区委" in r[0] for r in rows)


def test_every_kg_term_used_is_defined_in_the_ontology_and_namespace(graph):
    onto = Graph().parse(ROOT / "ontology" / "kg.ttl")
    defined = {s for s in onto.subjects() if isinstance(s, URIRef) and str(s).startswith(str(KG._NS))}
    used = {t for triple in graph for t in triple if isinstance(t, URIRef) and str(t).startswith(str(KG._NS))}
    assert used <= defined
    names = {str(t)[len(str(KG._NS)):] for t in defined}
    for n in names:
        assert getattr(KG, n) == URIRef(str(KG._NS) + n)


def test_every_ontology_term_has_zh_and_en_labels_and_a_comment():
    onto = Graph().parse(ROOT / "ontology" / "kg.ttl")
    q = """PREFIX owl: <http://www.w3.org/2002/07/owl#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    SELECT ?t WHERE { { ?t a owl:Class } UNION { ?t a owl:ObjectProperty } UNION { ?t a owl:DatatypeProperty }
      FILTER NOT EXISTS { ?t rdfs:label ?zh FILTER(lang(?zh) = "zh") ?t rdfs:label ?en FILTER(lang(?en) = "en") ?t rdfs:comment ?c } }"""
    assert list(onto.query(q)) == []


def test_seed_graph_conforms_to_the_shapes(graph):
    pyshacl = pytest.importorskip("pyshacl")
    shapes = Graph().parse(ROOT / "ontology" / "shapes.ttl")
    conforms, _, text = pyshacl.validate(graph, shacl_graph=shapes, inference="none")
    assert conforms, text


def test_shapes_catch_a_post_without_holder(graph):
    pyshacl = pytest.importorskip("pyshacl")
    from rdflib.namespace import ORG
    broken = Graph()
    for t in graph:
        broken.add(t)
    post = next(broken.subjects(ORG.heldBy, None))
    broken.remove((post, ORG.heldBy, None))
    shapes = Graph().parse(ROOT / "ontology" / "shapes.ttl")
    conforms, _, _ = pyshacl.validate(broken, shacl_graph=shapes, inference="none")
    assert not conforms


@pytest.mark.parametrize("text", ["<script>", 'a"b', "a b", "名\n字", "\x00\x1f", "%41", "二七区委"])
def test_minted_iris_are_valid_for_any_text(text):
    iri = mint("org", text)
    assert not any(c in str(iri) for c in ' <>"{}|\\^`\n\x00')
    assert mint("org", text) == iri


def test_bundled_queries_all_run(graph):
    for name in bundled():
        run(graph, name)


def test_succession_lists_both_holders_of_the_committee_secretary_in_date_order(graph):
    rows = run(graph, "succession", body="二七区委", role="书记").rows
    holders = [r[2] for r in rows]
    assert holders == ["陈红民", "樊惠林"]
    assert rows[0][3] < rows[1][3]


def test_inspections_of_the_secretary_include_the_research_institute(graph):
    objects = {r[2] for r in run(graph, "inspections", person="樊惠林").rows}
    assert "郑州机械研究所有限公司" in objects


def test_officials_query_lists_posts_with_bodies(graph):
    rows = run(graph, "officials").rows
    assert ("虎荣鑫", "区长", "二七区政府") in {r[:3] for r in rows}


def test_entity_query_binds_an_alias(graph):
    rows = run(graph, "entity", name="郑机所").rows
    assert rows and rows[0][1] == "郑州机械研究所有限公司"


def test_subbodies_put_departments_under_their_committee(graph):
    pairs = {(r[0], r[1]) for r in run(graph, "subbodies").rows}
    assert ("二七区委", "二七区委统战部") in pairs


def test_cooccurrence_rests_on_sentences(graph):
    q = """PREFIX kg: <https://w3id.org/kg-news/ns#> PREFIX prov: <http://www.w3.org/ns/prov#>
    PREFIX schema: <https://schema.org/>
    SELECT ?w ?text WHERE { ?c a kg:Cooccurrence ; kg:weight ?w ; prov:wasDerivedFrom ?s . ?s schema:text ?text } LIMIT 5"""
    rows = run(graph, q).rows
    assert rows and all(r[1] for r in rows)


_EVERY_PAIR = """PREFIX kg: <https://w3id.org/kg-news/ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?a ?b ?weight WHERE { ?c kg:weight ?weight ; kg:between ?x , ?y . FILTER (STR(?x) < STR(?y))
  ?x rdfs:label ?a . ?y rdfs:label ?b . } ORDER BY DESC(?weight) ?a ?b LIMIT 100"""


@pytest.mark.parametrize("ranked", [1000, 40, 7])
def test_cooccurrence_query_over_ranked_pairs_is_the_head_of_ordering_every_pair(built_corpus, monkeypatch, ranked):
    from kg.graph import rdf
    monkeypatch.setattr(rdf, "RANKED_PAIRS", ranked)
    g = Graph().parse(data=b"".join(rdf.turtle(built_corpus)).decode("utf-8"), format="turtle")
    top, every = run(g, "cooccurrence").rows, run(g, _EVERY_PAIR).rows
    # the ranked pairs are the first in the query's own order, ties included
    assert len(top) == min(ranked, 100) and top == every[:len(top)]


def test_user_values_are_bound_not_pasted(graph):
    rows = run(graph, "entity", name='樊惠林" } UNION { ?e ?p ?v } #').rows
    assert rows == ()


def test_store_answers_bundled_queries_like_rdflib(built, graph, tmp_path):
    pytest.importorskip("pyoxigraph")
    from kg.graph.query import resolve_query
    from kg.graph.store import load_store, query_store
    n = load_store(built / "graph.ttl", tmp_path / "store")
    assert n == len(graph)
    for name, binds in (("succession", {"body": "二七区委", "role": "书记"}), ("entity", {"name": "郑机所"}),
                        ("inspections", {"person": "樊惠林"}), ("cooccurrence", {}),
                        ("officials", {"body": "二七区政府"})):
        _, rows = query_store(tmp_path / "store", resolve_query(name), **binds)
        assert sorted(rows) == sorted(run(graph, name, **binds).rows)


def test_bundled_queries_refuse_bindings_they_do_not_declare(graph):
    # ?district is read in an OPTIONAL: bound, it would label every article instead of selecting some
    with pytest.raises(ValueError, match=r"articles can be bound only on \?source, not on \?district"):
        run(graph, "articles", district="二七区")
    from click.testing import CliRunner

    from kg.cli import main
    res = CliRunner().invoke(main, ["query", "x.ttl", "cooccurrence", "--bind", "a=二七区委"])
    assert res.exit_code == 2 and "cooccurrence can be bound on no variable" in res.output


def test_officials_bound_to_a_body_lists_only_that_body(graph):
    rows = run(graph, "officials", body="二七区政府").rows
    assert rows and {r[2] for r in rows} == {"二七区政府"}
    assert ("虎荣鑫", "区长", "二七区政府") in {r[:3] for r in rows}
