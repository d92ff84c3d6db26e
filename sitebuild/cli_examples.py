"""The command line's worked examples, run as a reader would run them (the ``cli-examples`` step).

``python -m sitebuild.cli_examples OUT`` writes the example files into a temporary folder once
(``neoindex example``), runs every example in :data:`EXAMPLES` on them, each as a separate process
with the project's interpreter, and keeps each one's output as a code block in ``OUT/<name>.md``.
The command-line page shows them (:mod:`sitebuild.hooks.cli_output`).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from sitebuild import PROJECT_ROOT

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


def _checked(arguments: list[str]) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "neoindex_core", *arguments], cwd=PROJECT_ROOT, capture_output=True, text=True
    )
    if done.returncode != 0:
        example = " ".join(arguments)
        sys.exit(f"docs/cli.md: the worked example '{example}' failed with status {done.returncode}:\n{done.stderr}")
    return done.stdout


def make(out: Path) -> None:
    """Write the example files to a temporary folder once, run every example on them, keep each output."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="neoindex-cli-") as folder:
        _checked(["example", folder])
        for command, arguments in EXAMPLES.items():
            text = _checked([part.format(folder=folder) for part in arguments]).replace(folder, "example")
            (out / f"{command}.md").write_text("```text\n" + text.rstrip() + "\n```", encoding="utf-8")


if __name__ == "__main__":
    make(Path(sys.argv[1]))
