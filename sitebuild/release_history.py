"""A release's record, the previous release it is compared with, and the "What changed" page.

Where the previous release is kept: on the ``gh-pages`` branch itself. mike
commits every release's built site there byte for byte, and each build leaves
at its root the data package it was computed from (``data/neoindex-datapackage.zip``)
and a small record, ``release.json``: its version, address, date, pages, and the
ranks of the all-regions index. A build reads the previous release's two files
with ``git show <ref>:<version>/...`` (``NEOINDEX_PAGES_REF``, else the local
``gh-pages`` branch, else ``origin/gh-pages``), so nothing is committed to
``main`` twice and a release compares with exactly what readers were shown.
Without that branch (a local build) the page says there is nothing to compare.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import zipfile
from dataclasses import dataclass

import pandas as pd

from neoindex_core.datapackage.markup import md_link, md_text
from neoindex_core.publish import changes
from sitebuild import PROJECT_ROOT, catalogue, regions, release, steps

ZIP_PATH = f"data/{catalogue.ZIP_NAME}"
# How many revised values the page lists; all of them are in the CSV beside it.
SHOWN_VALUES = 60
REVISED_CSV = "changes/revised_values.csv"


@dataclass
class ReleaseState:
    """What a release showed: its record (``release.json``) and the tables of its data package."""

    record: dict
    regional: pd.DataFrame
    verdicts: pd.DataFrame


def index_ranks(regions_folder=None) -> dict[str, int]:
    """Each region's nominal rank in the all-regions index, as the ``regions`` step wrote it for the comparison.

    Read, not computed: the site build renders only (the numbers come from
    :func:`neoindex_core.studies.russia_regions.build`, run by the step).
    """
    folder = regions_folder or steps.output("regions") / "regions"
    data = json.loads((folder / regions.COMPARE_DATA).read_text(encoding="utf-8"))
    return {str(r["region"]): int(r["rank"]) for r in data["regions"]}


def record(config, pages: list[str], date: str) -> dict:
    """The ``release.json`` of this build."""
    return {
        "version": release.site_version(),
        "package_version": release.package_version(),
        "address": release.release_root(config),
        "date": date,
        "pages": sorted(pages),
        "index_ranks": index_ranks(),
    }


def _git_show(ref: str, path: str) -> bytes | None:
    done = subprocess.run(["git", "show", f"{ref}:{path}"], cwd=PROJECT_ROOT, capture_output=True)
    return done.stdout if done.returncode == 0 else None


def pages_ref() -> str | None:
    """The git ref holding the published versions, or None when this checkout has none."""
    named = os.environ.get("NEOINDEX_PAGES_REF", "").strip()
    for ref in [named] if named else ["gh-pages", "origin/gh-pages"]:
        if _git_show(ref, "versions.json") is not None:
            return ref
    return None


def _calendar_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def previous_version(versions: list[dict], current: str) -> str | None:
    """The release to compare ``current`` with: the newest calendar release older than it (any, for ``dev``)."""
    releases = [v["version"] for v in versions if release.is_release(v["version"]) and v["version"] != current]
    if release.is_release(current):
        releases = [v for v in releases if _calendar_key(v) < _calendar_key(current)]
    return max(releases, key=_calendar_key, default=None)


def _tables(open_csv) -> tuple[pd.DataFrame, pd.DataFrame]:
    # Read alike from a zip and from the checkout, so that the two states compare column for column.
    return tuple(
        pd.read_csv(open_csv(f"{name}.csv"), dtype={"chapter": str}) for name in ("rosstat_regional", "verdicts")
    )


def read_package_zip(data: bytes) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(rosstat_regional, verdicts)`` from a release's data zip."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return _tables(lambda name: archive.open(f"neoindex-datapackage/{name}"))


def read_package_dir(folder) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(rosstat_regional, verdicts)`` from a data package folder (this checkout's)."""
    return _tables(lambda name: folder / name)


def previous_state(current: str) -> ReleaseState | None:
    """The previous release as published on the pages branch, or None if there is none to compare with."""
    ref = pages_ref()
    if ref is None:
        return None
    version = previous_version(json.loads(_git_show(ref, "versions.json")), current)
    if version is None:
        return None
    found, data = _git_show(ref, f"{version}/{release.RECORD}"), _git_show(ref, f"{version}/{ZIP_PATH}")
    if found is None or data is None:
        return None
    return ReleaseState(json.loads(found), *read_package_zip(data))


def _number(value) -> str:
    return "" if pd.isna(value) else f"{value:,.12g}".replace(",", "\u202f")  # narrow no-break space: 1 805 946


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    return ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)] + ["| " + " | ".join(r) + " |" for r in rows]


def page_markdown(
    previous: ReleaseState | None, current: ReleaseState, revised: pd.DataFrame | None, revised_csv: str
) -> str:
    """The "What changed" page: this release against the previous one, in four parts.

    ``revised`` is :func:`neoindex_core.publish.changes.revised_values` of the two states (None without a
    previous release); the caller also writes it to ``revised_csv``, so it is computed once.
    """
    version = current.record["version"]
    lines = ["# What changed", ""]
    if previous is None:
        lines += [
            f"This is version {md_text(version)} of NeoIndex. No earlier release is published beside it, "
            "so there is nothing to compare it with yet. From the next release on, this page lists the Rosstat "
            "values revised, the regions that moved in the all-regions index, the verdicts whose grade changed "
            "and the pages added or removed.",
            "",
        ]
        return "\n".join(lines)
    old = previous.record
    lines += [
        f"Version {md_text(version)} ({md_text(current.record['date'])}) against release "
        f"{md_link(old['version'], old['address'])} ({md_text(old['date'])}). Both are computed from their own "
        "data package; the earlier one is read from the published release itself.",
        "",
        "## Values Rosstat revised",
        "",
    ]
    added, removed = changes.added_and_removed_values(previous.regional, current.regional)
    if revised.empty:
        lines.append("No value present in both releases changed, in number or in status.")
    else:
        lines.append(
            f"{len(revised)} {'value' if len(revised) == 1 else 'values'} present in both releases changed, "
            "in number or in status "
            f"(a status names a Rosstat symbol: “absent” is its dash, zero; “confidential” its dots). "
            f"All of them: [{md_text(revised_csv.rsplit('/', 1)[-1])}]({revised_csv})."
        )
        lines.append("")
        shown = revised.head(SHOWN_VALUES)
        lines += _table(
            ["Region", "Indicator", "Year", "Before", "Now", "Change, %", "Status before", "Status now"],
            [
                [
                    md_text(r.region),
                    md_text(r.indicator_code),
                    str(r.year),
                    _number(r.old_value),
                    _number(r.new_value),
                    "" if pd.isna(r.change_percent) else f"{r.change_percent:+.2f}",
                    md_text(r.old_status),
                    md_text(r.new_status),
                ]
                for r in shown.itertuples()
            ],
        )
        if len(revised) > SHOWN_VALUES:
            lines += ["", f"The first {SHOWN_VALUES} of {len(revised)}, by region; the CSV has them all."]
    lines += ["", f"Values added: {added}; values no longer in the data: {removed}.", ""]

    lines += ["## Regions that moved in the all-regions index", ""]
    moves = changes.rank_moves(pd.Series(old["index_ranks"]), pd.Series(current.record["index_ranks"]))
    if moves.empty:
        lines.append("Every region keeps its rank.")
    else:
        regions = "region changed its rank" if len(moves) == 1 else "regions changed rank"
        lines.append(f"{len(moves)} {regions} (places up: positive when a region rose).")
        lines.append("")

        def rank(value) -> str:
            return "" if pd.isna(value) else str(int(value))

        lines += _table(
            ["Region", "Rank before", "Rank now", "Places up"],
            [
                [
                    md_text(r.region),
                    rank(r.old_rank),
                    rank(r.new_rank),
                    "" if pd.isna(r.places_up) else f"{r.places_up:+d}",
                ]
                for r in moves.itertuples()
            ],
        )
    lines += ["", "## Verdicts whose grade changed", ""]
    grades = changes.grade_changes(previous.verdicts, current.verdicts)
    if grades.empty:
        lines.append("Every verdict keeps its grade.")
    else:
        lines += _table(
            ["Verdict", "Chapter", "Claim", "Grade before", "Grade now"],
            [
                [
                    md_text(r.id),
                    md_text(r.chapter),
                    md_text(r.claim),
                    md_text("" if pd.isna(r.old_grade) else r.old_grade) or "(new)",
                    md_text("" if pd.isna(r.new_grade) else r.new_grade) or "(removed)",
                ]
                for r in grades.itertuples()
            ],
        )
    lines += ["", "## Pages added or removed", ""]
    added_pages, removed_pages = changes.page_changes(old["pages"], current.record["pages"])
    if not added_pages and not removed_pages:
        lines.append("The same pages as before.")
    # An added page is linked within this release (from this page, changes/); a removed one where the
    # earlier release keeps it.
    for title, pages, base in (("Added", added_pages, "../"), ("Removed", removed_pages, old["address"])):
        if pages:
            items = [f"- {md_link(p or 'Home', base + p)}" for p in pages]
            lines += [f"{title}:", "", *items, ""]
    return "\n".join(lines) + "\n"
