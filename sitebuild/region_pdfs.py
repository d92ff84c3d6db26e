"""The region and district profiles' one-page PDFs, drawn by the ``regions`` step (:func:`sitebuild.regions.make`)."""

from __future__ import annotations

from pathlib import Path

from neoindex_core.publish.profile_district import DistrictProfile, district_pdf_bytes
from neoindex_core.publish.profile_pdf import pdf_bytes


def draw(profile, lang: str = "en") -> bytes:
    """One profile's PDF in ``lang``: a region's, or a federal district's."""
    if isinstance(profile, DistrictProfile):
        return district_pdf_bytes(profile, lang)
    return pdf_bytes(profile, lang)


def draw_into(folder: Path, items: dict[str, tuple[object, str]]) -> int:
    """Write each (profile, language)'s PDF to ``folder / path`` (about 10 ms a page); return how many."""
    for path, (profile, lang) in items.items():
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(draw(profile, lang))
    return len(items)
