"""The browser libraries the site serves are the ones Altair writes specs for."""

from __future__ import annotations

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
