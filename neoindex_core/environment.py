"""Names of the environment variables through which a site build tells the library's processes something.

Kept apart from the modules that read them, and free of imports, so that the build's own processes
(``sitebuild.build``, ``sitebuild.steps``), which set them, do not import pandas for a name.
"""

from __future__ import annotations

# A folder where the processes of one site build record the data files they found valid, as typed tables
# (sitebuild sets it for the build and removes it after): a file is validated and parsed once per build
# (neoindex_core.datapackage.load.load).
VALIDATED_DIR_ENV = "NEOINDEX_VALIDATED_DIR"
