"""Griffe extension: the Sphinx roles in the package's docstrings become links and formulas on the API pages.

The docstrings name other objects the Sphinx way (``:func:`compute```,
``:mod:`.aggregate```, ``:func:`~neoindex_core.engine.aggregate.combinable```), and
mkdocstrings printed those roles as it found them. Once the package is loaded, each role
becomes a cross-reference to the object it names, resolved in the docstring's own scope
(what the object's module imports, its members, its parents'). The reference is optional:
autorefs links it when the object has a place on the API pages, and shows the name as code
otherwise. The name shown follows Sphinx: a leading ``~`` keeps only the last part, and an
explicit title (``:func:`title <target>```) is shown as written. A formula
(``:math:`\\ln(x + a)```) becomes arithmatex's inline maths, ``\\(...\\)``, and a
displayed one (the ``.. math::`` directive, its formula on the same line or indented below)
its block maths, ``\\[...\\]``; the page draws both with KaTeX like any other formula on the site.

mkdocs.yml names this module among the Python handler's ``extensions``.
"""

from __future__ import annotations

import html
import re

import griffe

ROLE = re.compile(
    r":(?:py:)?(?:func|class|mod|data|meth|attr|exc|obj|const):"
    r"`(?P<text>[^`<]+?)(?:\s*<(?P<target>[^`>]+)>)?`"
)
MATH = re.compile(r":math:`(?P<formula>[^`]+)`")
# ".. math:: formula", or ".. math::" with the formula's lines indented below it.
MATH_BLOCK = re.compile(
    r"^(?P<indent>[ \t]*)\.\. math::[ \t]*(?P<first>\S[^\n]*)?(?:\n|$)(?P<more>(?:(?P=indent)[ \t]+\S[^\n]*(?:\n|$))*)",
    re.MULTILINE,
)


def shown_name(text: str) -> str:
    """What Sphinx shows for a role's text without an explicit title."""
    text = text.lstrip(".")
    if text.startswith("~"):
        return text[1:].rsplit(".", 1)[-1]
    return text


def identifier(obj: griffe.Object, target: str) -> str:
    """The full path of ``target`` as seen from ``obj``, or ``target`` itself if it names nothing in scope."""
    path = target.lstrip("~").lstrip(".")
    first, _, rest = path.partition(".")
    try:
        base = obj.resolve(first)
    except (griffe.NameResolutionError, griffe.AliasResolutionError, KeyError):
        return path
    return f"{base}.{rest}" if rest else base


def cross_references(obj: griffe.Object, docstring: str) -> str:
    """``docstring`` with each Sphinx role replaced by an optional autorefs cross-reference or maths."""

    def replace(match: re.Match) -> str:
        text, target = match["text"].strip(), match["target"]
        title = text if target else shown_name(text)
        ident = identifier(obj, target or text)
        return f'<autoref identifier="{html.escape(ident)}" optional><code>{html.escape(title)}</code></autoref>'

    docstring = MATH_BLOCK.sub(_block_maths, docstring)
    return MATH.sub(lambda match: rf"\({match['formula']}\)", ROLE.sub(replace, docstring))


def _block_maths(match: re.Match) -> str:
    indent = match["indent"]
    lines = [match["first"] or "", *match["more"].splitlines()]
    formula = "\n".join(indent + line.strip() for line in lines if line.strip())
    return f"{indent}\\[\n{formula}\n{indent}\\]\n"


def _objects(obj: griffe.Object):
    yield obj
    for member in obj.members.values():
        if not member.is_alias:  # an imported name: its own module's docstrings are rewritten there
            yield from _objects(member)


class SphinxRoles(griffe.Extension):
    """Rewrite the roles once the whole package is loaded, so every name it defines can be resolved."""

    def on_package(self, *, pkg: griffe.Module, **kwargs) -> None:
        """Rewrite every docstring of the loaded package ``pkg`` (imported names are left to their own modules)."""
        for obj in _objects(pkg):
            if obj.docstring is not None:
                obj.docstring.value = cross_references(obj, obj.docstring.value)
