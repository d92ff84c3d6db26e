"""Work the build starts early and collects when a page needs it, so it runs while the notebooks execute.

Most jobs wait on other processes (the notebooks' kernels, the command line's
worked examples, the build backend making the wheel), so they overlap with mkdocs turning the
other pages into HTML without holding up the build process.
:func:`sitebuild.cache.recording_reads` counts only its own thread's reads, so a
job's reads never reach a recorded artefact's key.
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
            _pool = concurrent.futures.ThreadPoolExecutor(max_workers=8, thread_name_prefix="build-job")
    if earlier is not None:
        concurrent.futures.wait([earlier])
    with _lock:
        _jobs[name] = _pool.submit(work, *args)


def result(name: str, work: Callable[..., Any], *args: Any) -> Any:
    """The result of job ``name`` (its exception is raised here); the job is run now if it was not started."""
    with _lock:
        job = _jobs.pop(name, None)
    return job.result() if job is not None else work(*args)


def outcome(name: str, timeout: float | None = None) -> Any:
    """Wait for job ``name`` and return its result (or raise its error), which stays until it is started again.

    With ``timeout``, a job still running after that many seconds raises :class:`TimeoutError`.
    """
    with _lock:
        job = _jobs[name]
    return job.result(timeout)
