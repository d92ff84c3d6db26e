"""``<!-- cli-output: index -->`` in a page becomes the output of that worked example.

The outputs are made before mkdocs starts, by the ``cli-examples`` step (:mod:`sitebuild.steps`,
:mod:`sitebuild.cli_examples`); this hook only reads them from ``generated/cli-examples/``.
"""

from __future__ import annotations

import re

from mkdocs.exceptions import PluginError

from sitebuild import steps

_PLACEHOLDER = re.compile(r"<!-- cli-output: (\w+) -->")


def example_output(command: str) -> str:
    """The code block the ``cli-examples`` step wrote for ``command``."""
    path = steps.output("cli-examples") / f"{command}.md"
    if not path.is_file():
        raise PluginError(f"cli-output: no output for the example '{command}' in {path.parent} (run the steps first)")
    return path.read_text(encoding="utf-8")


def fill(markdown: str, page, config, files) -> str:
    if "<!-- cli-output:" not in markdown:
        return markdown
    return _PLACEHOLDER.sub(lambda m: example_output(m.group(1)), markdown)
