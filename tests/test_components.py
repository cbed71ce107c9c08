"""Extraction is a row of components over one document: each adds its layer, none calls back."""
import ast
import inspect

from kg.extract import pipeline
from kg.extract.pipeline import COMPONENTS, Doc, extract_page, extract_text

PAGE = ("青禾县召开项目推进会\n\n本报讯 5月6日，青禾县委副书记、县长欧阳建华主持召开会议，县领导王一鸣、李秀参加。"
        "欧阳建华先后来到白鹭镇、青云街道，察看青禾县智能制造产业园项目。记者 孙国强\n")


def test_components_fill_their_layers_in_order_and_make_the_page_result():
    page = extract_text(PAGE, "p.txt")
    doc = Doc(pipeline.Page("p.txt", "p.txt", PAGE, "utf-8", "0"))
    seen = []
    for component in COMPONENTS:
        component(doc)
        seen.append(component.__name__)
        if component.__name__ == "_persons":
            assert {m.text for ms in doc.persons.values() for m in ms} >= {"欧阳建华", "王一鸣", "李秀"}
            assert not doc.names and not doc.posts and not doc.done     # later layers not yet written
        if component.__name__ == "_gazetteer":
            assert not doc.mentions and not doc.done
    assert tuple(doc.done) == page.articles
    assert {(p.person, p.title) for p in doc.done[0].posts} >= {("欧阳建华", "县长"), ("孙国强", "记者")}
    assert seen[0] == "_script" and seen[-1] == "_relations"


def test_no_component_calls_another():
    names = {c.__name__ for c in COMPONENTS}
    tree = ast.parse(inspect.getsource(pipeline))
    funcs = {f.name: f for f in tree.body if isinstance(f, ast.FunctionDef)}
    for name, f in funcs.items():
        called = {n.func.id for n in ast.walk(f) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
        assert not (called & names), f"{name} calls the component(s) {called & names}"
    assert extract_page.__name__ in funcs       # the one place that runs them
