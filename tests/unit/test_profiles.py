"""Region profiles: numbers agree with the engine, the stated rules hold, the files are what they claim."""

from __future__ import annotations

import dataclasses
import re

import pandas as pd
import pytest

from neoindex_core.engine import spec as spec_io
from neoindex_core.engine.index import Indicator, Method, compute
from neoindex_core.engine.spec import Spec
from neoindex_core.engine.uncertainty import Options
from neoindex_core.publish import profiles
from neoindex_core.studies import study004_volga as regional

YEAR, BASE = 2022, 2017
RUNS = 200


@pytest.fixture(scope="module")
def vfd():
    long = regional.derive(regional.panel("Volga"))
    long = long[long["year"] <= YEAR]
    return long, regional.spec_for()


@pytest.fixture(scope="module")
def built(vfd):
    long, sp = vfd
    return profiles.build_profiles(
        long,
        sp,
        year=YEAR,
        base_year=BASE,
        options=Options(runs=RUNS, seed=0),
        clusters={"Tatarstan": ["Kama automotive cluster"]},
        groups=regional.GROUPS,
        priorities=regional.PRIORITIES,
    )


def _table(long, sp, year):
    table = spec_io.table_for_year(long, sp, year)
    table.index = table.index.astype(str)
    return table


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", pdf))


def pdf_text(pdf: bytes) -> tuple[str, list[tuple[float, float, float, float]], tuple[float, float]]:
    """The first page's text, each character's box (left, bottom, right, top) in points, and the page size."""
    import pypdfium2 as pdfium

    page = pdfium.PdfDocument(pdf)[0]
    text = page.get_textpage()
    boxes = [text.get_charbox(i) for i in range(text.count_chars())]
    return text.get_text_range(), boxes, page.get_size()


def test_ranks_and_indices_equal_the_engine(vfd, built):
    long, sp = vfd
    scores = compute(_table(long, sp, YEAR), sp.indicators, sp.method).scores
    assert sorted(built) == sorted(scores.index)
    for region, prof in built.items():
        assert prof.rank == scores.loc[region, "rank"]
        assert prof.index == pytest.approx(scores.loc[region, "index"])
        assert prof.level == scores.loc[region, "level"]
        assert prof.n_regions == len(scores) == 14
        assert (prof.year, prof.base_year) == (YEAR, BASE)
        assert prof.rank_p05 <= prof.median_rank <= prof.rank_p95
        assert list(prof.block_scores.index) == ["industrial", "human resources", "investment", "innovation"]
        assert prof.block_scores.mean() == pytest.approx(prof.index)  # equal block weights
        assert prof.matrix_group in {"Leaders", "Catch-up Development Regions", "Stable Regions", "Problem Regions"}
    assert built["Tatarstan"].clusters == ["Kama automotive cluster"]
    assert built["Mari El"].clusters == []


def test_strengths_and_weaknesses_rule_by_hand(vfd, built):
    long, sp = vfd
    table = _table(long, sp, YEAR)
    median = table["unemployment_rate"].median()
    # A region with unemployment well below the median: ratio < 0.90, but direction -1 makes it a strength.
    region = (table["unemployment_rate"] / median).idxmin()
    value = table.loc[region, "unemployment_rate"]
    assert value / median < 0.90
    row = built[region].strengths_weaknesses.set_index("indicator").loc["unemployment_rate"]
    assert row["direction"] == -1
    assert row["value"] == pytest.approx(value)
    assert row["district_median"] == pytest.approx(median)
    assert row["relative"] == pytest.approx(value / median)
    assert row["adjusted"] == pytest.approx(median / value)
    assert row["assessment"] == "strength"
    # And the worst region on the same indicator is a weakness.
    worst = (table["unemployment_rate"] / median).idxmax()
    assert table.loc[worst, "unemployment_rate"] / median > 1 / 0.90
    assert built[worst].strengths_weaknesses.set_index("indicator").loc["unemployment_rate", "assessment"] == "weakness"
    # Direction +1 is not inverted.
    grp = built[region].strengths_weaknesses.set_index("indicator").loc["manuf_per_resident"]
    ratio = table.loc[region, "manuf_per_resident"] / table["manuf_per_resident"].median()
    assert grp["relative"] == pytest.approx(ratio) and grp["adjusted"] == pytest.approx(ratio)
    expected = "strength" if ratio > 1.10 else "weakness" if ratio < 0.90 else "near median"
    assert grp["assessment"] == expected


def test_assess_thresholds():
    assert profiles.assess(1.2, 1.0, 1)[2] == "strength"
    assert profiles.assess(1.2, 1.0, -1)[2] == "weakness"
    assert profiles.assess(0.8, 1.0, -1)[2] == "strength"
    assert profiles.assess(1.05, 1.0, 1)[2] == "near median"
    assert profiles.assess(1.10, 1.0, 1)[2] == "near median"  # strictly above 1.10
    assert profiles.assess(-1.0, 2.0, 1)[2] == "not assessed"


@pytest.mark.parametrize(
    ("value", "median", "direction", "verdict"),
    [
        # The stated rule (study 004's convention as the module states it): adjusted ratio above 1.10 is a
        # strength, below 0.90 a weakness. The thresholds are pinned from both sides, to 1e-4.
        (1.1001, 1.0, 1, "strength"),
        (1.10, 1.0, 1, "near median"),
        (1.0999, 1.0, 1, "near median"),
        (0.9001, 1.0, 1, "near median"),
        (0.90, 1.0, 1, "near median"),
        (0.8999, 1.0, 1, "weakness"),
        # Direction -1 inverts the ratio: 1 / (1 / 1.1001) = 1.1001.
        (1.0, 1.1001, -1, "strength"),
        (1.0, 0.8999, -1, "weakness"),
    ],
)
def test_assess_thresholds_are_1_10_and_0_90(value, median, direction, verdict):
    assert profiles.assess(value, median, direction)[2] == verdict


def test_trend_covers_exactly_the_complete_years(vfd, built):
    long, sp = vfd
    n = long["region"].nunique() * len(sp.indicators)
    counts = long.dropna(subset=["value"]).groupby("year").size()
    complete = sorted(int(y) for y, c in counts.items() if c == n)
    assert complete == list(range(2017, YEAR + 1))  # OKVED-2 manufacturing and Oslo-4 innovation start in 2017
    for prof in built.values():
        assert list(prof.trend["year"]) == complete
        assert prof.trend["index"].iloc[-1] == pytest.approx(prof.index)
        assert prof.trend["rank"].iloc[-1] == prof.rank
    scores_2019 = compute(_table(long, sp, 2019), sp.indicators, sp.method).scores
    trend = built["Samara Oblast"].trend.set_index("year")
    assert trend.loc[2019, "index"] == pytest.approx(scores_2019.loc["Samara Oblast", "index"])


def test_markdown_page(built):
    prof = built["Nizhny Novgorod Oblast"]
    text = profiles.profile_markdown(prof, "nizhny-novgorod-oblast.pdf")
    assert text.startswith("# Nizhny Novgorod Oblast\n")
    assert "[One-page PDF](nizhny-novgorod-oblast.pdf)" in text
    assert "http" not in text
    assert not re.search(r"<[a-zA-Z/]", text)  # no HTML
    assert "2023" in text and "Rosstat" in text
    assert f"| Index | {prof.index:.3f} |" in text
    assert f"| Rank | {prof.rank} of 14 |" in text
    assert f"| {YEAR} | {prof.index:.3f} | {prof.rank} |" in text  # trend table
    for block, score in prof.block_scores.items():
        assert f"| {block} | {score:.3f} |" in text
    assert "Clusters: none given." in text
    assert "Clusters: Kama automotive cluster." in profiles.profile_markdown(built["Tatarstan"], "t.pdf")


def test_pdf_is_one_deterministic_page(built, tmp_path):
    prof = built["Tatarstan"]
    one = profiles.write_pdf(prof, tmp_path / "one.pdf").read_bytes()
    two = profiles.write_pdf(prof, tmp_path / "two.pdf").read_bytes()
    assert one.startswith(b"%PDF")
    assert page_count(one) == 1
    assert one == two
    assert b"CreationDate" not in one and b"ModDate" not in one
    assert b"not a result of the studies" in one  # the metadata repeats the footer
    other = profiles.write_pdf(built["Mari El"], tmp_path / "other.pdf").read_bytes()
    assert other != one and page_count(other) == 1


def test_pdf_text_is_readable_and_on_the_page(built):
    prof = built["Tatarstan"]
    text, boxes, (width, height) = pdf_text(profiles.pdf_bytes(prof))
    for shown in [prof.region, f"{prof.index:.3f}", "Block scores", "Index by year", "not a result of the studies"]:
        assert shown in text
    for label in prof.strengths_weaknesses["label"]:
        assert label[:40] in text
    # every letter inside the page with a margin (the source line once ran off its right edge)
    assert all(
        10 <= left and right <= width - 10 and 10 <= bottom and top <= height - 10 for left, bottom, right, top in boxes
    )


def test_slug():
    assert profiles.slug("Nizhny Novgorod Oblast") == "nizhny-novgorod-oblast"
    assert profiles.slug("Мари Эл") == "mari-el"
    for name in ["Tatarstan", "Республика Татарстан", "  São Paulo (SP) ", "***"]:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", profiles.slug(name)), name


def toy(years=(2020, 2021)):
    indicators = [
        Indicator("x", "A", unit="u", label="X level"),
        Indicator("y", "A", direction=-1, label="Y cost"),
        Indicator("z", "B", label="Z output"),
    ]
    rows = []
    values = {"North": (10, 5, 3), "South": (6, 8, 2), "East": (8, 6, 5), "West | Coast": (4, 4, 1)}
    # Callers pass up to four years; each takes the growth factor at its position.
    for year, factor in zip(years, [1.0, 1.1, 1.25, 1.3], strict=False):
        for k, (region, vals) in enumerate(values.items()):
            for ind, v in zip(indicators, vals, strict=True):
                rows.append({"region": region, "indicator": ind.code, "year": year, "value": v * (factor + 0.05 * k)})
    return pd.DataFrame(rows), Spec("Toy", indicators, Method(), {})


def test_report_on_user_data(tmp_path):
    long, sp = toy()
    md, pdf = profiles.report(long, sp, "West | Coast", tmp_path / "out", options=Options(runs=RUNS))
    assert (md.name, pdf.name) == ("west-coast.md", "west-coast.pdf")
    text = md.read_text(encoding="utf-8")
    assert text.startswith("# West \\| Coast\n")  # the pipe is escaped, so tables stay intact
    assert "[One-page PDF](west-coast.pdf)" in text and "http" not in text
    assert "dynamics 2020–2021" in text  # base year: 2016 is absent, so the earliest year
    assert "of 4 |" in text
    body = pdf.read_bytes()
    assert body.startswith(b"%PDF") and page_count(body) == 1


@pytest.mark.parametrize("years, base", [((2012, 2014, 2019), 2014), ((2016, 2018, 2019), 2016)])
def test_report_default_base_year(tmp_path, years, base):
    """Five years before the profile year when the data have it, else the earliest year."""
    long, sp = toy(years)
    md, _ = profiles.report(long, sp, "North", tmp_path, options=Options(runs=RUNS))
    text = md.read_text(encoding="utf-8")
    assert f"dynamics {base}–2019" in text
    assert "Region profile for 2019" in text


def test_report_unknown_region_names_the_known_ones(tmp_path):
    long, sp = toy()
    with pytest.raises(ValueError, match=r"unknown region 'Atlantis'.*East, North, South, West \| Coast"):
        profiles.report(long, sp, "Atlantis", tmp_path, options=Options(runs=RUNS))
    assert not any(tmp_path.iterdir())


def test_a_given_matrix_trend_years_and_names_reach_the_profile(vfd):
    """The chapter's real-dynamics matrix, the trend years and the Russian names replace the defaults."""
    long, sp = vfd
    raw = regional.panel("Volga")
    level = compute(_table(long, sp, YEAR), sp.indicators, sp.method).scores["index"]
    matrix = regional.potential_dynamics(level, regional.real_growth(raw, BASE, YEAR))
    built = profiles.build_profiles(
        long,
        sp,
        year=YEAR,
        base_year=BASE,
        options=Options(runs=RUNS, seed=0),
        matrix=matrix,
        dynamics_label="real growth",
        trend_years=[2020, 2022],
        names_ru={"Tatarstan": "Республика Татарстан"},
        districts={"Tatarstan": "Volga"},
    )
    for region, prof in built.items():
        assert prof.matrix_group == matrix.loc[region, "group"]
        assert list(prof.trend["year"]) == [2020, 2022]
    text = profiles.profile_markdown(built["Tatarstan"], "tatarstan.pdf")
    assert "Russian name: Республика Татарстан · Volga" in text
    assert f"dynamics {BASE}–{YEAR}: real growth" in text
    assert "Russian name" not in profiles.profile_markdown(built["Mari El"], "mari-el.pdf")


def test_district_profile_page_and_pdf(built):
    from neoindex_core.publish.profile_district import district_markdown, district_pdf_bytes, district_profile

    built = {region: dataclasses.replace(prof, district="Volga") for region, prof in built.items()}
    aggregates = pd.DataFrame([{"label": "Unemployment rate", "unit": "percent", "district": 3.3, "russia": 3.9}])
    district = district_profile("Volga", built, aggregates, name="Volga Federal District", name_ru="Приволжский")
    assert list(district.regions["rank"]) == sorted(p.rank for p in built.values())
    assert list(district.regions["rank_in_district"]) == list(range(1, 15))
    text = district_markdown(district, "volga.pdf", lambda r: f"{profiles.slug(r)}.md")
    assert text.startswith("# Volga Federal District\n") and "Russian name: Приволжский" in text
    assert "[Tatarstan](tatarstan.md)" in text and "| Unemployment rate | percent | 3.30 | 3.90 |" in text
    pdf = district_pdf_bytes(district)
    assert pdf.startswith(b"%PDF") and page_count(pdf) == 1 and pdf == district_pdf_bytes(district)
    with pytest.raises(ValueError, match="no region profile belongs to the district 'Ural'"):
        district_profile("Ural", built, aggregates, name="Ural Federal District")
