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

from neoindex_core import datapackage
from neoindex_core.datapackage.markup import md_link, md_text
from neoindex_core.publish import changes, findings, locale
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


def _number(value, lang: str = locale.DEFAULT) -> str:
    """A value as Rosstat gave it, every significant digit kept, thousands apart (1 805 946), in ``lang``'s marks."""
    return "" if pd.isna(value) else _marks(f"{value:,.12g}".replace(",", "\u202f"), lang)  # narrow no-break space


def _marks(written: str, lang: str) -> str:
    """A number written the English way with ``lang``'s decimal mark and minus sign (``-1.5`` -> ``−1,5``)."""
    _, decimal, minus = locale.NUMBER_STYLE[lang]
    return written.replace(".", decimal).replace("-", minus)


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    return ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)] + ["| " + " | ".join(r) + " |" for r in rows]


def _status(status, lang: str) -> str:
    """A Rosstat status as the page names it: its code in English, the [status] table's word in another language."""
    if lang == locale.DEFAULT or pd.isna(status) or not status:
        return md_text("" if pd.isna(status) else status)
    key = f"status.{status}" if locale.has(f"status.{status}", lang) else f"changes.status_{status}"
    return md_text(locale.text(key, lang))


def _grade(grade, lang: str) -> str:
    """A verdict's grade in ``lang`` (empty when there is none)."""
    if pd.isna(grade) or not grade:
        return ""
    return md_text(findings.grade_label(str(grade), lang))


def _region_names(lang: str) -> dict[str, str]:
    """English region name -> the name the edition shows (Rosstat's Russian name in the Russian edition)."""
    if lang != "ru":
        return {}
    regions_table = datapackage.load("regions")
    return dict(zip(regions_table["region"].astype(str), regions_table["region_ru"].astype(str), strict=True))


def page_markdown(
    previous: ReleaseState | None,
    current: ReleaseState,
    revised: pd.DataFrame | None,
    revised_csv: str,
    lang: str = locale.DEFAULT,
) -> str:
    """The "What changed" page in ``lang``: this release against the previous one, in four parts.

    ``revised`` is :func:`neoindex_core.publish.changes.revised_values` of the two states (None without a
    previous release); the caller also writes it to ``revised_csv``, so it is computed once. The words
    are the ``[changes]`` table's; the Russian page names regions by Rosstat's Russian names and writes
    numbers with a decimal comma. Indicator codes, verdict ids and the studies' claims stay as the data has them.
    """

    def say(key: str, **fields) -> str:
        return locale.text(f"changes.{key}", lang, **fields)

    version = current.record["version"]
    lines = [f"# {say('title')}", ""]
    if previous is None:
        lines += [say("first_release", version=md_text(version)), ""]
        return "\n".join(lines)
    old = previous.record
    lines += [
        say(
            "against",
            version=md_text(version),
            date=md_text(locale.date(current.record["date"], lang)),
            previous=md_link(old["version"], old["address"]),
            previous_date=md_text(locale.date(old["date"], lang)),
        ),
        "",
        f"## {say('values_heading')}",
        "",
    ]
    names = _region_names(lang)

    def region(name) -> str:
        return md_text(names.get(str(name), name))

    added, removed = changes.added_and_removed_values(previous.regional, current.regional)
    if revised.empty:
        lines.append(say("no_value_revised"))
    else:
        csv_link = f"[{md_text(revised_csv.rsplit('/', 1)[-1])}]({revised_csv})"
        lines.append(say("value_revised" if len(revised) == 1 else "values_revised", count=len(revised), csv=csv_link))
        lines.append("")
        shown = revised.head(SHOWN_VALUES)
        columns = ("region", "indicator", "year", "before", "now", "change", "status_before", "status_now")
        lines += _table(
            [say(f"col_{c}") for c in columns],
            [
                [
                    region(r.region),
                    md_text(r.indicator_code),
                    str(r.year),
                    _number(r.old_value, lang),
                    _number(r.new_value, lang),
                    "" if pd.isna(r.change_percent) else _marks(f"{r.change_percent:+.2f}", lang),
                    _status(r.old_status, lang),
                    _status(r.new_status, lang),
                ]
                for r in shown.itertuples()
            ],
        )
        if len(revised) > SHOWN_VALUES:
            lines += ["", say("first_shown", shown=SHOWN_VALUES, count=len(revised))]
    lines += ["", say("added_removed", added=added, removed=removed), ""]

    lines += [f"## {say('ranks_heading')}", ""]
    moves = changes.rank_moves(pd.Series(old["index_ranks"]), pd.Series(current.record["index_ranks"]))
    if moves.empty:
        lines.append(say("no_rank_moved"))
    else:
        lines.append(say("rank_moved" if len(moves) == 1 else "ranks_moved", count=len(moves)))
        lines.append("")

        def rank(value) -> str:
            return "" if pd.isna(value) else str(int(value))

        lines += _table(
            [say(f"col_{c}") for c in ("region", "rank_before", "rank_now", "places_up")],
            [
                [
                    region(r.region),
                    rank(r.old_rank),
                    rank(r.new_rank),
                    "" if pd.isna(r.places_up) else _marks(f"{r.places_up:+d}", lang),
                ]
                for r in moves.itertuples()
            ],
        )
    lines += ["", f"## {say('grades_heading')}", ""]
    grades = changes.grade_changes(previous.verdicts, current.verdicts)
    if grades.empty:
        lines.append(say("no_grade_changed"))
    else:
        lines += _table(
            [say(f"col_{c}") for c in ("verdict", "chapter", "claim", "grade_before", "grade_now")],
            [
                [
                    md_text(r.id),
                    md_text(r.chapter),
                    md_text(r.claim),
                    _grade(r.old_grade, lang) or say("new"),
                    _grade(r.new_grade, lang) or say("removed"),
                ]
                for r in grades.itertuples()
            ],
        )
    lines += ["", f"## {say('pages_heading')}", ""]
    added_pages, removed_pages = changes.page_changes(old["pages"], current.record["pages"])
    if not added_pages and not removed_pages:
        lines.append(say("same_pages"))
    # An added page is linked within this release (from this page, changes/ or <lang>/changes/); a removed
    # one where the earlier release keeps it.
    here = "../" * (2 if lang != locale.DEFAULT else 1)
    for title, pages, base in (("pages_added", added_pages, here), ("pages_removed", removed_pages, old["address"])):
        if pages:
            items = [f"- {md_link(p or say('home'), base + p)}" for p in pages]
            lines += [say(title), "", *items, ""]
    return "\n".join(lines) + "\n"
