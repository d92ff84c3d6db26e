"""Two releases published with mike into a local bare repository, served side by side (issue #30).

A copy of the checkout is a git repository whose ``origin`` is a local bare
repository standing in for GitHub. ``python -m sitebuild.release deploy`` (what
the workflow runs on a tag) publishes release 2026.11 from the current data,
then, after one Rosstat value is revised, release 2026.12, each pushed to the
bare repository's ``gh-pages``. That branch, read back from the bare repository,
is served as GitHub Pages would serve it (through :mod:`sitebuild.preview`), and
chromium checks that Material's version selector lists both, switches between
them on the same page, that instant navigation works inside a release, and that
the 2026.12 "What changed" page lists the revised value and the regions it moved.

Two full builds take minutes, so the test runs only when
``NEOINDEX_RELEASES_BUILD=1`` (``make test-releases``). With
``NEOINDEX_SCREENSHOTS_TO=DIR`` it saves the selector and the page at 390 and
1280 px there.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import hostile_data
import pytest
from conftest import PROJECT_ROOT

from sitebuild import browser as browser_support
from sitebuild import preview

pytestmark = pytest.mark.skipif(
    os.environ.get("NEOINDEX_RELEASES_BUILD") != "1",
    reason="publishes two releases of the whole site with mike (minutes): set NEOINDEX_RELEASES_BUILD=1",
)
OLD, NEW = "2026.11", "2026.12"
REGIONAL = "neoindex_core/datapackage/resources/rosstat_regional.csv"


def git(project: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=project, check=True, capture_output=True, text=True).stdout


def revise_one_value(project: Path) -> dict:
    """Raise by half the value the all-regions index reads for a mid-table region's first indicator, as a revision.

    (A trebled value is screened out as an implausible jump and imputed, and no rank moves.)
    """
    from neoindex_core.datapackage import load
    from neoindex_core.studies import russia_regions, study004_volga

    raw = russia_regions.panel()
    year = study004_volga.index_year(raw, russia_regions.INDICATORS)
    derived = study004_volga.derive(raw, russia_regions.INDICATORS, russia=load("rosstat_aggregates"))
    _, result = russia_regions.index_for(derived[derived["year"] <= year], russia_regions.spec_for(), year)
    ranks = result.scores["rank"]
    region = str(ranks.sort_values().index[len(ranks) // 2])
    code = russia_regions.INDICATORS[0].inputs[0]
    path = project / REGIONAL
    lines = path.read_text(encoding="utf-8").split("\n")
    header = next(csv.reader([lines[0]]))
    at = {name: i for i, name in enumerate(header)}
    candidates = []
    for number, line in enumerate(lines[1:], start=1):
        if line.startswith(f"{region},") and f",{code}," in line:
            row = next(csv.reader([line]))
            if row[at["indicator_code"]] == code and row[at["value"]] and int(row[at["year"]]) <= year:
                candidates.append((int(row[at["year"]]), number, row))
    found_year, number, row = max(candidates)
    old_value = float(row[at["value"]])
    row[at["value"]], row[at["status"]] = f"{old_value * 1.5:g}", "revised"
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow(row)
    lines[number] = out.getvalue()
    path.write_text("\n".join(lines), encoding="utf-8")
    return {"region": region, "code": code, "year": found_year, "old": old_value, "new": float(f"{old_value * 1.5:g}")}


def _env(project: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("NEOINDEX_SITE_URL", "NEOINDEX_VERSION", "GIT_DIR")}
    env.update(
        PYTHONPATH=str(project),
        NO_MKDOCS_2_WARNING="1",
        GIT_AUTHOR_NAME="release test",
        GIT_AUTHOR_EMAIL="release@test.invalid",
        GIT_COMMITTER_NAME="release test",
        GIT_COMMITTER_EMAIL="release@test.invalid",
    )
    return env


def publish(project: Path, version: str) -> float:
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "sitebuild.release", "deploy", version, "--latest", "--push"],
        cwd=project,
        env=_env(project),
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-6000:]
    return time.monotonic() - started


@pytest.fixture(scope="module")
def releases(tmp_path_factory):
    """Both releases in the bare repository's gh-pages, served; the revised value; the build times."""
    work = tmp_path_factory.mktemp("releases")
    project = hostile_data.copy_project(PROJECT_ROOT, work / "project")
    if (PROJECT_ROOT / ".cache").is_dir():  # the steps' cache: the first release needs no notebook run again
        shutil.copytree(PROJECT_ROOT / ".cache", project / ".cache", symlinks=True)
    bare = work / "github.git"
    subprocess.run(["git", "init", "-q", "--bare", str(bare)], check=True)
    env = _env(project)
    for args in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-qm", "the release"]):
        subprocess.run(["git", *args], cwd=project, check=True, env=env)
    git(project, "remote", "add", "origin", str(bare))
    git(project, "push", "-q", "origin", "main")
    times = {OLD: publish(project, OLD)}
    revised = revise_one_value(project)
    subprocess.run(["git", "commit", "-qam", "a revised value"], cwd=project, check=True, env=env)
    times[NEW] = publish(project, NEW)
    print(f"published {OLD} in {times[OLD]:.0f} s and {NEW} in {times[NEW]:.0f} s")

    served = work / "served"  # gh-pages as the bare repository holds it
    served.mkdir()
    archive = subprocess.run(["git", "archive", "gh-pages"], cwd=bare, check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(served, filter="tar")
    server, root = browser_support.serve_folder(served, 0, preview.PreviewHandler)
    yield root, served, revised
    server.shutdown()
    server.server_close()


def test_gh_pages_keeps_both_releases_and_latest_names_the_newest(releases):
    root, served, revised = releases
    versions = json.loads((served / "versions.json").read_text(encoding="utf-8"))
    assert [(v["version"], v["aliases"]) for v in versions] == [(NEW, ["latest"]), (OLD, [])]
    for version in (OLD, NEW):
        record = json.loads((served / version / "release.json").read_text(encoding="utf-8"))
        assert record["version"] == version and record["address"].endswith(f"/{version}/")
        assert f'version: "{version}"' in (served / version / "CITATION.cff").read_text(encoding="utf-8")
    assert (served / "latest").is_symlink() or (served / "latest" / "release.json").is_file()


def _open_selector(page):
    page.hover(".md-version")
    page.wait_for_selector(".md-version__list", state="visible")


def test_the_selector_switches_between_releases_on_the_same_page(browser, releases):
    root, served, revised = releases
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    watch_root = root
    foreign = []
    page.route(
        "**/*",
        lambda r: r.continue_() if r.request.url.startswith(watch_root) else (foreign.append(r.request.url), r.abort()),
    )
    page.goto(root, wait_until="networkidle")  # mike's default: latest
    assert page.url.rstrip("/").endswith("latest") or page.url.rstrip("/").endswith(NEW)
    page.goto(f"{root}{NEW}/cli/", wait_until="networkidle")
    page.wait_for_selector(".md-version__current")
    assert page.inner_text(".md-version__current").strip() == NEW
    _open_selector(page)
    shots = os.environ.get("NEOINDEX_SCREENSHOTS_TO")
    if shots:
        page.screenshot(
            path=str(Path(shots) / "agentC_selector.png"), clip={"x": 0, "y": 0, "width": 1280, "height": 420}
        )
    listed = [t.strip() for t in page.locator(".md-version__list .md-version__link").all_inner_texts()]
    assert listed[:2] == [NEW, OLD]
    page.click(f".md-version__list a:has-text('{OLD}')")
    page.wait_for_url(f"{root}{OLD}/cli/")
    page.wait_for_selector(".md-version__current")
    assert page.inner_text(".md-version__current").strip() == OLD
    # instant navigation inside a release (its sitemap, as served, names this server), once the theme has read
    # that sitemap: a click before it arrives is an ordinary page load (conftest.open_for_instant_navigation)
    page.wait_for_load_state("networkidle")
    page.evaluate("window.nxSamePage = true")
    page.click("a.md-nav__link[href$='glossary/']")
    page.wait_for_url(f"{root}{OLD}/glossary/")
    assert page.evaluate("window.nxSamePage === true"), "the click reloaded the page: no instant navigation"
    assert foreign == []
    if shots:
        phone = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2)
        small = phone.new_page()
        small.goto(f"{root}{NEW}/cli/", wait_until="networkidle")
        _open_selector(small)
        small.screenshot(
            path=str(Path(shots) / "agentC_selector_390.png"), clip={"x": 0, "y": 0, "width": 390, "height": 360}
        )
        phone.close()
    context.close()


def test_what_changed_lists_the_revised_value_and_the_moved_regions(browser, releases):
    root, served, revised = releases
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{root}{NEW}/changes/", wait_until="networkidle")
    text = page.inner_text("article")
    assert f"against release {OLD}" in text
    assert "1 value present in both releases changed" in text
    row = page.locator("table tr", has_text=revised["region"]).first.inner_text()
    assert revised["code"] in row and str(revised["year"]) in row and "+50.00" in row and "revised" in row
    assert "Regions that moved in the all-regions index" in text
    moved = page.locator("table", has=page.locator("th", has_text="Places up")).locator("tbody tr")
    assert moved.count() >= 2, "raising a region's manufacturing moves it past others"
    region_row = moved.filter(has_text=revised["region"]).first.inner_text().split("\t")
    assert int(region_row[-1]) > 0  # it rose
    assert "Every verdict keeps its grade." in text or "Verdicts whose grade changed" in text
    assert "The same pages as before." in text
    csv_text = (served / NEW / "changes" / "revised_values.csv").read_text(encoding="utf-8")
    assert len(csv_text.strip().split("\n")) == 2 and revised["region"] in csv_text
    shots = os.environ.get("NEOINDEX_SCREENSHOTS_TO")
    if shots:
        page.screenshot(path=str(Path(shots) / "agentC_changes.png"), full_page=True)
        phone = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2)
        small = phone.new_page()
        small.goto(f"{root}{NEW}/changes/", wait_until="networkidle")
        small.screenshot(path=str(Path(shots) / "agentC_changes_390.png"), full_page=True)
        phone.close()
    page.goto(f"{root}{OLD}/changes/", wait_until="networkidle")
    assert "nothing to compare it with yet" in page.inner_text("article")
    context.close()
