"""Hook: each ``<!-- ... -->`` placeholder in a page's Markdown becomes what it names.

The Rosstat tables of "About the data" (:mod:`sitebuild.render.rosstat_tables`), the verdicts
(:mod:`~sitebuild.render.verdicts`), the concept map (:mod:`~sitebuild.render.concept_map`), a
command-line example's output (:mod:`~sitebuild.render.cli_output`), how to get the package
(:mod:`~sitebuild.render.get_package`) and the commit the site was built from
(:mod:`~sitebuild.render.build_info`). Each fills only its own placeholders, so their order does not matter.
"""

from __future__ import annotations

from sitebuild.render import build_info, cli_output, concept_map, get_package, rosstat_tables, verdicts

FILLERS = (rosstat_tables, verdicts, concept_map, cli_output, get_package, build_info)


def on_page_markdown(markdown: str, page, config, files) -> str:
    for filler in FILLERS:
        markdown = filler.fill(markdown, page, config, files)
    return markdown
