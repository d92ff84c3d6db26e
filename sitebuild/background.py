"""Work the build starts early and collects when a page needs it, so it runs while the notebooks execute.

The jobs are other processes (the command line's worked examples, pip building
the wheel): the thread that runs one only waits for it, so it overlaps with the
notebooks' kernels without holding up the build process. A job may read project
files to key its cache, so :func:`sitebuild.cache.recording_reads`, which counts
every thread's reads, first waits for every job to finish.
"""

from __future__ import annotations

import concurrent.futures
import threading
from collections.abc import Callable
from typing import Any

_jobs: dict[str, concurrent.futures.Future] = {}
_lock = threading.Lock()
_pool: concurrent.futures.ThreadPoolExecutor | None = None


def start(name: str, work: Callable[..., Any], *args: Any) -> None:
    """Run ``work(*args)`` in the background as job ``name``, after any earlier job of that name has ended.

    A build that failed may have left its job uncollected (``mkdocs serve`` keeps
    this process between builds); the new job replaces it rather than reuse its result.
    """
    global _pool
    with _lock:
        earlier = _jobs.pop(name, None)
        if _pool is None:
            _pool = concurrent.futures.ThreadPoolExecutor(max_workers=4, thread_name_prefix="build-job")
    if earlier is not None:
        concurrent.futures.wait([earlier])
    with _lock:
        _jobs[name] = _pool.submit(work, *args)


def result(name: str, work: Callable[..., Any], *args: Any) -> Any:
    """The result of job ``name`` (its exception is raised here); the job is run now if it was not started."""
    with _lock:
        job = _jobs.pop(name, None)
    return job.result() if job is not None else work(*args)


def wait_all() -> None:
    """Wait until every job has ended; their results stay for :func:`result`."""
    with _lock:
        jobs = list(_jobs.values())
    concurrent.futures.wait(jobs)
