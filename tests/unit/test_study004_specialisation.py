"""Study 004's clusters against location quotients: every value checked by hand from the CSV files."""

from __future__ import annotations

import csv
import math

import pandas as pd
import pytest
from conftest import VOLGA

from neoindex_core import datapackage
from neoindex_core.datapackage import PACKAGE_DIR
from neoindex_core.publish import chapter_charts
from neoindex_core.studies import study004_volga as study

GROUPS = [
    "manuf_c10_12",
    "manuf_c13_15",
    "manuf_c16_17",
    "manuf_c18",
    "manuf_c19_22",
    "manuf_c20_21",
    "manuf_c23",
    "manuf_c24_25",
    "manuf_c26_27",
    "manuf_c28",
    "manuf_c29_30",
    "manuf_c31_32",
    "manuf_c33",
]


def _read(name: str) -> dict:
    """(region, code, year) -> (value or None, status), read with the csv module (no pandas, no package code)."""
    out = {}
    with open(PACKAGE_DIR / f"{name}.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            value = float(row["value"]) if row["value"] else None
            out[(row["region"], row["indicator_code"], int(row["year"]))] = (value, row["status"])
    return out


@pytest.fixture(scope="module")
def cells() -> dict:
    return _read("rosstat_regional")


@pytest.fixture(scope="module")
def russia() -> dict:
    return {k: v for k, v in _read("rosstat_aggregates").items() if k[0] == "Russian Federation"}


@pytest.fixture(scope="module")
def aggregates():
    return datapackage.load("rosstat_aggregates")


@pytest.fixture(scope="module")
def lq(aggregates):
    volga = study.panel("Volga")
    return pd.concat([study.location_quotients(volga, aggregates, y) for y in (2022, 2024)], ignore_index=True)


def _by_hand(cells, russia, region, code, year):
    x = cells[(region, code, year)][0]
    total = cells[(region, "manuf_okved2", year)][0]
    return (x / total) / (
        russia[("Russian Federation", code, year)][0] / russia[("Russian Federation", "manuf_okved2", year)][0]
    )


def _lq(lq, region, code, year):
    return float(lq.set_index(["region", "division", "year"]).loc[(region, code, year), "lq"])


def test_the_groups_are_the_catalogue_s_thirteen():
    assert list(study.DIVISION_CODES) == GROUPS
    assert study.CLUSTER_DIVISIONS == {
        "automotive": ("manuf_c29_30",),
        "aircraft": ("manuf_c29_30",),
        "petrochemicals": ("manuf_c19_22", "manuf_c20_21"),
        "agro-industry": ("manuf_c10_12",),
    }


def test_tatarstan_and_samara_transport_equipment_by_hand(lq, cells, russia):
    # Samara 2024: 771,958 of 2,095,617 million RUB against Russia's 7,436,233 of 87,323,581 -> 4.33.
    samara = _by_hand(cells, russia, "Samara Oblast", "manuf_c29_30", 2024)
    tatarstan = _by_hand(cells, russia, "Tatarstan", "manuf_c29_30", 2024)
    assert _lq(lq, "Samara Oblast", "manuf_c29_30", 2024) == pytest.approx(samara, rel=1e-12)
    assert _lq(lq, "Tatarstan", "manuf_c29_30", 2024) == pytest.approx(tatarstan, rel=1e-12)
    assert (round(samara, 2), round(tatarstan, 2)) == (4.33, 2.08)
    assert round(_by_hand(cells, russia, "Tatarstan", "manuf_c29_30", 2022), 2) == 2.13


def test_every_volga_quotient_by_hand(lq, cells, russia):
    assert len(lq) == 14 * 13 * 2
    for row in lq.itertuples():
        assert row.lq == pytest.approx(_by_hand(cells, russia, row.region, row.division, row.year), rel=1e-12)
    assert set(lq["region"]) == set(VOLGA)


@pytest.mark.parametrize("year", [2022, 2024])
def test_russia_has_a_quotient_of_one_in_every_group(aggregates, year):
    own = aggregates[aggregates["region"].astype(str) == "Russian Federation"]
    out = study.location_quotients(own, aggregates, year)
    assert out["division"].tolist() == GROUPS
    assert out["lq"].tolist() == pytest.approx([1.0] * 13, rel=1e-12)


def test_the_denominator_is_the_published_total_and_volga_withholds_nothing(lq, cells):
    # The 14 regions publish all 13 groups in both years; the groups add up to manuf_okved2 within 0.001 %.
    assert (lq["withheld"] == 0).all() and lq["status"].eq("preliminary").all()
    assert (lq["coverage"] - 1).abs().max() < 1e-5
    row = lq[(lq["region"] == "Penza Oblast") & (lq["division"] == "manuf_c10_12") & (lq["year"] == 2024)].iloc[0]
    assert row["total"] == cells[("Penza Oblast", "manuf_okved2", 2024)][0]
    assert row["share"] == pytest.approx(cells[("Penza Oblast", "manuf_c10_12", 2024)][0] / row["total"])


@pytest.mark.parametrize("year", [2022, 2024])
def test_confidential_cells_are_never_read_as_zero(aggregates, cells, year):
    out = study.location_quotients(study.panel(), aggregates, year).set_index(["region", "division"])
    withheld = [(r, c) for (r, c, y), (v, s) in cells.items() if y == year and c in GROUPS and s == "confidential"]
    assert len(withheld) > 20  # Nenets AO, Chukotka, Tuva, ... withhold groups in both years
    for key in withheld:
        if key not in out.index:  # a unit outside the 85 ranked (an "incl. okrugs" row)
            continue
        assert math.isnan(out.loc[key, "value"]) and math.isnan(out.loc[key, "lq"])
        assert out.loc[key, "status"] == "confidential"
    # Shares stay shares of the whole of manufacturing: Nenets AO's published groups fall short of its total.
    nenets = out.loc["Nenets AO"]
    assert nenets["withheld"].iloc[0] == sum(1 for r, c in withheld if r == "Nenets AO")
    published = sum(cells[("Nenets AO", c, year)][0] or 0 for c in GROUPS)
    assert nenets["coverage"].iloc[0] == pytest.approx(published / cells[("Nenets AO", "manuf_okved2", year)][0])
    assert (nenets["total"] == cells[("Nenets AO", "manuf_okved2", year)][0]).all()


def test_withheld_and_dash_on_a_small_table():
    def rows(region, cells):
        return [
            {"region": region, "indicator_code": c, "year": 2024, "value": v, "status": s}
            for c, (v, s) in cells.items()
        ]

    reference = rows(
        "Russian Federation",
        {"manuf_okved2": (1000.0, "published"), "a": (100.0, "published"), "b": (200.0, "published")},
    )
    region = rows(
        "R",
        {"manuf_okved2": (100.0, "published"), "a": (30.0, "published"), "b": (float("nan"), "confidential")},
    )
    dash = rows("D", {"manuf_okved2": (50.0, "published"), "a": (0.0, "absent"), "b": (50.0, "published")})
    out = study.location_quotients(
        pd.DataFrame(region + dash), pd.DataFrame(reference), 2024, divisions=("a", "b")
    ).set_index(["region", "division"])
    # R: a is 30 % of the published total 100 (not 100 % of the 30 published), against Russia's 10 % -> 3.
    assert out.loc[("R", "a"), "lq"] == pytest.approx(3.0)
    assert math.isnan(out.loc[("R", "b"), "lq"]) and out.loc[("R", "b"), "status"] == "confidential"
    assert out.loc[("R", "a"), "withheld"] == 1 and out.loc[("R", "a"), "coverage"] == pytest.approx(0.3)
    # A dash is a true zero.
    assert out.loc[("D", "a"), "lq"] == 0.0 and out.loc[("D", "b"), "lq"] == pytest.approx(5.0)
    with pytest.raises(ValueError, match="Russian Federation has no value of c in 2024"):
        study.location_quotients(pd.DataFrame(region), pd.DataFrame(reference), 2024, divisions=("a", "c"))


def test_cluster_specialisation_keeps_withheld_cells_unknown():
    lq = pd.DataFrame(
        {
            "region": ["A", "B", "C", "A"],
            "division": ["manuf_c29_30", "manuf_c29_30", "manuf_c29_30", "manuf_c10_12"],
            "year": [2024] * 4,
            "lq": [1.5, float("nan"), 0.7, 1.0],
            "status": ["preliminary", "confidential", "preliminary", "preliminary"],
        }
    )
    clusters = pd.DataFrame({"cluster": ["automotive", "agro-industry"], "region": ["A", "A"]})
    out = study.cluster_specialisation(lq, clusters, {"automotive": ["C"]})
    auto = out[out["cluster"] == "automotive"].set_index("region")
    assert auto["role"].to_dict() == {"A": "anchor", "B": "other", "C": "supplier candidate"}
    assert auto.loc["A", "specialised"] == True and auto.loc["C", "specialised"] == False  # noqa: E712
    assert pd.isna(auto.loc["B", "specialised"])  # withheld: unknown, not "not specialised"
    # LQ = 1 exactly is Russia's structure, not a specialisation.
    assert out[out["cluster"] == "agro-industry"]["specialised"].tolist() == [False]


@pytest.mark.parametrize(
    ("specialised", "anchors", "fit", "expected"),
    [
        (4, 4, "exact", "confirmed"),
        (4, 4, "separable", "consistent"),
        (2, 3, "separable", "consistent"),
        (2, 4, "separable", "contradicted"),
        (0, 3, "exact", "contradicted"),
        (3, 4, "inseparable", "not testable"),
        (0, 0, "separable", "not testable"),
    ],
)
def test_verdict_rule(specialised, anchors, fit, expected):
    assert study.specialisation_verdict(specialised, anchors, fit) == expected


def test_the_chapter_s_findings_by_hand(lq, aggregates, cells, russia):
    clusters = datapackage.load("vfd_clusters")
    district = aggregates[aggregates["region"].astype(str) == "Volga Federal District"]
    district_lq = pd.concat([study.location_quotients(district, aggregates, y) for y in (2022, 2024)])
    verdicts = study.cluster_verdicts(study.cluster_specialisation(lq, clusters), district_lq)
    verdicts = verdicts.set_index(["cluster", "year"])
    expected = {
        ("automotive", 2024): ("consistent", "4 of 4"),
        ("automotive", 2022): ("consistent", "3 of 4"),
        ("aircraft", 2024): ("not testable", "3 of 4"),
        ("aircraft", 2022): ("not testable", "3 of 4"),
        ("petrochemicals", 2024): ("consistent", "3 of 3"),
        ("petrochemicals", 2022): ("consistent", "3 of 3"),
        ("agro-industry", 2024): ("consistent", "2 of 3"),
        ("agro-industry", 2022): ("consistent", "2 of 3"),
    }
    for key, (word, count) in expected.items():
        assert (verdicts.loc[key, "verdict"], verdicts.loc[key, "specialised anchors"]) == (word, count)
    assert verdicts.loc[("automotive", 2024), "district"] == "C29-30 2.01"
    # The values the chapter's text quotes, each computed here from the CSV files alone.
    quoted = {
        ("Samara Oblast", "manuf_c29_30", 2024): 4.33,
        ("Nizhny Novgorod Oblast", "manuf_c29_30", 2024): 2.73,
        ("Udmurtia", "manuf_c29_30", 2024): 2.19,
        ("Udmurtia", "manuf_c29_30", 2022): 0.56,
        ("Ulyanovsk Oblast", "manuf_c29_30", 2024): 3.43,
        ("Saratov Oblast", "manuf_c29_30", 2024): 1.06,
        ("Perm Krai", "manuf_c29_30", 2024): 0.53,
        ("Perm Krai", "manuf_c29_30", 2022): 0.51,
        ("Tatarstan", "manuf_c19_22", 2024): 1.67,
        ("Tatarstan", "manuf_c20_21", 2024): 1.45,
        ("Bashkortostan", "manuf_c19_22", 2024): 1.88,
        ("Bashkortostan", "manuf_c20_21", 2024): 1.89,
        ("Samara Oblast", "manuf_c20_21", 2024): 1.50,
        ("Samara Oblast", "manuf_c19_22", 2024): 0.40,
        ("Perm Krai", "manuf_c20_21", 2024): 3.48,
        ("Kirov Oblast", "manuf_c20_21", 2024): 2.19,
        ("Saratov Oblast", "manuf_c20_21", 2024): 2.17,
        ("Orenburg Oblast", "manuf_c19_22", 2024): 1.24,
        ("Penza Oblast", "manuf_c10_12", 2024): 2.37,
        ("Saratov Oblast", "manuf_c10_12", 2024): 1.58,
        ("Tatarstan", "manuf_c10_12", 2024): 0.57,
        ("Tatarstan", "manuf_c10_12", 2022): 0.59,
        ("Mordovia", "manuf_c10_12", 2024): 2.36,
        ("Mari El", "manuf_c10_12", 2024): 1.65,
        ("Udmurtia", "manuf_c10_12", 2022): 1.11,
    }
    for (region, code, year), value in quoted.items():
        assert round(_by_hand(cells, russia, region, code, year), 2) == value, (region, code, year)
    # Chuvashia's chemicals quotient in 2024 rounds to 1.00 but lies below 1: not counted as specialised.
    chuvashia = _by_hand(cells, russia, "Chuvashia", "manuf_c20_21", 2024)
    assert round(chuvashia, 2) == 1.0 and chuvashia < 1
    # Tatarstan: petroleum products, rubber, plastics and chemicals are 48 % of its manufacturing in 2024.
    heavy = sum(cells[("Tatarstan", c, 2024)][0] for c in ("manuf_c19_22", "manuf_c20_21"))
    assert round(heavy / cells[("Tatarstan", "manuf_okved2", 2024)][0], 2) == 0.48


def test_division_short_names():
    assert study.division_short("manuf_c29_30") == "C29-30"
    assert study.division_short("manuf_c19_22") == "C19+C22"
    assert study.division_short("manuf_c18") == "C18"


def test_text_colour_follows_luminance():
    assert chapter_charts.relative_luminance("#ffffff") == pytest.approx(1.0)
    assert chapter_charts.relative_luminance("#000000") == 0.0
    assert chapter_charts.text_colour("#01665e") == "#ffffff" and chapter_charts.text_colour("#f6e8c3") == "#000000"
    with pytest.raises(ValueError, match="not a #rrggbb colour"):
        chapter_charts.relative_luminance("teal")

    def contrast(a, b):
        la, lb = sorted((chapter_charts.relative_luminance(a), chapter_charts.relative_luminance(b)), reverse=True)
        return (la + 0.05) / (lb + 0.05)

    # Every class of the chapter's palette gets a label at WCAG AA contrast (4.5:1) or better.
    for fill in study.LQ_COLOURS:
        assert contrast(fill, chapter_charts.text_colour(fill)) >= 4.5, fill


def test_binned_heatmap_colours_labels_by_their_cell():
    frame = pd.DataFrame(
        {
            "region": ["A", "B", "C"],
            "group": ["g", "g", "g"],
            "lq": [0.3, 2.5, float("nan")],
            "text": ["0.30", "2.50", "…"],
            "year": [2024, 2024, 2024],
        }
    )
    figure = chapter_charts.binned_heatmap(
        frame,
        x="group",
        y="region",
        value="lq",
        text="text",
        edges=list(study.LQ_EDGES),
        colours=list(study.LQ_COLOURS),
        legend_title="Location quotient",
        tooltip=["region:N", "lq:Q"],
        title="t",
        source="s",
        filename="f",
        facet="year",
    )
    values = {row["region"]: row for row in next(iter(figure.spec["datasets"].values()))}
    assert (values["A"]["lq_class"], values["A"]["ink"]) == ("≤ 0.50", "#ffffff")
    assert (values["B"]["lq_class"], values["B"]["ink"]) == ("> 2.00", "#ffffff")
    assert values["C"]["lq_class"] is None and values["C"]["ink"] is None
    layers = figure.spec["spec"]["layer"]
    assert layers[1]["encoding"]["color"] == {"field": "ink", "type": "nominal", "scale": None}
    assert "color" not in layers[2]["encoding"]  # an empty cell's label keeps the page's text colour
    with pytest.raises(ValueError, match="5 edges make 6 classes, but 2 colours"):
        chapter_charts.binned_heatmap(
            frame, x="group", y="region", value="lq", text="text", edges=list(study.LQ_EDGES), colours=["#000000"] * 2,
            legend_title="", tooltip=[], title="t", source="s", filename="f",
        )  # fmt: skip
