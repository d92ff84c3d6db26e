"""Pages of the site built from injected data: shared by tests/unit/test_escaping.py and the browser check.

Markup is injected into every text field of a copy of the data package, into
the glossary's fields, into the region and district names the region pages
show, and into ``references.bib``; :func:`build` returns the rendered HTML of
each affected page (data catalogue, glossary, glossary tooltip, all-regions
page, region profile, district profile, references page, a chapter's study
line and "Cite this page" block), rendered in-process through the Markdown
extensions and settings of mkdocs.yml. :func:`mkdocs_site` builds those pages
with MkDocs and the site's theme, their navigation titles taken from injected
names, so that the templates' own output (navigation, ``<title>``, header) is
checked too (GitHub issues #15 and #31).
"""

from __future__ import annotations

import html
import json
import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import markdown
import pandas as pd
import yaml

from neoindex_core import datapackage as data
from neoindex_core.datapackage import PACKAGE_DIR, glossary
from neoindex_core.datapackage.markup import md_text
from neoindex_core.engine.uncertainty import Options
from neoindex_core.publish import profiles
from neoindex_core.publish.profile_district import district_markdown, district_profile
from neoindex_core.studies import study004_volga
from sitebuild import PROJECT_ROOT, catalogue, references, regions
from sitebuild.render import citation

# Each payload would run script, add an element or an attribute, or open a link if it reached the HTML as markup.
PAYLOADS = (
    '<script>alert("nx-xss")</script>',
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1)) <javascript:alert(2)>",
    '{: onclick="alert(3)" } `code` *em* | $x$ \\(y\\) <!-- c -->',
    "<svg onload=alert(7)>",
    '</title><img src=x onerror=alert(8)> "><b>',
)
SCRIPT_ADDRESS = "javascript:alert(4)"
PAYLOAD = " ".join(PAYLOADS)


def renderer():
    """Markdown -> HTML with the extensions and settings the site uses (mkdocs.yml)."""
    from mkdocs.config import load_config

    config = load_config(str(PROJECT_ROOT / "mkdocs.yml"))

    def convert(text: str) -> str:
        return markdown.Markdown(
            extensions=config["markdown_extensions"], extension_configs=config["mdx_configs"]
        ).convert(text)

    return convert


def _inject(node, key: str = ""):
    """The descriptor with PAYLOAD appended to every string but the resources' file paths."""
    if isinstance(node, dict):
        return {k: _inject(v, k) for k, v in node.items()}
    if isinstance(node, list):
        return [_inject(v, key) for v in node]
    if isinstance(node, str) and key != "path":
        return node + " " + PAYLOAD
    return node


def injected_package(folder: Path) -> Path:
    """A copy of the data package in ``folder`` whose every text field (titles, descriptions, processing
    notes, sources, licences, field names, titles, units, enums, patterns) carries the payload, and whose
    sources' addresses are script addresses."""
    descriptor = json.loads((PACKAGE_DIR / "datapackage.json").read_text(encoding="utf-8"))
    for res in descriptor["resources"]:
        shutil.copy(PACKAGE_DIR / res["path"], folder / res["path"])
    injected = _inject(descriptor)
    for res in injected["resources"]:
        for source in res["sources"]:
            source["path"] = SCRIPT_ADDRESS
        for licence in res["licenses"]:
            licence["path"] = SCRIPT_ADDRESS
    (folder / "datapackage.json").write_text(json.dumps(injected), encoding="utf-8")
    return folder


def build(folder: Path) -> dict[str, str]:
    """Rendered HTML of each affected page, built from injected data (the package copy goes in ``folder``)."""
    render = renderer()
    made = catalogue_and_glossary(folder)
    out = {"catalogue": render(made["data/catalogue.md"]), "glossary": render(made["glossary.md"])}
    entry = glossary.load()[1]
    tooltip = {**entry, "short": PAYLOAD, "anchor": '"><script>alert(6)</script>'}
    out["glossary tooltip"] = glossary.mark_terms(
        f"<p>{html.escape(tooltip['term'])} in a chapter.</p>", [tooltip], "../glossary/"
    )
    out.update(region_pages(render))
    out.update(reference_pages(folder))
    return out


def catalogue_and_glossary(folder: Path) -> dict[str, str]:
    """Markdown of the data catalogue (from the injected package copy in ``folder``) and of the glossary
    (its first entries with the payload in every field), by their pages' paths."""
    package = injected_package(folder)
    resources = data.datapackage(package)["resources"]
    used = {resources[0]["name"]: ["study004_volga"]}
    titles = {"study004_volga": "Study 004 " + PAYLOAD}
    entries = glossary.load()[:3]
    for entry in entries:
        for key in ("term", "ru", "short", "definition", "readings"):
            entry[key] = f"{entry[key]} {PAYLOAD}"
        entry["studies"] = [*entry["studies"], PAYLOAD]
        entry["sections"] = [{"chapter": "javascript:alert(5)", "heading": PAYLOAD}, *entry["sections"]]
    entries[0]["anchor"] = '"><script>alert(6)</script>'
    return {
        "data/catalogue.md": catalogue.catalogue_markdown(used, titles, package),
        "glossary.md": glossary.page_markdown(entries, titles),
    }


def injected(name) -> str:
    """A name from the data with the payload in it."""
    return f"{name} {PAYLOAD}"


def region_markdown() -> dict[str, str]:
    """Markdown of the region pages (src path -> page) with every Volga region's name, Russian name, the
    district's names and the clusters carrying the payload, as the profiles hook writes them; and the nav."""
    long = study004_volga.derive(study004_volga.panel("Volga"))
    long = long[long["year"] <= 2022]
    names = {region: injected(region) for region in long["region"].unique()}
    long["region"] = long["region"].map(names)
    district = injected("Volga")
    built = profiles.build_profiles(
        long,
        study004_volga.spec_for(),
        year=2022,
        base_year=2017,
        options=Options(runs=50, seed=0),
        clusters={name: [PAYLOAD] for name in names.values()},
        groups=study004_volga.GROUPS,
        priorities=study004_volga.PRIORITIES,
        names_ru={name: injected("Регион") for name in names.values()},
        districts=dict.fromkeys(names.values(), district),
    )
    aggregates = pd.DataFrame([{"label": injected("Unemployment"), "unit": PAYLOAD, "district": 3.3, "russia": 3.9}])
    profile = district_profile(district, built, aggregates, name=injected("Volga Federal District"), name_ru=PAYLOAD)
    first = next(iter(built.values()))
    # The all-regions page reads these fields of the chapter's computation; each carries the payload.
    index = SimpleNamespace(
        year=2022,
        definitions=[replace(d, label=injected(d.label)) for d in study004_volga.INDICATORS],
        indicator_years={d.code: 2021 for d in study004_volga.INDICATORS},
        result=SimpleNamespace(
            imputed=pd.DataFrame([{"region": first.region, "indicator": PAYLOAD}]),
            screened_out=[study004_volga.INDICATORS[0].code],
        ),
        spec=SimpleNamespace(method=SimpleNamespace(year_window=2)),
    )
    data = regions.RegionPages(index=index, profiles=built, districts={district: profile})
    pages = {"regions/index.md": regions.index_markdown(data, [])}
    for region, prof in built.items():
        stem = profiles.slug(region)
        pages[f"regions/{stem}.md"] = profiles.profile_markdown(prof, f"{stem}.pdf") + regions.backlinks(prof)
    stem = regions.district_slug(district)
    pages[f"regions/{stem}.md"] = district_markdown(profile, f"{stem}.pdf", lambda r: f"{profiles.slug(r)}.md")
    table = pd.DataFrame({"region": list(built), "federal_district": district, "kind": study004_volga.RANKED_KINDS[0]})
    return {"pages": pages, "nav": regions.nav_section(table)}


def region_pages(render) -> dict[str, str]:
    """Rendered HTML of the all-regions page, one region's profile and the district's profile."""
    pages = region_markdown()["pages"]
    profile = next(k for k in pages if k != "regions/index.md" and "federal-district" not in k)
    district = next(k for k in pages if "federal-district" in k)
    return {
        "region index": render(pages["regions/index.md"]),
        "region profile": render(pages[profile]),
        "district profile": render(pages[district]),
    }


def injected_bib(folder: Path) -> Path:
    """``references.bib`` with the payload in every field of every entry and a script address in each url."""
    bib = references.entries()
    lines = []
    for key, entry in bib.items():
        fields = {k: injected(v) for k, v in entry.items() if k not in ("ID", "ENTRYTYPE")}
        fields["url"] = SCRIPT_ADDRESS
        body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields.items())
        lines.append(f"@{entry['ENTRYTYPE']}{{{key},\n{body}\n}}\n")
    path = folder / "references.bib"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def reference_pages(folder: Path) -> dict[str, str]:
    """The references page, a chapter's study line and its "Cite this page" block, from the injected bib."""
    bib = references.entries(injected_bib(folder))
    study = bib["study004"]
    return {
        "references": renderer()(references.references_page(bib)),
        "study line": citation.study_header(study, "study004"),
        # The date is the build's own (ISO), not data: it carries no payload.
        "cite block": citation.cite_block(PAYLOAD, SCRIPT_ADDRESS, PAYLOAD, "2026-12-07", study),
    }


def mkdocs_site(folder: Path) -> Path:
    """A site built by MkDocs with the project's theme and overrides from the injected region pages and references.

    The navigation is the profiles hook's (titles from the injected names), so the theme's own
    output of a title (navigation, ``<title>``, header, footer) is checked as well as the pages.
    Returns the built site's folder.
    """
    config = yaml.load((PROJECT_ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    docs = folder / "docs"
    made = region_markdown()
    (folder / "package").mkdir()
    for path, text in {**made["pages"], **catalogue_and_glossary(folder / "package")}.items():
        (docs / path).parent.mkdir(parents=True, exist_ok=True)
        (docs / path).write_text(text, encoding="utf-8")
    bib = references.entries(injected_bib(folder))
    (docs / "references.md").write_text(references.references_page(bib), encoding="utf-8")
    (docs / "index.md").write_text(f"# Home\n\n{md_text(PAYLOAD)}\n", encoding="utf-8")
    theme = {**config["theme"], "custom_dir": str(PROJECT_ROOT / "sitebuild" / "overrides")}
    site = {
        "site_name": "NeoIndex",  # the project's own setting, not data
        "site_url": "http://127.0.0.1/",
        "extra": {"canonical_url": "https://example.org/neoindex/"},  # where the sitemap's addresses point
        "docs_dir": str(docs),
        "site_dir": str(folder / "site"),
        "theme": theme,
        "markdown_extensions": _without_python_names(config["markdown_extensions"]),
        "nav": ["index.md", "data/catalogue.md", "glossary.md", "references.md", {"Region profiles": made["nav"]}],
        # The editions plugin gives the theme's partials their strings (nx_text); English alone here.
        "plugins": [
            "search",
            {
                "neoindex-editions": {
                    "docs_structure": "suffix",
                    "languages": [{"locale": "en", "name": "English", "default": True, "build": True}],
                }
            },
        ],
    }
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(site, allow_unicode=True), encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", str(folder / "mkdocs.yml")],
        check=True,
        cwd=folder,
        # the editions plugin lives in sitebuild/, which is imported from the checkout, not installed
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(PROJECT_ROOT)},
    )
    return folder / "site"


def _without_python_names(extensions: list) -> list:
    """The extensions' settings without those mkdocs.yml gives as Python functions (read as None here).

    The heading slug (``toc: slugify``) is one: without it, ``toc`` uses its own default, which gives the same
    ids to text with no Cyrillic, as these pages are.
    """
    out = []
    for extension in extensions:
        if isinstance(extension, dict):
            extension = {
                name: {k: v for k, v in settings.items() if v is not None} if isinstance(settings, dict) else settings
                for name, settings in extension.items()
            }
        out.append(extension)
    return out


class _Loader(yaml.SafeLoader):
    """mkdocs.yml's own tags (``!!python/name:``, ``!ENV``) read as plain values: only the settings are wanted."""


_Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
