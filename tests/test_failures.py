"""One page can never take a corpus down: a page whose extraction raises, or runs past its time
limit, is reported ``failed`` with the reason, in one process and with workers, and the rest is
built exactly as if that page had not been there."""
from __future__ import annotations

import json
import shutil
import time

import pytest
from click.testing import CliRunner

from kg.cli import EXIT_PARTIAL, main
from kg.run import build as kbuild

VICTIM = "002_383d135488eace95.txt"


def _build(pages, out, *extra):
    return CliRunner().invoke(main, ["build", str(pages), "--out", str(out), "--silent", "--no-cache", *extra])


def _outputs(out):
    return {f: (out / f).read_bytes() for f in ("graph.ttl", "extraction.json", "graph.html")}


@pytest.fixture(scope="module")
def without_victim(tmp_path_factory, seeds_dir):
    """The seeds built without the page that will fail."""
    d = tmp_path_factory.mktemp("rest")
    for p in seeds_dir.glob("*.txt"):
        if p.name != VICTIM:
            shutil.copy(p, d / p.name)
    out = d.parent / (d.name + "-out")
    assert _build(d, out).exit_code == 0
    return _outputs(out)


def _sabotage(monkeypatch, action):
    real = kbuild.extract_page

    def extract_page(page):
        if page.source == VICTIM:
            action()
        return real(page)
    monkeypatch.setattr(kbuild, "extract_page", extract_page)


def _boom():
    raise ValueError("max() arg is an empty sequence")


def _spin():
    end = time.monotonic() + 30
    while time.monotonic() < end:       # busy: the limit must stop running code, not only a sleep
        pass


@pytest.mark.parametrize("workers", ["1", "2"])
def test_an_exception_in_one_page_fails_that_page_and_builds_the_rest(seeds_dir, tmp_path, monkeypatch,
                                                                      without_victim, workers):
    _sabotage(monkeypatch, _boom)
    out = tmp_path / "out"
    r = _build(seeds_dir, out, "--workers", workers)
    assert r.exit_code == EXIT_PARTIAL, r.output
    line = [ln for ln in r.output.splitlines() if VICTIM in ln]
    assert line and line[0].startswith("kg: failed") and "ValueError: max() arg is an empty sequence" in line[0]
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    entry = next(i for i in report["inputs"] if i["path"].endswith(VICTIM))
    assert entry["status"] == "failed" and entry["error"]["type"] == "ValueError"
    assert entry["error"]["where"].startswith("kg/") and ".py:" in entry["error"]["where"]
    assert report["summary"]["failed"] == 1 and report["summary"]["pages"] == 4
    assert _outputs(out) == without_victim


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_page_past_its_time_limit_fails_and_the_build_goes_on(seeds_dir, tmp_path, monkeypatch,
                                                                without_victim, workers):
    _sabotage(monkeypatch, _spin)
    out = tmp_path / "out"
    t = time.monotonic()
    r = _build(seeds_dir, out, "--workers", workers, "--page-timeout", "2")
    assert time.monotonic() - t < 25
    assert r.exit_code == EXIT_PARTIAL, r.output
    assert f"kg: failed {seeds_dir / VICTIM}: timed out after 2 s" in r.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    entry = next(i for i in report["inputs"] if i["path"].endswith(VICTIM))
    assert entry["status"] == "failed" and entry["reason"] == "timed out after 2 s"
    assert _outputs(out) == without_victim


def test_the_limit_also_holds_in_a_thread_as_dask_runs_tasks():
    import threading
    from kg.model import Failure
    from kg.run.guard import guarded
    got = []
    th = threading.Thread(target=lambda: got.append(guarded(_spin, 1)))
    t = time.monotonic()
    th.start()
    th.join(20)
    assert got == [Failure("timeout", "timed out after 1 s", "")] and time.monotonic() - t < 10


def test_a_page_within_its_limit_is_untouched_by_it():
    from kg.run.guard import guarded
    assert guarded(lambda: sum(range(1000)), 5) == 499500
    time.sleep(0.1)                     # no stray alarm or pending exception after the step
