# NeoIndex: `make site` builds everything from pinned versions; `make test` runs every test.
# The first supported interpreter on PATH (3.11, 3.12, 3.13); `make PYTHON=/path/to/python` overrides.
SUPPORTED_PYTHONS := 3.11 3.12 3.13
PYTHON ?= $(or $(firstword $(foreach v,$(SUPPORTED_PYTHONS),$(shell command -v python$(v) 2>/dev/null))),python3.11)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml 2>/dev/null | cksum | cut -d' ' -f1)
NODE_STAMP := node_modules/.installed-$(shell cat package.json package-lock.json 2>/dev/null | cksum | cut -d' ' -f1)
PORT   ?= 8000
export NO_MKDOCS_2_WARNING := 1
export PYDEVD_DISABLE_FILE_VALIDATION := 1
# nbconvert otherwise instantiates every exporter when mkdocs-jupyter is imported (about a second per build).
export NBCONVERT_DISABLE_CONFIG_EXPORTERS := 1

.PHONY: help venv vendor validate site pdf test test-fast test-hostile test-releases screenshots lint lint-workflows serve preview lock clean benchmark benchmark-web data

help:
	@echo "make site      set up, validate the data, execute the notebooks, build site/"
	@echo "make test      all tests, browser tests included (builds the site first)"
	@echo "make test-hostile  the site built from data with script payloads in every text field, every page in chromium"
	@echo "make test-releases  two releases published with mike into a local bare repository, read in chromium"
	@echo "make screenshots  full-page screenshots of the chapters and API pages in tests/screenshots/"
	@echo "make serve     live preview on http://127.0.0.1:$(PORT)/ (rebuilds on change)"
	@echo "make preview   serve the built site/ on http://127.0.0.1:$(PORT)/"
	@echo "make validate  check the data package against its schemas"
	@echo "make data      re-extract the Rosstat tables from the committed snapshots"
	@echo "make pdf       the print edition: site/neoindex.pdf"
	@echo "make benchmark-web  Lighthouse on the built site: mobile scores, bytes, long tasks"
	@echo "make lint      ruff (code and numpy docstrings), ruff format --check, zizmor"
	@echo "make lint-workflows  audit .github/workflows with zizmor (offline); fails on any finding"

$(STAMP): requirements.lock pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "$(PYTHON) not found: install Python 3.11, 3.12 or 3.13, or run make PYTHON=/path/to/python3"; exit 1; }
	@$(PYTHON) -c 'import sys; sys.exit(not (3, 11) <= sys.version_info[:2] <= (3, 13))' || { echo "$(PYTHON) is not Python 3.11 to 3.13"; exit 1; }
	rm -f $(VENV)/.installed-*
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

venv: $(STAMP)

$(NODE_STAMP): package.json package-lock.json
	@command -v npm >/dev/null || { echo "npm not found: install Node.js (it provides npm)"; exit 1; }
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

vendor: $(NODE_STAMP)

# Rebuild the Rosstat tables in neoindex_core/datapackage/resources/ from the committed snapshots.
data: venv
	$(PY) -m neoindex_core extract

validate: venv
	$(PY) -m neoindex_core validate

site: venv vendor validate
	$(PY) -m sitebuild.build

# The print edition: the whole site as one PDF (site/neoindex.pdf), charts drawn by chromium.
pdf: site
	$(PY) -m sitebuild.pdf

# Tests run in one worker per core (pytest-xdist); tests/conftest.py says which must share a worker (a
# page's browser checks, which load the page once for them all; the tests that start Jupyter kernels).
# TEST_WORKERS=0 runs them all in this process.
TEST_WORKERS ?= auto
PYTEST := $(PY) -m pytest -n $(TEST_WORKERS)

test: lint site pdf
	$(PYTEST)

test-fast: venv
	$(PYTEST) -m "not site and not browser"

# The whole site built from hostile data (script payloads in every text field of the data package,
# references.bib and CITATION.cff) in a copy of the checkout, every page loaded in chromium
# (tests/browser/test_hostile_site.py): about four minutes, so a step of its own, not part of `make test`.
test-hostile: venv vendor
	NEOINDEX_HOSTILE_BUILD=1 $(PY) -m pytest -n 0 -s tests/browser/test_hostile_site.py

# Two releases published with mike into a local bare repository standing in for GitHub, the second after
# a revised Rosstat value, served side by side and read in chromium: the version selector, instant
# navigation, the "What changed" page (tests/browser/test_releases.py). Two builds: minutes, a step of its own.
test-releases: venv vendor
	NEOINDEX_RELEASES_BUILD=1 $(PY) -m pytest -n 0 -s tests/browser/test_releases.py

# Full-page screenshots of every chapter, the synthesis and the API pages, at both widths (and in both
# schemes where a page draws charts), for a reader to look at (the tests save one only for a page with a
# defect): tests/screenshots/.
screenshots: site
	NEOINDEX_SCREENSHOTS=1 $(PYTEST) tests/browser/test_chart_layout.py

# GitHub workflow security audit (zizmor, pinned in requirements.lock), offline:
# no GitHub API calls, so it runs here and in CI alike. Any finding fails.
# ruff (rules and docstring convention in pyproject.toml), the formatter's verdict, and zizmor on the workflows.
lint: venv lint-workflows
	$(VENV)/bin/ruff check neoindex_core sitebuild tests benchmarks
	$(VENV)/bin/ruff format --check neoindex_core sitebuild tests benchmarks

lint-workflows: venv
	$(VENV)/bin/zizmor --offline --no-progress .github/workflows

# Live preview. After the first build, --dirty re-renders only the pages whose sources changed (a notebook
# edit re-executes that notebook alone, from the cache's point of view; the region PDFs come from the cache),
# so a Markdown edit shows in seconds. A dirty build may leave other pages' navigation stale and mkdocs warns
# about it, hence --no-strict here; `make site` is always a full, strict build.
# The steps run first, then again (beside the preview) whenever a notebook's code or a data file changes.
serve: venv vendor validate
	$(PY) -m sitebuild.steps
	$(PY) -m sitebuild.steps --watch & watcher=$$!; trap 'kill $$watcher' EXIT INT TERM; NEOINDEX_LIVE_PREVIEW=1 $(PY) -m mkdocs serve --dirty --no-strict --dev-addr 127.0.0.1:$(PORT)

preview:
	$(PY) -m sitebuild.preview --port $(PORT) site

# bench_build.py works on copies under .cache/bench-build/ and installs Jupyter Book 1 into .jb-venv/ to compare.
benchmark: venv vendor
	cd benchmarks && ../$(PY) bench_uncertainty.py && ../$(PY) bench_sobol.py && ../$(PY) bench_scale.py
	$(PY) benchmarks/bench_build.py --port $(PORT)

# Lighthouse (pinned in package.json) on the built site served with gzip: mobile scores and page weight.
benchmark-web: venv vendor
	$(PY) benchmarks/bench_lighthouse.py

# Re-pin after editing the ranges in pyproject.toml.
lock: venv
	$(PY) -m pip install --quiet -e ".[site,test]"
	{ echo "# Exact versions installed by \`make venv\` (pip install -r requirements.lock)."; \
	  echo "# Regenerate after changing pyproject.toml: make lock"; \
	  $(PY) -m pip freeze --all --exclude-editable | grep -v "^pip==" | sort -f; } > requirements.lock

clean:
	rm -rf site .site-build .site-previous .cache
