"""Every notebook runs top to bottom against the seeds, and computes what it says."""
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def _run(path: Path):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    nb = nbformat.read(path, as_version=4)
    nbclient.NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}).execute()
    return nb


def _text(nb) -> str:
    out = []
    for cell in nb.cells:
        for o in cell.get("outputs", []):
            out.append(o.get("text", "") or str(o.get("data", {}).get("text/plain", "")))
    return "\n".join(out)


@pytest.fixture(scope="module")
def executed(tmp_path_factory) -> dict:
    with pytest.MonkeyPatch.context() as mp:
        figures = tmp_path_factory.mktemp("figures")
        mp.setenv("KG_FIGURES", str(figures))     # the README's figure stays as committed
        out = {p.name: _run(p) for p in NOTEBOOKS}
        out["figures"] = sorted(f.name for f in figures.iterdir())
    return out


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_runs_without_error(executed, path):
    nb = executed[path.name]
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors


def test_explore_draws_the_tenure_figure(executed):
    assert executed["figures"] == ["tenure.png"]


def test_explore_tenure_table_has_both_committee_secretaries(executed):
    text = _text(executed["explore.ipynb"])
    assert "['樊惠林', '陈红民']" in text
    assert "succession" in text and "rows" in text


def test_notebooks_are_stored_without_outputs():
    import json
    for p in NOTEBOOKS:
        nb = json.loads(p.read_text(encoding="utf-8"))
        assert all(not c.get("outputs") and not c.get("execution_count") for c in nb["cells"] if c["cell_type"] == "code")
