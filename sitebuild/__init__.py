"""The site build: the steps, MkDocs hooks, notebook execution, vendored browser libraries, the print edition.

It lives outside the ``neoindex_core`` library (the wheel does not ship it) and
imports the library, never the other way round.
"""

import datetime
import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def build_date() -> str:
    """The date the site is built, or SOURCE_DATE_EPOCH's date for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.datetime.fromtimestamp(int(epoch), datetime.UTC) if epoch else datetime.datetime.now(datetime.UTC)
    return moment.date().isoformat()
