"""The one progress helper: a tqdm bar on a terminal, nothing when silent or piped."""
from __future__ import annotations

import sys
from contextlib import contextmanager
from collections.abc import Callable, Iterator

__all__ = ["progress_bar"]


@contextmanager
def progress_bar(total: int, desc: str, silent: bool = False) -> Iterator[Callable[[int], None]]:
    if silent or not sys.stderr.isatty():
        yield lambda n: None
        return
    from tqdm import tqdm
    with tqdm(total=total, desc=desc, unit="page", file=sys.stderr, leave=False) as bar:
        yield bar.update
