"""``python -m neoindex_core.datapackage.rosstat``: run the extraction."""

import sys

from .extract import main

sys.exit(main(sys.argv[1:]))
