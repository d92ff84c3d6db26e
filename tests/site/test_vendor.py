"""The browser libraries the site serves are the ones Altair writes specs for."""

from __future__ import annotations

import re

import altair as alt
import pytest
from conftest import SITE_DIR

from sitebuild import vendor


def major(version: str) -> str:
    return version.lstrip("v").split(".")[0]


def test_package_json_pins_exact_versions():
    for package, version in vendor.pinned_versions().items():
        assert version[0].isdigit() and version.count(".") == 2, (
            f"{package} is pinned to a range, not an exact version: {version}"
        )


def test_installed_versions_are_the_pinned_ones():
    for package, version in vendor.pinned_versions().items():
        assert vendor.installed_version(package) == version, f"node_modules holds another {package}: run make vendor"


def test_versions_match_what_altair_expects():
    # Altair states Vega-Lite exactly and Vega and vega-embed by major version.
    assert vendor.installed_version("vega-lite") == alt.VEGALITE_VERSION.lstrip("v")
    assert major(vendor.installed_version("vega")) == major(alt.VEGA_VERSION)
    assert major(vendor.installed_version("vega-embed")) == major(alt.VEGAEMBED_VERSION)
    assert alt.SCHEMA_VERSION.lstrip("v") == alt.VEGALITE_VERSION.lstrip("v")


def test_built_site_serves_the_installed_vega_lite():
    built = SITE_DIR / "assets" / "vendor" / "vega-lite" / "vega-lite.min.js"
    if not built.is_file():
        pytest.fail("site/ is not built: run make site")
    assert f'"{alt.VEGALITE_VERSION}"' in built.read_text(encoding="utf-8")[:2000]


def test_every_vendored_file_exists():
    files = vendor.asset_files()
    assert "vega/vega.min.js" in files and any(name.startswith("katex/fonts/") for name in files)


def test_vendored_builds_report_the_pinned_versions():
    """What vega.version (and Vega-Lite's and vega-embed's) say in the browser is what package.json pins."""
    pinned = vendor.pinned_versions()
    for package in ("vega", "vega-lite", "vega-embed"):
        assert vendor.bundle_version(package) == pinned[package], f"{package}'s build reports another version"
    assert vendor.bundle_mismatches() == []


def test_a_build_reporting_another_version_is_caught(tmp_path):
    """vega 6.3.0's builds said 5.33.1: the check names the package and both versions."""
    build = tmp_path / "vega" / "build"
    build.mkdir(parents=True)
    (build / "vega.min.js").write_text('!function(){var version="5.33.1";}()', encoding="utf-8")
    for package in ("vega-lite", "vega-embed"):
        source = vendor.NODE_MODULES / vendor.BUNDLE_VERSION[package][0]
        copy = tmp_path / vendor.BUNDLE_VERSION[package][0]
        copy.parent.mkdir(parents=True)
        copy.write_bytes(source.read_bytes())
    assert vendor.bundle_mismatches(tmp_path) == [
        f"vega: package.json pins {vendor.pinned_versions()['vega']}, its build reports 5.33.1"
    ]


def test_pages_load_no_library_up_front():
    """Vega and KaTeX are loaded by site.js where a page uses them, not listed for every page."""
    for page in [SITE_DIR / "index.html", SITE_DIR / "chapters" / "study004_volga" / "index.html"]:
        text = page.read_text(encoding="utf-8")
        assert "vendor/vega" not in text and "katex.min" not in text, page
        scripts = re.findall(r'<script src="[./]*(javascripts/[^"]+)"', text)
        assert scripts == ["javascripts/site.js"], f"{page} lists {scripts}"  # the rest is fetched on use
    chapter = (SITE_DIR / "chapters" / "study004_volga" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../assets/jupyter.css"' in chapter
    assert "jupyter.css" not in (SITE_DIR / "index.html").read_text(encoding="utf-8")
