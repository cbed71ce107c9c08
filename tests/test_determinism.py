"""Same input, same bytes: across processes, hash seeds and worker counts."""
import hashlib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILES = ("graph.ttl", "extraction.json", "graph.html")


def _build(out: Path, seed: str, workers: int) -> dict[str, str]:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    subprocess.run([sys.executable, "-m", "kg", "build", str(ROOT / "seeds"), "--out", str(out), "--silent",
                    "--no-cache", "--workers", str(workers)], check=True, env=env, cwd=ROOT)
    return {f: hashlib.sha256((out / f).read_bytes()).hexdigest() for f in FILES}


def test_builds_under_different_hash_seeds_and_workers_are_byte_identical(tmp_path):
    a = _build(tmp_path / "a", "1", 1)
    b = _build(tmp_path / "b", "4242", 2)
    assert a == b


def test_cached_rebuild_gives_the_same_bytes(tmp_path):
    out = tmp_path / "o"
    first = _build_cached(out)
    second = _build_cached(out)
    assert first == second and any((out / ".cache").iterdir())


def _build_cached(out: Path) -> dict[str, str]:
    subprocess.run([sys.executable, "-m", "kg", "build", str(ROOT / "seeds"), "--out", str(out), "--silent"],
                   check=True, cwd=ROOT)
    return {f: hashlib.sha256((out / f).read_bytes()).hexdigest() for f in FILES}
