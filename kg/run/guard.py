"""One page's faults and time limit: whatever goes wrong on a page becomes that page's ``Failure``.

A corpus of 10,000 scraped pages must not die on the 37th. ``guarded`` runs a page's steps under a
deadline and turns an exception (a bug, a regular expression gone quadratic, a page past its time)
into a ``Failure`` that names the exception and the last line of kg's own code it passed through.
The deadline is a timer signal in a process's main thread (local workers) and an asynchronous
exception in any other thread (Dask runs tasks in threads); either is raised between two bytecodes,
so a single call into C (one huge regular expression match) is interrupted only when it returns.
"""
from __future__ import annotations

import ctypes
import signal
import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from kg.model import Failure

__all__ = ["PageTimeout", "guarded", "deadline"]

T = TypeVar("T")
_KG = str(Path(__file__).resolve().parent.parent)


class PageTimeout(Exception):
    """A page ran past its time limit."""


def _where(exc: BaseException) -> str:
    """file:line of the last frame of kg's code in the exception's traceback ('' if none)."""
    last = ""
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename.startswith(_KG):
            last = f"kg/{Path(frame.filename).relative_to(_KG).as_posix()}:{frame.lineno}"
    return last


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Raise ``PageTimeout`` in this thread if the block runs longer than ``seconds`` (None, 0: never)."""
    if not seconds:
        yield
        return
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        def ring(signum, frame):
            raise PageTimeout(seconds)
        old = signal.signal(signal.SIGALRM, ring)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)
        return
    tid, lock, state = threading.get_ident(), threading.Lock(), {"armed": True}

    def fire() -> None:
        with lock:
            if state["armed"]:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid), ctypes.py_object(PageTimeout))
    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["armed"] = False
        timer.cancel()


def guarded(step: Callable[[], T], seconds: float | None) -> T | Failure:
    """``step()``, or the ``Failure`` it ended in (within ``seconds``, if given)."""
    try:
        with deadline(seconds):
            return step()
    except PageTimeout:
        return Failure("timeout", f"timed out after {seconds:g} s", "")
    except Exception as exc:    # noqa: BLE001 - any fault of one page is that page's, reported
        return Failure(type(exc).__name__, str(exc).splitlines()[0][:300] if str(exc) else "", _where(exc))
