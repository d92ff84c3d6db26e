"""The Rosstat tables of "About the data", checked against the CSV files read with the csv module."""

from __future__ import annotations

import csv
import html
import re
from collections import Counter
from pathlib import Path

import markdown
import pytest

from neoindex_core import datapackage
from neoindex_core.datapackage import PACKAGE_DIR, series_checks
from neoindex_core.datapackage.rosstat import status
from neoindex_core.publish import data_status
from sitebuild.render import rosstat_tables

DATA_PAGE = Path(__file__).resolve().parents[2] / "docs" / "data.md"


def csv_rows(name: str) -> list[dict]:
    with open(PACKAGE_DIR / f"{name}.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def catalogue():
    return datapackage.load("rosstat_catalogue")


@pytest.fixture(scope="module")
def panel_rows() -> list[dict]:
    return csv_rows("rosstat_regional") + csv_rows("rosstat_aggregates")


def test_status_counts_sum_to_the_rows_of_both_panels_per_indicator(catalogue, panel_rows):
    counts = data_status.status_counts(catalogue)
    assert list(counts.columns) == ["code", *status.STATUSES]
    per_indicator = Counter(row["indicator_code"] for row in panel_rows)
    per_status = Counter((row["indicator_code"], row["status"]) for row in panel_rows)
    body, total = counts.iloc[:-1], counts.iloc[-1]
    assert set(body["code"]) == set(per_indicator)
    for row in body.itertuples(index=False):
        assert sum(getattr(row, name) for name in status.STATUSES) == per_indicator[row.code], row.code
        for name in status.STATUSES:
            assert getattr(row, name) == per_status[(row.code, name)], (row.code, name)
    assert total["code"] == data_status.TOTAL
    assert sum(int(total[name]) for name in status.STATUSES) == len(panel_rows)
    assert int(total["revised"]) == len(csv_rows("rosstat_edition_revisions"))


def test_legend_has_one_row_per_status_in_order_with_the_compilation_codes():
    legend = data_status.legend()
    assert legend["status"].tolist() == list(status.STATUSES)
    assert list(legend.columns) == data_status.LEGEND_COLUMNS
    assert legend.notna().all().all()
    absent = legend.set_index("status").loc["absent"]
    assert "dash" in absent["mark"] and "0" in absent["handling"] and "never imputed" in absent["handling"]
    codes = dict(zip(*data_status.compilation_codes().to_dict("list").values(), strict=True))
    assert codes == {-99999999: "not_available", -77777777: "confidential"}


def test_breaks_hold_chukotka_2019_manufacturing_and_the_rule_names_the_tolerance():
    found = data_status.breaks(datapackage.load("rosstat_regional"))
    assert list(found.columns) == series_checks.COLUMNS
    chukotka = found[(found["region"] == "Chukotka AO") & (found["year"] == 2019)]
    assert set(chukotka["level_code"]) == {"manuf_okved2", "mining_okved2"}
    row = chukotka.set_index("level_code").loc["manuf_okved2"]
    assert row["volume_code"] == "ipi_manuf_okved2" and row["implied_price_ratio"] > series_checks.TOLERANCE
    assert found["year"].is_monotonic_increasing
    short = data_status.short_cause(row["likely_cause"])
    assert short == "shipments moved from mining into manufacturing in the same year"
    assert row["likely_cause"] in data_status.causes(found) and len(data_status.causes(found)) == len(
        set(found["likely_cause"])
    )
    assert f"×{series_checks.TOLERANCE:g} " in data_status.breaks_rule()
    assert "×2.5 or below ×1/2.5" in data_status.breaks_rule(2.5)


def test_newest_year_per_indicator_is_the_newest_year_with_a_number(catalogue, panel_rows):
    newest = data_status.newest_years(catalogue).set_index("code")
    assert newest.loc["invest", "newest_year"] == 2024
    assert newest.loc["RD_exp", "newest_year"] == 2022
    assert newest.loc["pop", "newest_year"] == 2024
    by_hand: dict[str, int] = {}
    for row in csv_rows("rosstat_regional"):
        if row["value"]:
            by_hand[row["indicator_code"]] = max(by_hand.get(row["indicator_code"], 0), int(row["year"]))
    assert newest["newest_year"].to_dict() == by_hand
    assert newest.loc["invest", "editions"] == "RR 2023, 2024, 2025"
    assert newest.loc["pop", "editions"] == "RR 2023, 2025; derived 2023, 2024"
    assert newest.loc["invest", "indicator"].endswith("[million RUB]")


def test_short_editions_groups_a_publication_and_shortens_a_file():
    assert data_status.short_editions("Regions of Russia 2023; Regions of Russia 2024") == "RR 2023, 2024"
    assert data_status.short_editions("Industrial production in Russia 2023") == "IPR 2023"
    assert data_status.short_editions("Rosstat GRP file of 09.04.2025") == "GRP file 09.04.2025"


def test_revision_summary_counts_and_measures_each_pair_of_editions():
    rows = csv_rows("rosstat_edition_revisions")
    summary = data_status.revision_summary(datapackage.load("rosstat_edition_revisions"))
    groups: dict[tuple, list[float]] = {}
    for row in rows:
        groups.setdefault((row["indicator_code"], row["edition_old"], row["edition_new"]), []).append(
            abs(float(row["revision_percent"])) if row["revision_percent"] else float("nan")
        )
    assert summary["values"].sum() == len(rows) and len(summary) == len(groups)
    empl = summary.set_index("indicator_code").loc["empl"]
    assert empl["editions"] == "RR 2023 → RR 2025" and empl["years"] == "2013–2022"
    changes = [v for v in groups[("empl", "Regions of Russia 2023", "Regions of Russia 2025")] if v == v]
    assert empl["largest_abs_percent"] == pytest.approx(max(changes))
    assert empl["values"] == len(groups[("empl", "Regions of Russia 2023", "Regions of Russia 2025")])


def test_the_data_page_has_every_placeholder_and_the_step_and_the_hook_fill_them_all(tmp_path):
    page = DATA_PAGE.read_text(encoding="utf-8")
    for placeholder in rosstat_tables.PLACEHOLDERS:
        assert placeholder in page, placeholder
    rosstat_tables.make(tmp_path)
    out = rosstat_tables.filled(page, tmp_path)
    assert "<!-- rosstat-" not in out
    rendered = markdown.Markdown(extensions=["tables", "attr_list", "md_in_html"]).convert(out)
    text = re.sub(r"<[^>]+>", " ", rendered)
    assert "What each value of the Rosstat panel is" in text and "Chukotka AO" in text
    assert "−77777777" in text or "-77777777" in text
    assert html.escape(series_checks.UNKNOWN_CAUSE) in rendered  # each likely cause in full, once
    assert rendered.count(html.escape(series_checks.UNKNOWN_CAUSE)) == 1
    assert status.COMPILATION_DASH_NOTE.split(".")[0].replace("'", "&#x27;") in rendered
