"""Region profiles: build them, and write one region's page and PDF for the ``report`` command.

The numbers are in :mod:`.profile_numbers`, the Markdown page in
:mod:`.profile_page`, the PDF in :mod:`.profile_pdf`; this module names files and
writes them.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..datapackage.markup import slug
from ..engine import years
from ..engine.spec import InputFileError, Spec
from ..engine.uncertainty import Options
from .profile_numbers import (
    DEFAULT_SOURCE,
    DISCLAIMER,
    STRENGTH_ABOVE,
    WEAKNESS_BELOW,
    Profile,
    assess,
    build_profiles,
    strengths_weaknesses,
)
from .profile_page import escape_md, profile_markdown
from .profile_pdf import pdf_bytes, write_pdf

__all__ = [
    "DEFAULT_SOURCE",
    "DISCLAIMER",
    "STRENGTH_ABOVE",
    "WEAKNESS_BELOW",
    "Profile",
    "assess",
    "build_profiles",
    "escape_md",
    "file_stem",
    "pdf_bytes",
    "profile_markdown",
    "report",
    "slug",
    "strengths_weaknesses",
    "write_pdf",
]

MAX_STEM = 60  # characters of a file name made from a region's name


def file_stem(region: str, regions: list[str]) -> str:
    """A file name stem for ``region``: its :func:`slug`, at most :data:`MAX_STEM` characters, unique among ``regions``.

    A long name is cut and a name whose stem another region shares gets a
    short hash of the full name, so two regions never write the same file.
    """
    import hashlib

    def cut(name: str) -> str:
        return slug(name)[:MAX_STEM].strip("-")

    stem = cut(region)
    if len(slug(region)) > MAX_STEM or sum(cut(other) == stem for other in regions) > 1:
        digest = hashlib.sha1(str(region).encode("utf-8")).hexdigest()[:8]
        stem = f"{stem[: MAX_STEM - 9].strip('-')}-{digest}"
    return stem


def report(
    long: pd.DataFrame,
    spec: Spec,
    region: str,
    out_dir: Path | str,
    *,
    year: int | None = None,
    base_year: int | None = None,
    options: Options | None = None,
    clusters: dict[str, list[str]] | None = None,
    source: str = DEFAULT_SOURCE,
    groups: dict | None = None,
    priorities: dict | None = None,
) -> tuple[Path, Path]:
    """Write ``<slug>.md`` and ``<slug>.pdf`` for one region of any long table; return both paths.

    ``year`` and ``base_year`` default to :func:`neoindex_core.engine.years.index_and_base_year`'s rule;
    with no earlier year the profile says that dynamics cannot be measured.
    """
    known = sorted(str(r) for r in long["region"].dropna().unique())
    if str(region) not in known:
        raise ValueError(f"unknown region {region!r}; known regions: {', '.join(known)}")
    try:
        year, base_year = years.index_and_base_year(long, spec, year, base_year)
    except InputFileError:
        year = years.default_year(long, spec) if year is None else int(year)
        base_year = year
    profiles = build_profiles(
        long,
        spec,
        regions=[str(region)],
        year=year,
        base_year=base_year,
        options=options,
        clusters=clusters,
        source=source,
        groups=groups,
        priorities=priorities,
    )
    if str(region) not in profiles:
        raise ValueError(f"region {region!r} has no data for {year}; regions that year: {', '.join(sorted(profiles))}")
    profile = profiles[str(region)]
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = file_stem(region, known)
    pdf_path = write_pdf(profile, out_dir / f"{stem}.pdf")
    md_path = out_dir / f"{stem}.md"
    md_path.write_text(profile_markdown(profile, pdf_path.name), encoding="utf-8")
    return md_path, pdf_path
