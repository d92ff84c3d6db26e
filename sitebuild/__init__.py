"""The site build: MkDocs hooks, notebook execution, vendored browser libraries, the print edition.

It lives outside the ``neoindex_core`` library (the wheel does not ship it) and
imports the library, never the other way round.
"""

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
