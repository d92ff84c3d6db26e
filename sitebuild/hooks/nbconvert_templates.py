"""Hook: nbconvert compiles each Jinja template once per process, not once per chapter.

mkdocs-jupyter makes a new nbconvert exporter for every chapter it renders (and one more
for the chapter's table of contents), and each exporter compiles the templates it uses
again: about 0.1 s a chapter, in the process that writes the pages. Jinja can keep
compiled templates in a bytecode cache, keyed on a template's name and checked against
its source. Every nbconvert environment here shares one such cache in memory, so a
template is compiled once, and again only if its source changes (``make serve``).
The pages come out the same.
"""

from __future__ import annotations

import jinja2
from mkdocs.exceptions import PluginError
from nbconvert.exporters.templateexporter import TemplateExporter


class CompiledTemplates(jinja2.BytecodeCache):
    """Jinja's compiled templates, kept in memory for every environment that is given this cache."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        """Fill ``bucket`` with the template's compiled code, if this process compiled it before."""
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)  # Jinja discards it if the template's source changed

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        """Keep the template's newly compiled code."""
        self._code[bucket.key] = bucket.bytecode_to_string()


COMPILED = CompiledTemplates()


def on_config(config):
    """Give every nbconvert environment made from now on the shared cache (once per process)."""
    create = getattr(TemplateExporter, "_create_environment", None)
    if create is None:  # nbconvert changed: this hook must follow it
        raise PluginError("nbconvert_templates hook: nbconvert's TemplateExporter has no _create_environment")
    if getattr(create, "shares_compiled_templates", False):  # a later build of `make serve`
        return config

    def create_sharing(exporter: TemplateExporter) -> jinja2.Environment:
        environment = create(exporter)
        environment.bytecode_cache = COMPILED
        return environment

    create_sharing.shares_compiled_templates = True
    TemplateExporter._create_environment = create_sharing
    return config
