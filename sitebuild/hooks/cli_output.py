"""Hook: ``<!-- cli-output: index -->`` in a page becomes the real output of that worked example.

Each example runs as a separate process with the project's interpreter, as a
reader would run it (after one ``neoindex example`` that writes the files they
share), so the page shows current output and the build process stays free of
the command line's state. It starts with the build, at low priority, and the pages that show it
are read after the chapters (:mod:`sitebuild.background`): it takes the CPU the notebooks and
the other pages leave.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from sitebuild import PROJECT_ROOT, background, cache
from sitebuild.hooks import _context

JOB = "cli-output"  # the background job and the cached artefact
_PLACEHOLDER = re.compile(r"<!-- cli-output: (\w+) -->")
EXAMPLES = {
    "index": ["index", "{folder}/vfd_indicators.csv", "--spec", "{folder}/vfd_spec.yml", "--out", "{folder}"],
    "uncertainty": [
        "uncertainty",
        "{folder}/vfd_indicators.csv",
        "--spec",
        "{folder}/vfd_spec.yml",
        "--runs",
        "10000",
        "--seed",
        "1",
        "--out",
        "{folder}",
    ],
}


def _run(arguments: list[str]) -> subprocess.CompletedProcess:
    return background.run_quietly([sys.executable, "-m", "neoindex_core", *arguments], cwd=PROJECT_ROOT)


def cli_outputs() -> dict[str, str]:
    """Every worked example's output as a code block, made again only when the library changes."""
    folder = cache.artefact(
        JOB, _write_outputs, cache.package_inputs() + [Path(__file__)], json.dumps(EXAMPLES, sort_keys=True)
    )
    return {command: (folder / f"{command}.md").read_text(encoding="utf-8") for command in EXAMPLES}


def _checked(arguments: list[str]) -> subprocess.CompletedProcess:
    done = _run(arguments)
    if done.returncode != 0:
        raise PluginError(
            f"docs/cli.md: the worked example '{' '.join(arguments)}' failed with status {done.returncode}:\n"
            f"{done.stderr}"
        )
    return done


def _write_outputs(out: Path) -> None:
    """Write the example files to a temporary folder once, run every example on them, keep each output."""
    with tempfile.TemporaryDirectory(prefix="neoindex-cli-") as folder:
        _checked(["example", folder])
        for command, arguments in EXAMPLES.items():
            text = _checked([part.format(folder=folder) for part in arguments]).stdout.replace(folder, "example")
            (out / f"{command}.md").write_text("```text\n" + text.rstrip() + "\n```", encoding="utf-8")


def _output(command: str, outputs: dict[str, str]) -> str:
    if command not in outputs:
        raise PluginError(f"cli-output: unknown example '{command}' (known: {', '.join(EXAMPLES)})")
    return outputs[command]


_start_early = True


def on_startup(command, dirty):
    global _start_early
    # A live preview with --dirty renders the command-line page only when that page changed: starting its
    # examples at every reload would be work for nothing (they run when the page asks, as before).
    _start_early = not (command == "serve" and dirty)


def on_config(config):
    if _start_early:
        background.start(JOB, cli_outputs)
    return config


@event_priority(-100)  # after the notebooks hook has moved the chapters to the end
def on_nav(nav, config, files):
    if _start_early:
        _context.read_last(files, [file.src_uri for file in files.documentation_pages() if _shows_examples(file)])
    return nav


def _shows_examples(file) -> bool:
    return file.src_uri.endswith(".md") and _PLACEHOLDER.search(file.content_string) is not None


def on_env(env, config, files):
    _context.restore_order(files)
    return env


def on_page_markdown(markdown: str, page, config, files) -> str:
    if "<!-- cli-output:" not in markdown:
        return markdown
    outputs = background.result(JOB, cli_outputs)
    return _PLACEHOLDER.sub(lambda m: _output(m.group(1), outputs), markdown)
