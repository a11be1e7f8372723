"""The explorer in a real browser: Debian's headless chromium, network blocked, page opened from a file URL."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

from kg.files import load_dataset
from kg.render import LARGE_GRAPH, explorer_network, render_html

from .conftest import REPO
from .test_render import HOSTILE, HOSTILE_SENTENCE, hostile_dataset

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"]
READY = "body[data-ready=true]"


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.is_file() and not shutil.which("chromium"):
        pytest.fail(f"{CHROMIUM} not found: the browser tests need Debian's chromium and fonts-noto-cjk, which .ci/run installs (apt-get install chromium fonts-noto-cjk)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("Python playwright is missing: pip install -e '.[test]' (what .ci/run does); never 'playwright install'")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM if CHROMIUM.is_file() else shutil.which("chromium")), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class OpenPage:
    """A page opened from a file with every other request aborted, and what it tried and complained about."""

    def __init__(self, browser, path: Path, timeout_ms: int = 60_000, wait: bool = True):
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.on("console", lambda message: self.errors.append(message.text) if message.type == "error" else None)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("dialog", self._dialog)
        self.page.route("**/*", self._route)
        self.page.goto(path.resolve().as_uri())
        if wait:
            self.page.wait_for_selector(READY, state="attached", timeout=timeout_ms)

    def _route(self, route):
        url = route.request.url
        if url.startswith(("file:", "data:")):
            route.continue_()
        else:
            self.outside.append(url)
            route.abort()

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def drawn(self) -> tuple[int, int]:
        return tuple(self.page.evaluate("() => [kgExplorer.network.body.nodeIndices.length, kgExplorer.network.body.edgeIndices.length]"))

    def search(self, text: str) -> None:
        self.page.fill("#search", text)
        self.page.press("#search", "Enter")

    def close(self) -> None:
        self.page.close()


@pytest.fixture
def open_page(browser):
    pages = []

    def opener(path: Path, **kwargs) -> OpenPage:
        pages.append(OpenPage(browser, path, **kwargs))
        return pages[-1]

    yield opener
    for page in pages:
        page.close()


def test_seed_page_draws_the_whole_graph_offline(built, open_page):
    network = explorer_network(load_dataset(built))
    page = open_page(built / "graph.html")
    assert page.drawn() == (network.number_of_nodes(), network.number_of_edges())
    assert page.errors == [] and page.outside == []
    figures = page.page.locator("#figures").inner_text()
    assert str(network.number_of_nodes()) in figures and str(network.number_of_edges()) in figures
    assert page.page.locator("#legend li").count() == len({d["cls"] for _, d in network.nodes(data=True)})
    assert page.page.evaluate("() => kgExplorer.network.physics.options.enabled") is False


INK = """(selector) => { const canvas = document.querySelector(selector);
  const pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
  let inked = 0;
  for (let k = 3; k < pixels.length; k += 4) if (pixels[k] > 0) inked++;
  return inked; }"""
LABEL_BOXES_OVERLAPPING = """() => { const n = kgExplorer.network;
  const boxes = n.body.nodeIndices.map((i) => [kgExplorer.data.nodes[i].label, n.getBoundingBox(i)]);
  const pairs = [];
  boxes.forEach(([a, p], k) => boxes.slice(0, k).forEach(([b, q]) => {
    if (p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom) pairs.push([a, b]); }));
  return pairs; }"""


def test_first_paint_is_already_the_final_layout(built, open_page):
    page = open_page(built / "graph.html", wait=False)
    page.page.screenshot()
    assert page.page.evaluate(INK, "#graph .vis-network canvas") > 20_000
    assert "laying out" not in page.page.locator("#status").inner_text()
    moved = page.page.evaluate("""() => { const at = kgExplorer.network.getPositions();
        return kgExplorer.data.nodes.filter((node, i) => at[i].x !== node.x || at[i].y !== node.y).length; }""")
    assert moved == 0 and page.errors == []


def test_seed_labels_do_not_overlap_and_are_readable(built, open_page):
    page = open_page(built / "graph.html")
    assert page.page.evaluate(LABEL_BOXES_OVERLAPPING) == []
    assert page.page.evaluate("() => kgExplorer.network.getScale()") * 14 >= 9, "labels of at least 9 px on a 1400 x 900 window"
    assert page.page.evaluate("() => kgExplorer.edges.get().filter((e) => e.label).length") == 0, "relation names are the page's, drawn where they fit"


def test_relation_names_are_written_only_where_they_fit(built, open_page):
    page = open_page(built / "graph.html")
    page.page.evaluate("() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))")
    clashes = page.page.evaluate("""() => { const n = kgExplorer.network, names = kgExplorer.edgeNames;
        const hit = (p, q) => p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom;
        const nodes = n.body.nodeIndices.map((i) => n.getBoundingBox(i));
        return [names.length, names.filter((a, k) => names.slice(0, k).some((b) => hit(a.box, b.box)) || nodes.some((b) => hit(a.box, b))).length]; }""")
    assert clashes[1] == 0, "a relation name never covers a node or another name"
    page.search("중소벤처기업부")
    page.page.evaluate("() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))")
    named = page.page.evaluate("() => kgExplorer.edgeNames.map((e) => e.edge).sort((a, b) => a - b)")
    selected = page.page.evaluate("() => kgExplorer.network.getConnectedEdges(kgExplorer.network.getSelectedNodes()[0]).sort((a, b) => a - b)")
    assert named == selected, "a selection names all its relations and only those"


def test_committed_seed_page_opens_cleanly(open_page):
    page = open_page(REPO / "out" / "graph.html")
    nodes, edges = page.drawn()
    assert nodes > 20 and edges > 20 and page.errors == [] and page.outside == []


def test_search_finds_the_ministry_with_its_evidence(built, open_page):
    page = open_page(built / "graph.html")
    page.search("중소벤처기업부")
    assert "중소벤처기업부" in page.page.locator("#results").inner_text()
    assert page.page.locator("#details h2").inner_text() == "중소벤처기업부"
    details = page.page.locator("#details").inner_text()
    assert "Ministry of SMEs and Startups" in details and "중기부" in details and "GovernmentBody" in details
    assert page.page.locator("#details blockquote cite").count() > 0
    selected = page.page.evaluate("() => kgExplorer.network.getSelectedNodes().map((i) => kgExplorer.data.nodes[i].label)")
    assert selected == ["중소벤처기업부"]
    page.search("중기부")
    assert page.page.locator("#details h2").inner_text() == "중소벤처기업부"
    assert page.errors == []


def test_class_filter_and_neighbourhood_view(built, open_page):
    page = open_page(built / "graph.html")
    nodes, _ = page.drawn()
    people = page.page.evaluate("() => kgExplorer.data.nodes.filter((n) => n.cls === 'Person').length")
    page.page.locator("#legend li", has_text="Person").locator("input").uncheck()
    assert page.drawn()[0] == nodes - people
    page.page.click("#show-all")
    page.search("중소벤처기업부")
    page.page.click("#focus-view")
    near = page.page.evaluate("() => { const i = kgExplorer.network.getSelectedNodes()[0]; return 1 + kgExplorer.network.getConnectedNodes(i).length; }")
    assert page.drawn()[0] == near
    page.page.click("#show-all")
    assert page.drawn()[0] == nodes and page.errors == []


def test_hovering_a_node_shows_its_facts(built, open_page):
    page = open_page(built / "graph.html")
    point = page.page.evaluate(
        """() => { const n = kgExplorer.network; const i = kgExplorer.search('투자유치 논의')[0];
                   const p = n.canvasToDOM(n.getPositions([i])[i]); const box = document.getElementById('graph').getBoundingClientRect();
                   return [box.left + p.x, box.top + p.y]; }"""
    )
    page.page.mouse.move(*point)
    tooltip = page.page.locator("#tooltip")
    tooltip.wait_for(state="visible", timeout=5_000)
    text = tooltip.inner_text()
    assert "투자유치 논의" in text and "84,500,000,000 KRW" in text and "InProgress" not in text and "진행 중" in text
    assert tooltip.locator("blockquote cite").count() >= 1


def test_hostile_label_stays_text(tmp_path, open_page):
    path = render_html(hostile_dataset(), tmp_path / "hostile.html")
    page = open_page(path)
    page.search("포럼")
    page.page.wait_for_timeout(300)
    assert page.page.locator("#details h2").inner_text() == HOSTILE
    assert HOSTILE_SENTENCE.split("</script>")[0] in page.page.locator("#details").inner_text()
    assert "<b>제목</b> 기사" in page.page.locator("#details cite").first.inner_text()
    assert page.page.locator("img").count() == 0 and page.page.locator("b").count() == 0
    assert page.dialogs == [] and page.errors == [] and page.outside == []
    assert page.drawn() == (3, 3)


def bench_render():
    spec = importlib.util.spec_from_file_location("bench_render", REPO / "bench" / "bench_render.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return bench


def test_big_graph_opens_without_a_simulation(tmp_path, open_page):
    dataset = bench_render().synthetic_dataset(LARGE_GRAPH + 200)
    network = explorer_network(dataset)
    page = open_page(render_html(dataset, tmp_path / "big.html"), timeout_ms=60_000)
    assert page.drawn() == (network.number_of_nodes(), network.number_of_edges())
    assert page.page.evaluate("() => kgExplorer.data.large") is True
    page.page.evaluate("""async () => { kgExplorer.select(kgExplorer.data.figures.top[0][0]);
        await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))); }""")
    assert page.page.locator("#details h2").count() == 1
    painted = page.page.evaluate(INK, "#graph canvas.highlight")
    assert painted > 0, "the selection is painted on the overlay"
    assert page.page.evaluate("() => kgExplorer.nodes.get().filter((n) => n.color.background === '#eceef1').length") == 0, "vis-network's data untouched"
    page.page.evaluate("() => kgExplorer.clear()")
    assert page.page.evaluate(INK, "#graph canvas.highlight") == 0
    assert page.errors == [] and page.outside == []


NEXT_FRAME = "() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))"


def test_an_archive_draws_its_busiest_and_brings_the_rest_in_on_demand(tmp_path, open_page, monkeypatch):
    """Level of detail, with the thresholds lowered so that 1,200 nodes stand for an archive."""
    import kg.render

    monkeypatch.setattr(kg.render, "EVIDENCE_BLOCK", 50)
    dataset = bench_render().synthetic_dataset(LARGE_GRAPH + 200, archive=True)
    page = open_page(render_html(dataset, tmp_path / "archive.html", detail_above=500, overview_size=100))
    data = page.page.evaluate("() => ({ overview: kgExplorer.data.overview, edges: kgExplorer.data.edges.map((e) => [e.from, e.to]) })")
    overview = set(data["overview"])
    neighbours = {}
    for a, b in data["edges"]:
        neighbours.setdefault(a, set()).add(b)
        neighbours.setdefault(b, set()).add(a)
    among_overview = sum(1 for a, b in data["edges"] if a in overview and b in overview)
    assert len(overview) == 100 and page.drawn() == (100, among_overview)
    assert "1,100" in page.page.locator("#note").inner_text(), "the page says how many are not drawn"

    outside = next(i for i in sorted(neighbours) if i not in overview and len(neighbours[i]) >= 3)
    label = page.page.evaluate("(i) => kgExplorer.data.nodes[i].label", outside)
    page.search(label)
    page.page.evaluate(NEXT_FRAME)
    assert page.page.locator("#details h2").inner_text() == label
    assert set(page.page.evaluate("() => kgExplorer.extras()")) == {outside} | (neighbours[outside] - overview)
    assert page.drawn() == (100, among_overview), "newcomers are painted over the graph, vis-network keeps the overview"
    assert page.page.evaluate(INK, "#graph canvas.highlight") > 0

    busiest = page.page.evaluate("() => kgExplorer.data.figures.top[0][0]")
    page.page.evaluate("(i) => kgExplorer.select(i)", busiest)
    relations = page.page.locator("#details ul.relations li")
    assert relations.count() == 100 < page.page.evaluate("(i) => kgExplorer.data.nodes[i].deg", busiest)
    page.page.locator("#details button.more").first.click()
    assert relations.count() == page.page.evaluate("(i) => kgExplorer.data.nodes[i].deg", busiest)
    sentences = page.page.locator("#details blockquote")
    assert sentences.count() == page.page.evaluate("(i) => kgExplorer.data.nodes[i].ev.length", busiest) > 50, "from several blocks"
    assert "협력하기로 했다" in sentences.last.inner_text()

    page.page.click("#focus-view")
    assert page.drawn()[0] == 1 + len(neighbours[busiest]) and page.page.evaluate("() => kgExplorer.extras()") == []
    page.page.click("#show-all")
    assert page.drawn() == (100, among_overview)
    assert page.errors == [] and page.outside == []
