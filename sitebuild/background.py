"""Work the build starts early and collects when a page needs it, so it runs while the notebooks execute.

Most jobs wait on other processes (the notebooks' kernels, the command line's
worked examples, the build backend making the wheel), so they overlap with mkdocs turning the
other pages into HTML without holding up the build process.
:func:`sitebuild.cache.recording_reads` counts only its own thread's reads, so a
job's reads never reach a recorded artefact's key.

Work that no page waits for soon (the command line's worked examples, the profile PDFs) runs in
processes of lower priority (:func:`run_quietly`, :func:`in_quiet_process`). On a machine with
few cores, the build process and the kernels, which every chapter waits for, keep the CPU; the
quiet processes take what is left, such as the second core while mkdocs writes the pages.
"""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import os
import subprocess
import threading
from collections.abc import Callable
from typing import Any

QUIET_NICENESS = 19  # the lowest priority: such a process runs when nothing else of equal rights wants the CPU

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


def _lower_priority(pid: int = 0) -> None:
    """Give process ``pid`` (0: this one) the lowest priority, where the system has priorities (not Windows)."""
    if hasattr(os, "setpriority"):
        os.setpriority(os.PRIO_PROCESS, pid, QUIET_NICENESS)


def run_quietly(command: list[str], **options: Any) -> subprocess.CompletedProcess:
    """:func:`subprocess.run` with output captured as text, the process at the lowest priority.

    The priority is lowered just after the process starts: ``preexec_fn`` would be
    unsafe here, because the build process runs threads.
    """
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **options)
    try:
        _lower_priority(process.pid)
    except ProcessLookupError:  # it has already ended
        pass
    stdout, stderr = process.communicate()
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def in_quiet_process(work: Callable[..., Any], *args: Any) -> Any:
    """``work(*args)`` in a new process at the lowest priority; its result (or error) comes back here.

    The process is started with ``spawn``, not ``fork``: the build process runs threads, whose
    locks a forked copy would inherit in whatever state they were. So ``work`` and its arguments
    must be picklable, and ``work`` should live in a module that is cheap to import.
    """
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(1, mp_context=context, initializer=_lower_priority) as pool:
        return pool.submit(work, *args).result()
