"""Hook: ``<!-- cli-output: index -->`` in a page becomes the real output of that worked example.

The example runs as a separate process with the project's interpreter, as a
reader would run it, so the page shows current output and the build process
stays free of the command line's state. It starts with the build and runs while
the notebooks execute (:mod:`sitebuild.background`).
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

from mkdocs.exceptions import PluginError

from sitebuild import PROJECT_ROOT, background, cache

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
    return subprocess.run(
        [sys.executable, "-m", "neoindex_core", *arguments], cwd=PROJECT_ROOT, capture_output=True, text=True
    )


def cli_output(command: str) -> str:
    """The output of worked example ``command`` as a code block, made again only when the library changes."""
    if command not in EXAMPLES:
        raise PluginError(f"cli-output: unknown example '{command}' (known: {', '.join(EXAMPLES)})")
    folder = cache.artefact(
        f"cli-output-{command}",
        lambda out: (out / "output.md").write_text(_run_example(command), encoding="utf-8"),
        cache.package_inputs() + [Path(__file__)],
        " ".join(EXAMPLES[command]),
    )
    return (folder / "output.md").read_text(encoding="utf-8")


def _run_example(command: str) -> str:
    """Write the example files to a temporary folder, run ``command`` on them and return its output as a code block."""
    with tempfile.TemporaryDirectory(prefix="neoindex-cli-") as folder:
        steps = [["example", folder], [part.format(folder=folder) for part in EXAMPLES[command]]]
        for arguments in steps:
            done = _run(arguments)
            if done.returncode != 0:
                raise PluginError(
                    f"docs/cli.md: the worked example '{' '.join(arguments)}' failed "
                    f"with status {done.returncode}:\n{done.stderr}"
                )
        text = done.stdout.replace(folder, "example")
    return "```text\n" + text.rstrip() + "\n```"


_start_early = True


def on_startup(command, dirty):
    global _start_early
    # A live preview with --dirty renders the command-line page only when that page changed: starting its
    # examples at every reload would be work for nothing (they run when the page asks, as before).
    _start_early = not (command == "serve" and dirty)


def on_config(config):
    if _start_early:
        for command in EXAMPLES:
            background.start(f"cli-output-{command}", cli_output, command)
    return config


def on_page_markdown(markdown: str, page, config, files) -> str:
    if "<!-- cli-output:" not in markdown:
        return markdown
    return _PLACEHOLDER.sub(lambda m: background.result(f"cli-output-{m.group(1)}", cli_output, m.group(1)), markdown)
