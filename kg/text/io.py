"""Reading pages and writing outputs: the only module that touches the file system.

Pages are decoded by evidence, not by guessing: a byte-order mark, then strict UTF-8, then
UTF-16 without a mark (NUL bytes at alternate positions), then the Chinese legacy codecs
(GB18030, Big5), choosing between them by which decodes to more common Chinese text.
Anything else is refused with a reason a user can act on.
"""
from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.model import Page, Skipped

__all__ = ["InputError", "decode", "read_page", "iter_inputs", "write_atomic", "DEFAULT_MAX_BYTES"]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
PAGE_SUFFIXES = (".txt",)


class InputError(Exception):
    """A page that cannot be read; the message says why, in one line."""


# The 500 or so most frequent Chinese characters would be better; these cover news text well enough
# to tell GB18030 from Big5 mojibake, which produces rare characters almost exclusively.
_COMMON = set(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞"
)


def _score(text: str) -> float:
    if not text:
        return 0.0
    return sum(ch in _COMMON for ch in text) / len(text)


def decode(data: bytes) -> tuple[str, str]:
    """Decode page bytes; return (text, encoding) or raise InputError.

    Examples
    --------
    >>> decode("本报讯 区委书记".encode("gb18030"))
    ('本报讯 区委书记', 'gb18030')
    >>> decode(b"\\xef\\xbb\\xbf" + "记者".encode())
    ('记者', 'utf-8-sig')
    """
    if not data.strip():
        return "", "empty"
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"),
                     (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return _check(data.decode(enc), enc)
            except UnicodeDecodeError as exc:
                raise InputError(f"starts with a {enc} byte-order mark but does not decode as {enc}") from exc
    head = data[:4096]
    if head.count(0):
        # UTF-16 without a mark: Chinese text has NULs only in its ASCII characters, so decide by
        # which byte order reads as text, not by where the NULs fall.
        best = None
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            score = _score(text) + sum(ch.isascii() and ch.isprintable() for ch in text[:2000]) / max(1, len(text[:2000]))
            if best is None or score > best[0]:
                best = (score, enc, text)
        if best and best[0] > 0.3:
            return _check(best[2], best[1])
        raise InputError("binary file (contains NUL bytes), not a text page")
    try:
        return _check(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    candidates = []
    for enc in ("gb18030", "big5"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        candidates.append((_score(text), enc, text))
    if not candidates:
        raise InputError("not valid UTF-8, UTF-16, GB18030 or Big5 text")
    score, enc, text = max(candidates)
    if score < 0.05:
        raise InputError(f"decodes as {enc} but reads as noise, probably binary")
    return _check(text, enc)


_CONTROL = re.compile("[\x00-\x08\x0e-\x1f]")     # control characters other than \t \n \v \f \r


def _check(text: str, enc: str) -> tuple[str, str]:
    bad = len(_CONTROL.findall(text, 0, 100_000))
    if bad > max(8, len(text[:100_000]) // 50):
        raise InputError(f"decodes as {enc} but is full of control characters, probably binary")
    return text, enc


def read_page(path: str | os.PathLike[str], max_bytes: int = DEFAULT_MAX_BYTES) -> Page:
    """Read and decode one page; raise InputError with a one-line reason."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except FileNotFoundError as exc:
        raise InputError("no such file") from exc
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from exc
    if size > max_bytes:
        raise InputError(f"too large ({size / 1e6:.1f} MB > {max_bytes / 1e6:.1f} MB limit; raise --max-bytes)")
    try:
        data = p.read_bytes()
    except PermissionError as exc:
        raise InputError("permission denied") from exc
    except IsADirectoryError as exc:
        raise InputError("is a directory") from exc
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from exc
    text, enc = decode(data)
    return Page(source=p.name, path=str(path), text=text, encoding=enc,
                sha256=hashlib.sha256(data).hexdigest())


def iter_inputs(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | Skipped]:
    """Expand files and folders into page paths, in a stable order.

    Folders are walked recursively (sorted, symlink loops broken); files in them that are not
    ``.txt`` are reported as skipped rather than silently passed over.
    """
    seen: set[str] = set()
    for raw in paths:
        p = Path(raw)
        if not p.exists() and not p.is_symlink():
            yield Skipped(str(raw), "no such file or folder")
            continue
        if p.is_symlink() and not p.exists():
            yield Skipped(str(raw), "broken symbolic link")
            continue
        if p.is_dir():
            yield from _walk(p, seen)
            continue
        real = os.path.realpath(p)
        if real not in seen:
            seen.add(real)
            yield p


def _walk(root: Path, seen: set[str]) -> Iterator[Path | Skipped]:
    real = os.path.realpath(root)
    if real in seen:
        yield Skipped(str(root), "folder already visited (symbolic link loop)")
        return
    seen.add(real)
    try:
        children = sorted(root.iterdir(), key=lambda c: c.name)
    except PermissionError:
        yield Skipped(str(root), "permission denied")
        return
    for child in children:
        if child.is_symlink() and not child.exists():
            yield Skipped(str(child), "broken symbolic link")
        elif child.is_dir():
            yield from _walk(child, seen)
        elif child.name.startswith("."):
            continue
        elif child.suffix.lower() not in PAGE_SUFFIXES:
            yield Skipped(str(child), f"not a page (only {', '.join(PAGE_SUFFIXES)} files are read in folders)")
        else:
            r = os.path.realpath(child)
            if r not in seen:
                seen.add(r)
                yield child


def write_atomic(path: str | os.PathLike[str], data: bytes | str | Iterable[str | bytes]) -> None:
    """Write ``data`` (bytes, text, or chunks of either; text as UTF-8) to ``path`` through a
    temporary file and a rename, so readers never see half a file."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    chunks: Iterable[bytes]
    if isinstance(data, bytes):
        chunks = (data,)
    elif isinstance(data, str):
        chunks = (data.encode("utf-8"),)
    else:
        chunks = (c if isinstance(c, bytes) else c.encode("utf-8") for c in data)
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            for raw in chunks:
                fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, p)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
