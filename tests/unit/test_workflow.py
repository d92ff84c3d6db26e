"""The GitHub workflow runs what .ci/run runs, pinned and hardened (issue #17).

Plain checks on .github/workflows/site.yml; no build needed. Each rule is a
function returning the problems it finds; the workflow must have none, and
test_rule_catches_mutation proves every rule fails on a workflow that breaks it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

PROJECT_ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = PROJECT_ROOT / ".github" / "workflows" / "site.yml"

SHA = re.compile(r"^[0-9a-f]{40}$")
# `uses: owner/repo@<40 hex> # v1.2.3` (the comment names the release tag the hash is).
PINNED_LINE = re.compile(r"^\s*(?:-\s+)?uses:\s*(?P<action>[^@\s]+)@(?P<ref>\S+)\s+#\s*v\d+(?:\.\d+)*\s*$")
USES_LINE = re.compile(r"^\s*(?:-\s+)?uses:\s*(?P<value>\S+)")


def load(text: str) -> dict:
    return yaml.safe_load(text)


def steps(job: dict) -> list[dict]:
    return job.get("steps") or []


def all_uses(workflow: dict) -> list[str]:
    found = []
    for job in workflow["jobs"].values():
        if "uses" in job:  # a reusable workflow
            found.append(job["uses"])
        found += [step["uses"] for step in steps(job) if "uses" in step]
    return found


def pin_problems(text: str) -> list[str]:
    """Every `uses:` names a full 40-hex commit and says its version in a comment."""
    problems = []
    for uses in all_uses(load(text)):
        if uses.startswith(("./", "docker://")):
            problems.append(f"{uses}: use a pinned action from a repository")
            continue
        ref = uses.rpartition("@")[2]
        if not SHA.match(ref):
            problems.append(f"{uses}: not pinned to a 40-hex commit")
    lines = [line for line in text.splitlines() if USES_LINE.match(line)]
    if len(lines) != len(all_uses(load(text))):
        problems.append("could not match every uses: line to a step")
    for line in lines:
        match = PINNED_LINE.match(line)
        if not match or not SHA.match(match["ref"]):
            problems.append(f"{line.strip()!r}: wants `@<40 hex> # vX.Y.Z`")
    return problems


def checkout_problems(text: str) -> list[str]:
    """Every checkout sets persist-credentials: false."""
    problems = []
    workflow = load(text)
    checkouts = 0
    for name, job in workflow["jobs"].items():
        for step in steps(job):
            if str(step.get("uses", "")).startswith("actions/checkout@"):
                checkouts += 1
                if (step.get("with") or {}).get("persist-credentials") is not False:
                    problems.append(f"job {name}: checkout without persist-credentials: false")
    if not checkouts:
        problems.append("no checkout found")
    return problems


def only_pushes_pages(job: dict) -> bool:
    """The job only downloads the gh-pages bundle another job built and pushes that branch: no checkout, no build."""
    uses = [str(step["uses"]).split("@")[0] for step in steps(job) if "uses" in step]
    runs = [step["run"] for step in steps(job) if "run" in step]
    pushes = len(runs) == 1 and "git -C pages push" in runs[0] and runs[0].rstrip().endswith("gh-pages:gh-pages")
    return uses == ["actions/download-artifact"] and pushes and not re.search(r"\b(make|python|bash|sh)\b", runs[0])


def permission_problems(text: str) -> list[str]:
    """No permission at the top; write only in a job that just deploys to Pages or just pushes gh-pages."""
    problems = []
    workflow = load(text)
    top = workflow.get("permissions", "missing")
    if not (top == {} or (isinstance(top, dict) and set(top.values()) <= {"read", "none"})):
        problems.append(f"top-level permissions must be {{}} or read-only, not {top!r}")
    for name, job in workflow["jobs"].items():
        perms = job.get("permissions")
        if perms is None:
            problems.append(f"job {name}: set its permissions explicitly")
            continue
        if not isinstance(perms, dict):
            problems.append(f"job {name}: permissions {perms!r}: list them one by one")
            continue
        writes = {scope for scope, level in perms.items() if level == "write"}
        if not writes:
            continue
        only_deploys = all(str(step.get("uses", "")).startswith("actions/deploy-pages@") for step in steps(job))
        if writes == {"contents"} and only_pushes_pages(job):
            continue
        if writes - {"pages", "id-token"} or not only_deploys:
            problems.append(f"job {name}: write permission {sorted(writes)} outside a deploy-pages-only job")
    return problems


BOOKWORM_IMAGE = re.compile(r"^(docker\.io/)?(library/)?(debian:bookworm|python:3\.\d+-bookworm)\b")


def job_images(job: dict) -> list:
    """The job's container images; ``${{ matrix.image }}`` stands for every image of its matrix."""
    container = job.get("container")
    image = container.get("image") if isinstance(container, dict) else container
    if isinstance(image, str) and re.fullmatch(r"\$\{\{\s*matrix\.image\s*\}\}", image):
        include = (job.get("strategy") or {}).get("matrix", {}).get("include", [])
        return [entry.get("image") for entry in include] or [None]
    return [image]


def is_bookworm(job: dict) -> bool:
    """Debian bookworm, bare or as an official Python image built on it."""
    return all(isinstance(image, str) and BOOKWORM_IMAGE.match(image) for image in job_images(job))


def python_matrix_problems(text: str) -> list[str]:
    """The test job runs once per supported Python (3.11, 3.12, 3.13) and tells make which to use."""
    job = load(text)["jobs"].get("test") or {}
    include = (job.get("strategy") or {}).get("matrix", {}).get("include", [])
    versions = sorted(str(entry.get("python")) for entry in include)
    problems = []
    if versions != ["3.11", "3.12", "3.13"]:
        problems.append(f"test job matrix runs Python {versions}, want 3.11, 3.12 and 3.13")
    if str((job.get("env") or {}).get("PYTHON", "")).replace(" ", "") != "python${{matrix.python}}":
        problems.append("test job does not set PYTHON: python${{ matrix.python }} for make")
    return problems


def job_test_problems(text: str) -> list[str]:
    """The test job runs in Debian bookworm and its only run step is `bash .ci/run`."""
    job = load(text)["jobs"].get("test")
    if job is None:
        return ["no job named test"]
    problems = []
    if not is_bookworm(job):
        problems.append(f"test job container {job.get('container')!r} is not debian:bookworm")
    runs = [step["run"].strip() for step in steps(job) if "run" in step]
    if runs != ["bash .ci/run"]:
        problems.append(f"test job run steps {runs!r}: want only `bash .ci/run`")
    return problems


def publish_problems(text: str) -> list[str]:
    """The publish job builds in bookworm after the tests and exports the commit it builds."""
    job = load(text)["jobs"].get("publish")
    if job is None:
        return ["no job named publish"]
    problems = []
    if not is_bookworm(job):
        problems.append("publish job does not run in debian:bookworm")
    if "test" not in ([job["needs"]] if isinstance(job.get("needs"), str) else job.get("needs", [])):
        problems.append("publish job does not wait for the tests")
    envs = [job.get("env") or {}] + [step.get("env") or {} for step in steps(job)]
    if not any(str(env.get("NEOINDEX_BUILD_COMMIT", "")).replace(" ", "") == "${{github.sha}}" for env in envs):
        problems.append("publish job does not set NEOINDEX_BUILD_COMMIT: ${{ github.sha }}")
    if not any("NEOINDEX_SITE_URL" in env for env in envs):
        problems.append("publish job does not set NEOINDEX_SITE_URL")
    return problems


RULES = [
    pin_problems,
    checkout_problems,
    permission_problems,
    job_test_problems,
    publish_problems,
    python_matrix_problems,
]


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.__name__)
def test_workflow_follows_rule(rule):
    assert rule(WORKFLOW.read_text(encoding="utf-8")) == []


def _mutate(text: str, pattern: str, replacement: str) -> str:
    mutated, count = re.subn(pattern, replacement, text, count=1, flags=re.MULTILINE)
    assert count == 1, f"mutation {pattern!r} no longer applies: update the test"
    return mutated


MUTATIONS = [
    (pin_problems, r"(actions/checkout)@[0-9a-f]{40} # (v[\d.]+)", r"\1@\2"),
    (pin_problems, r"(actions/checkout@[0-9a-f]{40}) # v[\d.]+", r"\1"),
    (checkout_problems, r"persist-credentials: false", "persist-credentials: true"),
    (permission_problems, r"^permissions: \{\}", "permissions: write-all"),
    (permission_problems, r"^(\s+)contents: read$", r"\1contents: write"),
    (job_test_problems, r"image: debian:bookworm", "image: ubuntu:24.04"),
    (job_test_problems, r"image: python:3\.13-bookworm", "image: python:3.13-alpine"),
    (python_matrix_problems, r"^\s+- python: \"3\.13\"\n\s+image: python:3\.13-bookworm\n", ""),
    (python_matrix_problems, r"^\s+PYTHON: python\$\{\{ matrix\.python \}\}\n", ""),
    (job_test_problems, r"run: bash \.ci/run", "run: make test"),
    (publish_problems, r"^\s+NEOINDEX_BUILD_COMMIT: .*\n", ""),
    # the pushing job must not build: a write token beside the project's code
    (permission_problems, r"(\n\s+)git init -q pages\n", r"\1make site\1git init -q pages\n"),
    (
        permission_problems,
        r"(contents: write # to push.*\n\s+steps:\n)",
        r"\1      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1\n",
    ),
]


@pytest.mark.parametrize(
    ("rule", "pattern", "replacement"),
    MUTATIONS,
    ids=[f"{rule.__name__}-{i}" for i, (rule, _, _) in enumerate(MUTATIONS)],
)
def test_rule_catches_mutation(rule, pattern, replacement):
    mutated = _mutate(WORKFLOW.read_text(encoding="utf-8"), pattern, replacement)
    assert rule(mutated), f"{rule.__name__} accepted a workflow with {pattern!r} -> {replacement!r}"


def _zizmor() -> str | None:
    beside = Path(sys.executable).parent / "zizmor"
    return str(beside) if beside.exists() else shutil.which("zizmor")


def run_zizmor(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [_zizmor(), "--offline", "--no-progress", str(path)], capture_output=True, text=True, timeout=120
    )


@pytest.mark.skipif(_zizmor() is None, reason="zizmor is not installed (make venv installs it)")
def test_zizmor_offline_finds_nothing():
    result = run_zizmor(WORKFLOW.parent)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(_zizmor() is None, reason="zizmor is not installed (make venv installs it)")
def test_zizmor_fails_on_an_unpinned_action(tmp_path):
    mutated = _mutate(WORKFLOW.read_text(encoding="utf-8"), r"(actions/checkout)@[0-9a-f]{40} # (v[\d.]+)", r"\1@\2")
    (tmp_path / "site.yml").write_text(mutated, encoding="utf-8")
    assert run_zizmor(tmp_path / "site.yml").returncode != 0
