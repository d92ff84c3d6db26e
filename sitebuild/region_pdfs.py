"""The region and district profiles' one-page PDFs, drawn by the ``regions`` step (:func:`sitebuild.regions.make`)."""

from __future__ import annotations

from pathlib import Path

from neoindex_core.publish.profile_district import DistrictProfile, district_pdf_bytes
from neoindex_core.publish.profile_pdf import pdf_bytes


def draw(profile) -> bytes:
    """One profile's PDF: a region's, or a federal district's."""
    if isinstance(profile, DistrictProfile):
        return district_pdf_bytes(profile)
    return pdf_bytes(profile)


def draw_into(folder: Path, items: dict[str, object]) -> int:
    """Write each profile's PDF to ``folder / path`` (about 10 ms a page); return how many were written."""
    for path, profile in items.items():
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(draw(profile))
    return len(items)
