"""The command line's worked examples, run as a reader would run them (the ``cli-examples`` step).

``python -m sitebuild.cli_examples OUT`` writes the example files into a temporary folder once
(``neoindex example``), runs every example in :data:`EXAMPLES` on them, each as a separate process
with the project's interpreter, and keeps each one's output as a code block in ``OUT/<name>.md``.
The command-line page shows them (:mod:`sitebuild.render.cli_output`). Each process records the project
files it opens (an audit hook, :data:`RECORDING`) into ``OUT/reads.json``, which a test compares with the
step's declared inputs.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from sitebuild import PROJECT_ROOT, cache

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


# `python -c RECORDING reads_file arguments...` runs `python -m neoindex_core arguments...` and, at exit,
# appends the paths of the files it opened for reading to reads_file.
RECORDING = """\
import atexit, os, runpy, sys
reads_file, sys.argv = sys.argv[1], ["neoindex_core", *sys.argv[2:]]
opened = set()
def record(event, args):
    if event == "open" and isinstance(args[0], (str, os.PathLike)) and not set(str(args[1] or "r")) & set("wax+"):
        opened.add(os.path.abspath(os.fsdecode(args[0])))
sys.addaudithook(record)
atexit.register(lambda: open(reads_file, "a", encoding="utf-8").write("".join(p + "\\n" for p in sorted(opened))))
runpy.run_module("neoindex_core", run_name="__main__", alter_sys=True)
"""


def _checked(arguments: list[str], reads_file: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", RECORDING, str(reads_file), *arguments], cwd=PROJECT_ROOT, capture_output=True, text=True
    )
    if done.returncode != 0:
        example = " ".join(arguments)
        sys.exit(f"docs/cli.md: the worked example '{example}' failed with status {done.returncode}:\n{done.stderr}")
    return done.stdout


def make(out: Path) -> None:
    """Write the example files to a temporary folder once, run every example on them, keep each output."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="neoindex-cli-") as folder:
        reads_file = Path(folder) / "reads.txt"
        _checked(["example", folder], reads_file)
        for command, arguments in EXAMPLES.items():
            text = _checked([part.format(folder=folder) for part in arguments], reads_file).replace(folder, "example")
            (out / f"{command}.md").write_text("```text\n" + text.rstrip() + "\n```", encoding="utf-8")
        opened = {Path(line) for line in reads_file.read_text(encoding="utf-8").splitlines()}
    cache.write_reads(opened, out)


if __name__ == "__main__":
    make(Path(sys.argv[1]))
