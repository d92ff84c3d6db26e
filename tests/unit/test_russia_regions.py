"""The chapter on Russia's regions: its indicators, statuses, audit and the pages that read it (issue #26)."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from neoindex_core.engine.uncertainty import Options
from neoindex_core.publish import russia_regions as pages
from neoindex_core.studies import russia_regions as study
from neoindex_core.studies import study004_volga as volga

NORTH = ("Chukotka AO", "Yamalo-Nenets AO", "Magadan Oblast", "Nenets AO")


@pytest.fixture(scope="module")
def index():
    return study.build(Options(runs=400, seed=1))


@pytest.fixture(scope="module")
def audit(index):
    return study.audit(index, sobol_samples=300)


def test_a_summed_denominator_is_the_sum_of_its_parts():
    raw = pd.DataFrame(
        [
            ("A", "manuf_okved2", 2024, 30.0),
            ("A", "mining_okved2", 2024, 70.0),
            ("B", "manuf_okved2", 2024, 50.0),
            ("B", "mining_okved2", 2024, 0.0),  # a dash: no mining
            ("C", "manuf_okved2", 2024, 50.0),  # mining withheld: no value
        ],
        columns=["region", "indicator_code", "year", "value"],
    )
    share = next(d for d in study.INDICATORS if d.code == "manufacturing_share_of_industry")
    assert share.inputs == ["manuf_okved2", "manuf_okved2", "mining_okved2"]
    assert share.sources == "manuf_okved2 / (manuf_okved2 + mining_okved2)"
    out = volga.derive(raw, [share]).set_index("region")["value"]
    assert out.to_dict() == {"A": 30.0, "B": 100.0}


def test_the_index_ranks_every_single_territory_once(index):
    assert len(index.scores) == 85
    assert sorted(index.scores["rank"]) == list(range(1, 86))
    assert "Tyumen Oblast (excl. AOs)" in index.scores.index
    assert not any("incl." in r for r in index.scores.index)


def test_the_coverage_screen_drops_the_withheld_technologies(index, audit):
    assert index.result.screened_out == ["technologies_developed_per_million"]
    row = audit.coverage.set_index("code").loc["technologies_developed_per_million"]
    assert row["share"] < study.MIN_COVERAGE and not row["kept"]
    kept = audit.coverage[audit.coverage["kept"]]
    assert len(kept) == len(audit.coverage) - 1 and kept["share"].min() > 0.9


def test_manufacturing_share_by_hand_for_tatarstan(index):
    raw = index.raw
    cell = raw[(raw["region"] == "Tatarstan") & (raw["year"] == 2024)].set_index("indicator_code")["value"]
    expected = 100 * cell["manuf_okved2"] / (cell["manuf_okved2"] + cell["mining_okved2"])
    assert index.table.loc["Tatarstan", "manufacturing_share_of_industry"] == pytest.approx(expected)


def test_outliers_are_treated_by_the_stated_rule(audit):
    report = audit.outliers.set_index("indicator")
    fails = (report["skew_before"].abs() > 2) & (report["kurtosis_before"] > 3.5)
    assert (report.loc[fails, "treatment"] != "none").all()
    assert (report.loc[~fails, "treatment"] == "none").all()
    assert report["passes"].all()


def test_values_carry_their_status(index):
    status = index.statuses.set_index(["region", "indicator"])["status"]
    for region, indicator in index.result.imputed[["region", "indicator"]].itertuples(index=False):
        assert status[(region, indicator)] == "imputed"
    assert status[("Chukotka AO", "manuf_per_resident")] == "bridged break"
    assert set(status.xs("technologies_developed_per_million", level="indicator")) == {"screened out"}
    raw = index.raw
    dash = raw[(raw["indicator_code"] == "pat_inv") & (raw["year"] == 2022) & (raw["status"] == "absent")]
    for region in dash["region"].astype(str):
        assert status[(region, "inventions_per_million")] == "absent"
        assert index.table.loc[region, "inventions_per_million"] == 0


def test_value_statuses_take_the_most_telling_word():
    raw = pd.DataFrame(
        [
            ("A", "RD_exp", 2022, 1.0, "preliminary"),
            ("A", "pop", 2022, 10.0, "derived"),
            ("B", "RD_exp", 2022, 0.0, "absent"),
            ("B", "pop", 2022, 10.0, "published"),
            ("C", "RD_exp", 2022, None, "confidential"),
            ("C", "pop", 2022, 10.0, "published"),
        ],
        columns=["region", "indicator_code", "year", "value", "status"],
    )
    rd = volga.INDICATORS[8]
    assert rd.code == "rd_per_resident"
    out = study.value_statuses(
        raw,
        [rd],
        {rd.code: 2022},
        pd.DataFrame(columns=["region", "indicator"]),
        pd.DataFrame(columns=["region", "year"]),
    )
    assert out.set_index("region")["status"].to_dict() == {"A": "derived", "B": "absent", "C": "imputed"}


def test_the_northern_resource_territories_leave_the_top(index, audit):
    steps = audit.steps
    before, after = steps[steps.attrs["steps"][0]], steps[steps.attrs["steps"][-1]]
    assert after.equals(index.scores["rank"].reindex(after.index).astype(int))
    assert min(before[r] for r in NORTH) <= 8  # what the issue reported
    assert min(after[r] for r in NORTH) > 20


def test_the_first_step_is_what_the_pages_showed_before(index, audit):
    old = volga.derive(index.raw, volga.INDICATORS)
    old = old[old["year"] <= index.year]
    spec = study.spec_for(volga.INDICATORS, study.STUDY004_METHOD)
    ranks = study.index_for(old, spec, index.year)[1].scores["rank"]
    first = audit.steps[audit.steps.attrs["steps"][0]]
    assert first.equals(ranks.reindex(first.index).astype(int))


def test_principal_component_share_of_two_indicators_is_half_of_one_plus_r(index, audit):
    innovation = audit.components.set_index("block").loc["innovation"]
    normalised = index.result.normalised
    r = normalised["innovation_activity"].corr(normalised["innovative_goods_share"])
    assert innovation["first component, share of variance"] == pytest.approx((1 + abs(r)) / 2)


def test_alpha_by_hand_for_the_innovation_block(index, audit):
    x = index.result.normalised[["innovation_activity", "innovative_goods_share"]]
    k, item, total = 2, x.var(ddof=1).sum(), x.sum(axis=1).var(ddof=1)
    assert audit.alphas["innovation"] == pytest.approx(k / (k - 1) * (1 - item / total))


def test_the_chapter_claims_hold(audit):
    """The closing text: indicators and normalisation move ranks most, weights, imputation and treatment far less;
    the manufacturing block is least consistent; R&D spending and staff nearly duplicate each other; the index
    agrees better with the outside ratings than study 004's method did."""
    total = audit.sobol["total"]
    assert list(total.sort_values(ascending=False).index[:2]) == ["indicator left out", "normalisation"]
    others = total.drop(["indicator left out", "normalisation", "aggregation"])
    assert others.max() < total["normalisation"] / 4
    assert (audit.sobol["total_low"] <= total).all() and (total <= audit.sobol["total_high"]).all()
    assert audit.alphas.idxmin() == "manufacturing"
    assert audit.investment_and_mining.iloc[0, -1] > 0.3
    collinear = audit.collinearity[audit.collinearity["flag"] == "collinear"]
    assert set(zip(collinear["first"], collinear["second"], strict=True)) == {
        ("rd_per_resident", "research_staff_per_1000")
    }
    overall = audit.validation[audit.validation["scope"] == "all regions"]
    widest = overall.sort_values("regions").iloc[-1]
    assert widest["Spearman, this index"] > widest["Spearman, study 004 method"]


def test_the_volga_comparison_ranks_the_same_fourteen(index, audit):
    table = audit.volga
    assert len(table) == 14
    for column in (
        "chapter 004 (14 regions)",
        "study 004's indicators, within the district",
        "this index, within the district",
    ):
        assert sorted(table[column]) == list(range(1, 15))
    chapter = volga.scores_for(volga.panel("Volga"), index.year)[3].scores["rank"]
    assert table["chapter 004 (14 regions)"].to_dict() == chapter.to_dict()


def test_the_trend_uses_the_same_method_each_year(index):
    years = sorted(index.trend["year"].unique())
    assert years[0] == study.FIRST_TREND_YEAR and years[-1] == index.year
    newest = index.trend[index.trend["year"] == index.year].set_index("region")
    assert newest["rank"].to_dict() == index.scores["rank"].astype(int).to_dict()


def test_profiles_show_the_chapters_numbers(index):
    built = pages.region_pages(index)
    assert set(built.profiles) == set(index.scores.index)
    for region, profile in built.profiles.items():
        assert profile.rank == index.scores.loc[region, "rank"]
        assert profile.index == pytest.approx(index.scores.loc[region, "index"])
        assert profile.rank_p05 == index.uncertainty.loc[region, "p05"]
        statuses = profile.strengths_weaknesses.set_index("indicator")["status"]
        assert (
            statuses.to_dict()
            == index.statuses[index.statuses["region"] == region].set_index("indicator")["status"].to_dict()
        )
        assert profile.band.startswith(f"Rank {profile.rank} of 85")
    assert {p.district for p in built.profiles.values()} == set(built.districts)


@pytest.mark.parametrize(
    ("p05", "p95", "words"),
    [(3, 7, "a narrow band"), (3, 20, "a moderate band"), (3, 40, "a wide band")],
)
def test_rank_band_sentence(p05, p95, words):
    sentence = study.rank_band(5, p05, p95, 85)
    assert sentence.startswith(
        f"Rank 5 of 85; in 90 % of the variations of the method it ranks between {p05} and {p95}"
    )
    assert words in sentence


def test_findings_are_written_from_the_numbers(index, audit):
    text = pages.findings_markdown(index, audit)
    assert f"**The top five in {index.year}:** Saint Petersburg, Moscow" in text
    assert "Chukotka AO 2 → " in text
    assert "**Outside ratings.** On the " in text and "higher than the" in text
    assert not math.isnan(audit.alphas["knowledge"]) and f"{audit.alphas['knowledge']:.2f}" in text
    assert np.isfinite(audit.sobol["total"]).all()


def test_validation_compares_on_the_regions_each_edition_covers(index, audit):
    from neoindex_core.datapackage import outside_ratings
    from neoindex_core.engine import correlate

    ria = outside_ratings.ranks("ria_st", 2025)
    row = audit.validation.query("code == 'ria_st' and edition == 2025 and scope == 'all regions'").iloc[0]
    assert row["regions"] == len(ria) >= study.MIN_COMMON
    ours = index.scores["rank"].reindex(ria.index).astype(float)
    assert row["Spearman, this index"] == pytest.approx(ours.rank().corr(ria.astype(float).rank()))
    assert row["Kendall, this index"] == pytest.approx(correlate.kendall_tau_b(ours, ria.astype(float)))
    assert (audit.validation["regions"] >= 5).all()


def test_disagreements_re_rank_among_the_common_regions(index, audit):
    from neoindex_core.datapackage import outside_ratings

    ria = outside_ratings.ranks(*study.VALIDATION_EDITION)
    table = audit.disagreements
    assert len(table) == 10
    assert (table["gap"] == table["our rank"] - table["their rank"]).all()
    assert table["gap"].abs().is_monotonic_decreasing
    first = table.iloc[0]
    ours = index.scores.loc[ria.index, "index"].rank(ascending=False, method="min")
    assert first["our rank"] == ours[first["region"]]
    assert first["their rank"] == ria.astype(float).rank(method="min")[first["region"]]
    assert first["why"].count("rank") == 2


def test_the_compared_ranks_are_the_ones_the_validation_uses(audit):
    ranks = audit.compared_ranks
    sizes = ranks.groupby(["rating", "edition"]).size()
    overall = audit.validation[audit.validation["scope"] == "all regions"]
    assert sorted(sizes.to_numpy()) == sorted(overall["regions"].to_numpy())
    assert ranks["source"].str.startswith("https://").all()
