"""Extraction of Rosstat's regional spreadsheets into the data package's long tables.

``extract(snapshot_dir, out_dir)`` reads the committed snapshots and writes
regions.csv, rosstat_regional.csv, rosstat_aggregates.csv, rosstat_catalogue.csv and
rosstat_revisions.csv; ``main(argv)`` is its command line.
"""

from .extract import ExtractionError, extract, main

__all__ = ["ExtractionError", "extract", "main"]
