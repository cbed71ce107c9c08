"""Run the per-page extraction on a Dask cluster; merging stays in the calling process.

``kg build --engine dask`` starts a LocalCluster when no scheduler address is given; with
``--scheduler tcp://host:8786`` it uses a running cluster. Workers need kg installed and must be
able to read the input paths (and the cache folder, if any): a shared file system.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

T = TypeVar("T")

__all__ = ["dask_map"]


def dask_map(fn: Callable[[Any], T], jobs: Sequence[Any], scheduler: str | None = None, workers: int = 2) -> Iterator[T]:
    """``fn(j) for j in jobs`` on Dask, yielded in job order, each result released once taken."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:   # pragma: no cover - depends on the install
        raise RuntimeError("--engine dask needs the dask extra: pip install 'kg[dask]'") from exc
    if not jobs:
        return
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        futures = client.map(fn, list(jobs), pure=False)
        for i, fut in enumerate(futures):
            yield fut.result()
            futures[i] = None
            fut.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
