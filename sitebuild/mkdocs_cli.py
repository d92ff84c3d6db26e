"""``python -m sitebuild.mkdocs_cli build ...``: mkdocs' own command line, ending a successful build at once.

When a Python program ends, the interpreter frees its objects one by one; after a
build of this site (every page, notebook and table still in memory) that takes about
0.4 s, in which nothing is written. After a successful build this runs what the
interpreter would run at exit (the ``atexit`` handlers: the quiet processes are
stopped, temporary folders removed, the log flushed), flushes the output and ends the
process without the freeing. A failed build ends the usual way, so any work still
running is waited for as before. :mod:`sitebuild.build` runs mkdocs through this.
"""

from __future__ import annotations

import atexit
import os
import sys


def main() -> None:
    from mkdocs.__main__ import cli

    try:
        cli(standalone_mode=True)  # ends with SystemExit, whatever the outcome
    except SystemExit as done:
        if done.code not in (0, None):
            raise
    # The handlers Python runs at exit; `atexit` offers no public call that runs them early.
    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


if __name__ == "__main__":  # not when a quiet process (spawned) imports this module as its main one
    main()
