"""The data package: the CSV resources, their Frictionless descriptor, loading and validation.

The files themselves sit in ``resources/`` beside this module (one
``datapackage.json`` describes them all); ``load`` returns a resource typed by
its schema after validating it, and ``validate`` checks the whole package.
"""

from .load import PACKAGE_DIR, DataPackageError, datapackage, load, resource, source_line

__all__ = ["PACKAGE_DIR", "DataPackageError", "datapackage", "load", "resource", "source_line"]
