"""Hostile and messy input: every case gets a one-line reason, and the rest of the corpus is built."""
import os

import pytest
from click.testing import CliRunner

from kg.cli import EXIT_PARTIAL, main
from kg.text.io import InputError, decode, read_page

TEXT = "区长调研防汛工作\n\n本报讯 5月6日，金水区委副书记、区长孙国强到城关镇调研防汛工作。记者 王五\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "big5"])
def test_encodings_decode_to_the_same_text(encoding):
    text = TEXT if encoding != "big5" else "區長調研防汛工作\n\n本報訊 5月6日，金水區委副書記、區長孫國強到城關鎮調研防汛工作。記者 王五\n"
    data = text.encode(encoding)
    if encoding == "utf-16-le":
        data = data  # no byte-order mark: detected from the NUL pattern
    got, _ = decode(data)
    assert got == text


@pytest.mark.parametrize("data,reason", [
    (bytes(range(256)) * 20, "binary"),
    (b"\x00\x01\x02\x03" * 100, "binary"),
    (b"\x80\xff" * 300 + b"\x81", "not valid"),
])
def test_binary_and_undecodable_files_are_refused_with_a_reason(data, reason):
    with pytest.raises(InputError, match=reason):
        decode(data)


def _run(args):
    return CliRunner().invoke(main, args)


def test_bad_files_are_skipped_and_named_and_the_rest_is_built(corpus_dir, tmp_path):
    (corpus_dir / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (corpus_dir / "empty.txt").write_text("", encoding="utf-8")
    (corpus_dir / "blank.txt").write_text("  \n\t\n", encoding="utf-8")
    (corpus_dir / "notes.pdf").write_bytes(b"%PDF-1.4")
    nested = corpus_dir / "a" / "b"
    nested.mkdir(parents=True)
    (nested / "gbk.txt").write_bytes(TEXT.encode("gbk"))
    os.symlink(corpus_dir, corpus_dir / "a" / "loop")
    out = tmp_path / "out"
    r = _run(["build", str(corpus_dir), str(tmp_path / "missing.txt"), "--out", str(out), "--silent"])
    assert r.exit_code == EXIT_PARTIAL, r.output
    assert "binary.txt: binary file" in r.output
    assert "notes.pdf: not a page" in r.output
    assert "missing.txt: no such file" in r.output
    assert "loop: folder already visited" in r.output
    assert "empty.txt: no text" in r.output and "blank.txt: no text" in r.output
    import json
    rep = json.loads((out / "report.json").read_text(encoding="utf-8"))
    statuses = {os.path.basename(d["path"]): d["status"] for d in rep["inputs"]}
    assert statuses["gbk.txt"] == "built" and statuses["binary.txt"] == "skipped"
    assert sum(s == "built" for s in statuses.values()) == 6


def test_unreadable_file_is_skipped(corpus_dir, tmp_path, monkeypatch):
    p = corpus_dir / "secret.txt"
    p.write_text(TEXT, encoding="utf-8")
    p.chmod(0)
    if os.geteuid() == 0:      # root reads any file: make the denial happen as it would for a user
        from pathlib import Path
        real = Path.read_bytes
        monkeypatch.setattr(Path, "read_bytes", lambda self: (_ for _ in ()).throw(PermissionError(13, "denied"))
                            if self.name == "secret.txt" else real(self))
    r = _run(["build", str(corpus_dir), "--out", str(tmp_path / "o"), "--silent"])
    assert "secret.txt: permission denied" in r.output
    assert r.exit_code == EXIT_PARTIAL and (tmp_path / "o" / "graph.ttl").exists()


def test_file_over_the_size_limit_is_skipped_with_the_limit_named(corpus_dir, tmp_path):
    (corpus_dir / "huge.txt").write_text("本" * 400_000, encoding="utf-8")
    r = _run(["build", str(corpus_dir), "--out", str(tmp_path / "o"), "--silent", "--max-bytes", "1000000"])
    assert "huge.txt: too large" in r.output and r.exit_code == EXIT_PARTIAL


def test_one_long_line_is_built_in_linear_time(tmp_path):
    p = tmp_path / "long.txt"
    p.write_text(("本报讯 5月6日，区委书记张三到城关镇调研" + "，推进项目建设" * 20000 + "。记者 王五\n"), encoding="utf-8")
    from kg.extract.pipeline import extract_page
    res = extract_page(read_page(p))
    assert len(res.articles) == 1 and res.articles[0].reporters == ("王五",)


def test_nothing_to_build_exits_with_code_2(tmp_path):
    r = _run(["build", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "o"), "--silent"])
    assert r.exit_code == 2


def test_traditional_pages_are_converted_and_reported():
    pytest.importorskip("opencc")
    from kg.extract.pipeline import extract_text
    trad = "區長調研防汛工作\n\n本報訊 5月6日，金水區委副書記、區長孫國強到城關鎮調研防汛工作。孫國強指出，要壓實責任。記者 王五\n"
    r = extract_text(trad)
    assert any("traditional" in w for w in r.warnings)
    assert ("孙国强", "区长") in {(p.person, p.title) for p in r.articles[0].posts}


def test_outputs_are_written_atomically(tmp_path, monkeypatch):
    from kg.text import io as kio
    target = tmp_path / "graph.ttl"
    target.write_text("old complete file", encoding="utf-8")

    def boom(*a, **k):
        raise KeyboardInterrupt
    monkeypatch.setattr(kio.os, "fsync", boom)
    with pytest.raises(KeyboardInterrupt):
        kio.write_atomic(target, "new " * 1000)
    assert target.read_text(encoding="utf-8") == "old complete file"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]
