"""graph.html in a real browser (Debian's Chromium driven by Playwright), offline and safe."""
from __future__ import annotations

import shutil
from pathlib import Path

import networkx as nx
import pytest

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM:
        pytest.skip("no Chromium on this machine (make test installs Debian's chromium when run as root)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


def _open(browser, html: Path):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    errors: list[str] = []
    blocked: list[str] = []
    dialogs: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

    def route(r):
        if r.request.url.startswith("file:"):
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()
    page.route("**/*", route)
    page.goto(html.as_uri())
    page.wait_for_function("window.kgReady === true", timeout=30000)
    return page, errors, blocked, dialogs


@pytest.fixture(scope="module")
def seeds_view(tmp_path_factory):
    from kg.run.build import BuildOptions, build_corpus, write_outputs
    out = tmp_path_factory.mktemp("view")
    opts = BuildOptions(graphml=True)
    corpus, report, details = build_corpus([ROOT / "seeds"], opts)
    write_outputs(corpus, report, details, out, opts)
    return out


def test_view_renders_offline_with_the_exported_graph_and_no_errors(browser, seeds_view):
    page, errors, blocked, _ = _open(browser, seeds_view / "graph.html")
    exported = nx.read_graphml(seeds_view / "graph.graphml")
    assert page.evaluate("window.kgNodes.length") == exported.number_of_nodes() > 50
    assert page.evaluate("window.kgEdges.length") == exported.number_of_edges() > 50
    assert page.locator("canvas").count() == 1
    page.wait_for_timeout(500)
    assert errors == [] and blocked == []
    shot = ROOT / "docs" / "graph.png"
    shot.parent.mkdir(exist_ok=True)
    page.evaluate("window.kgFind('樊惠林')")
    page.wait_for_timeout(300)
    page.screenshot(path=str(shot))
    page.close()


def test_search_selects_the_node_and_shows_its_posts(browser, seeds_view):
    page, errors, _, _ = _open(browser, seeds_view / "graph.html")
    page.fill("#search", "樊惠林")
    page.press("#search", "Enter")
    sel = page.evaluate("window.kgNetwork.getSelectedNodes().map(id => window.kgNodes.get(id).label)")
    assert sel == ["樊惠林"]
    side = page.inner_text("#side")
    assert "区委书记" in side and "二七区" in side
    # hover the node: the tooltip lists its posts
    pos = page.evaluate("""(() => { const id = window.kgNetwork.getSelectedNodes()[0];
        const p = window.kgNetwork.getPositions([id])[id]; return window.kgNetwork.canvasToDOM(p); })()""")
    box = page.locator("#net").bounding_box()
    page.mouse.move(box["x"] + pos["x"], box["y"] + pos["y"])
    page.wait_for_selector(".vis-tooltip", state="visible", timeout=5000)
    assert "区委书记" in page.inner_text(".vis-tooltip")
    assert errors == []
    page.close()


def test_search_by_alias_finds_the_canonical_node(browser, seeds_view):
    page, _, _, _ = _open(browser, seeds_view / "graph.html")
    page.evaluate("window.kgFind('郑机所')")
    assert page.evaluate("window.kgNetwork.getSelectedNodes().map(id => window.kgNodes.get(id).label)") == ["郑州机械研究所有限公司"]
    page.close()


def test_markup_in_names_and_headlines_is_shown_as_text_and_never_runs(browser, tmp_path):
    from kg.run.build import BuildOptions, write_outputs
    from kg.run.digest import corpus_of
    from kg.model import Article, BuildReport, Entity, Mention, PageResult, PostMention, Region, Sentence
    evil = '"><img src=x onerror="window.__xss=1;alert(1)"><script>window.__xss=2</script>'
    body = "区长张三调研。"
    art = Article("x.txt", 0, "<script>window.__xss=3</script>区长调研", None, body, body, None,
                  sentences=(Sentence(0, len(body)),),
                  mentions=(Mention("张三", "person", 2, 4), Mention(evil, "body", 0, 1, canonical=evil)),
                  posts=(PostMention("张三", "区长", evil, "区长", 0, 2),),
                  entities=(Entity("person", "张三"), Entity("body", evil, (evil + "alias",))))
    corpus = corpus_of([PageResult("x.txt", "x.txt", "0", "utf-8", Region("金水区"), (art,))])
    out = tmp_path / "o"
    write_outputs(corpus, BuildReport(built=["x.txt"], articles=1), [], out, BuildOptions(view=__import__("kg.view.network", fromlist=["ViewOptions"]).ViewOptions(min_weight=1)))
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert "<script>window.__xss" not in html and "<img src=x" not in html
    page, errors, blocked, dialogs = _open(browser, out / "graph.html")
    page.evaluate(f"window.kgFind({evil!r})")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__xss === undefined") and dialogs == []
    assert evil in page.inner_text("#side")
    assert page.locator("#side img").count() == 0 and page.locator("#side script").count() == 0
    page.close()
