"""The build owns its processes and its checkout: they die with it, and one build at a time writes the site.

Every process the build starts ends when the process that started it ends, however that
ends (``kill -9`` included). On Linux each asks the kernel for ``SIGKILL`` when its parent
dies (the parent-death signal, ``prctl(PR_SET_PDEATHSIG)``), as it starts:

* mkdocs and the steps' runner, which :mod:`sitebuild.build` starts in a process group of its own
  (stopped as a whole when the build is interrupted or mkdocs ends);
* each step's command (:mod:`sitebuild.steps`), through :func:`owned_command`, which sets the
  signal and then replaces itself by the command;
* the notebooks' kernels, in the first cell the build runs in them (:mod:`sitebuild.notebooks`).

The kernel sends the signal when the *thread* that started the process ends, not the whole
process: the build starts these processes from its main thread or from threads that live as
long as it does (the runner's threads, each waiting for its step's command).
Each process also checks, once the signal is set, that its parent is still the process that
started it: one whose parent died in between ends at once. Elsewhere than Linux these calls do
nothing, and the build's signal handlers and process group remain.

:func:`checkout_lock` holds ``.site-build.lock`` in the project root for a whole build (and a
print), so a second build in the same checkout waits, or with ``wait=False`` stops at once.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import os
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path

LOCK_NAME = ".site-build.lock"
_PR_SET_PDEATHSIG = 1
# Run by `python -S -c` before a step's command: set the signal, check the parent, become the command.
_OWNED = (
    "import ctypes, os, signal, sys\n"
    "ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)\n"
    "if os.getppid() != int(sys.argv[1]):\n"
    "    sys.exit('the build that started this command has ended')\n"
    "os.execv(sys.argv[2], sys.argv[2:])\n"
)


class BuildLocked(RuntimeError):
    """Another build holds the checkout's lock (raised only when not waiting)."""


def die_with_parent(parent: int | None = None) -> bool:
    """Ask Linux for ``SIGKILL`` to this process when its parent ends; True if it was set.

    With ``parent`` (the pid of the process that started this one), a process whose parent has
    already ended, before the signal was set, raises :class:`SystemExit` instead of running on.
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL) != 0:
            return False
    except (OSError, AttributeError):
        return False
    if parent is not None and os.getppid() != parent:
        raise SystemExit(f"process {parent}, which started this one, has ended")
    return True


def owned_command(command: list[str]) -> list[str]:
    """``command`` run so that it dies with this process (on Linux; elsewhere, ``command`` itself).

    A small interpreter sets the parent-death signal and checks its parent, then replaces itself by
    ``command`` (the signal survives ``exec``). ``command[0]`` must be a path to the program.
    """
    if not sys.platform.startswith("linux"):
        return list(command)
    return [sys.executable, "-S", "-c", _OWNED, str(os.getpid()), *command]


def _holder(lock_file: Path, tries: int = 20, pause: float = 0.05) -> str:
    """The holder's pid from the lock file; the holder writes it just after locking, so an empty file is read again."""
    for _ in range(tries):
        try:
            text = lock_file.read_text(encoding="utf-8").strip()
        except OSError:
            return "unknown"
        if text:
            return text
        time.sleep(pause)
    return "unknown"


@contextlib.contextmanager
def checkout_lock(project_root: Path, wait: bool = True, log=None) -> Iterator[Path]:
    """Hold the checkout's lock file (``flock``) for the ``with`` block; the lock ends with this process.

    When another build holds it, say so on stderr (``log``) and wait, or raise :class:`BuildLocked`
    when ``wait`` is false. The file keeps the holder's pid, for that message; it is never deleted
    (deleting it would let a third build lock a new file while the second waits on the old one).
    """
    if log is None:

        def log(message: str) -> None:
            print(message, file=sys.stderr, flush=True)

    lock_file = Path(project_root) / LOCK_NAME
    descriptor = os.open(lock_file, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as err:
            if err.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                raise
            message = f"another build is running in this checkout (pid {_holder(lock_file)})"
            if not wait:
                raise BuildLocked(message) from None
            log(f"{message}; waiting")
            fcntl.flock(descriptor, fcntl.LOCK_EX)
        os.ftruncate(descriptor, 0)
        os.pwrite(descriptor, f"{os.getpid()}\n".encode(), 0)
        yield lock_file
    finally:
        os.close(descriptor)  # releases the lock
