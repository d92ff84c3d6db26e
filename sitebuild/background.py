"""Work the build starts early and collects when a page needs it, so it runs while the notebooks execute.

Most jobs wait on other processes (the notebooks' kernels, the command line's
worked examples, the build backend making the wheel), so they overlap with mkdocs turning the
other pages into HTML without holding up the build process.
:func:`sitebuild.cache.recording_reads` counts only its own thread's reads, so a
job's reads never reach a recorded artefact's key.

Work that no page waits for soon (the command line's worked examples, the profile PDFs, the
search index and the chapters' stylesheet) runs in processes of lower priority
(:func:`run_quietly`, :func:`quiet_pool`). On a machine with few cores, the build process and the
kernels, which every chapter waits for, keep the CPU; the quiet processes take what is left,
such as the other cores while mkdocs writes the pages. Both die with the build process
(:mod:`sitebuild.processes`): a killed build leaves none of them running.
"""

from __future__ import annotations

import atexit
import concurrent.futures
import importlib
import multiprocessing
import os
import signal
import subprocess
import threading
from collections.abc import Callable
from typing import Any

from sitebuild import processes

QUIET_NICENESS = 19  # the lowest priority: such a process runs when nothing else of equal rights wants the CPU
QUIET_WORKERS = max(1, min(4, os.cpu_count() or 1))  # quiet processes: one per core, at most four

_jobs: dict[str, concurrent.futures.Future] = {}
_lock = threading.Lock()
_pool: concurrent.futures.ThreadPoolExecutor | None = None
_quiet_pool: concurrent.futures.ProcessPoolExecutor | None = None


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
    unsafe here, because the build process runs threads. For the same reason the command
    is started through :func:`sitebuild.processes.owned_command`, which makes it die with
    this process.
    """
    process = subprocess.Popen(
        processes.owned_command(command), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **options
    )
    try:
        _lower_priority(process.pid)
    except ProcessLookupError:  # it has already ended
        pass
    stdout, stderr = process.communicate()
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def quiet_pool() -> concurrent.futures.ProcessPoolExecutor:
    """:data:`QUIET_WORKERS` processes at the lowest priority, shared by every build of this process.

    They are started with ``spawn``, not ``fork``: the build process runs threads, whose
    locks a forked copy would inherit in whatever state they were. So the work sent to them and
    its arguments must be picklable, and the work should live in a module that is cheap to import.
    A process starts when work first needs one and stays for the next build (``mkdocs serve``);
    it dies with this process, so the thread that first needs it must live as long as the build
    (the main thread, or a job's thread: see :mod:`sitebuild.processes`).
    """
    global _quiet_pool
    with _lock:
        if _quiet_pool is None:
            context = multiprocessing.get_context("spawn")
            _quiet_pool = concurrent.futures.ProcessPoolExecutor(
                QUIET_WORKERS, mp_context=context, initializer=_start_quiet_process, initargs=(os.getpid(),)
            )
            atexit.register(_stop_quiet_pool)
        return _quiet_pool


def _start_quiet_process(parent: int) -> None:
    """In each quiet process: death with ``parent``, the lowest priority, and Ctrl-C left to the build process.

    A terminal sends Ctrl-C to every process of the build (``make serve`` keeps the quiet
    ones waiting for work); the build process then stops them itself, at exit. If the build
    process is killed instead, the quiet processes die with it (:mod:`sitebuild.processes`):
    waiting for work, they would otherwise wait for ever.
    """
    processes.die_with_parent(parent)
    _lower_priority()
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _stop_quiet_pool() -> None:
    """Stop the quiet processes while the interpreter can still run the pool's own clean-up."""
    global _quiet_pool
    with _lock:
        pool, _quiet_pool = _quiet_pool, None
    if pool is not None:
        pool.shutdown(cancel_futures=True)


def _import(names: tuple[str, ...]) -> None:
    for name in names:
        importlib.import_module(name)


def warm_quiet_pool(*modules: str) -> None:
    """Start every quiet process now and import ``modules`` there, while the build waits on the notebooks.

    A process's start and imports cost it a few tenths of a second; this way the work that
    comes at the end of the build does not wait for them.
    """
    pool = quiet_pool()
    for _ in range(QUIET_WORKERS):  # each task finds no idle process, so each starts one
        pool.submit(_import, modules)


def in_quiet_process(work: Callable[..., Any], *args: Any) -> Any:
    """``work(*args)`` in a quiet process (:func:`quiet_pool`); its result (or error) comes back here."""
    return quiet_pool().submit(work, *args).result()
