"""The docstrings' Sphinx roles become cross-references resolved in their own scope (sitebuild/griffe_roles.py)."""

from __future__ import annotations

import textwrap

import griffe

from sitebuild.griffe_roles import SphinxRoles, cross_references, shown_name

MODULES = {
    "__init__.py": '"""The package: see :mod:`.tools` and :func:`~pkg.tools.helper`."""\n',
    "core.py": "def base():\n    pass\n",
    "tools.py": '''
        from pkg.core import base

        LIMIT = 3


        def helper():
            """Calls :func:`base`, unlike :func:`the other one <pkg.tools.missing>`, up to :data:`LIMIT`."""
        ''',
}


def _load(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    for name, source in MODULES.items():
        (package / name).write_text(textwrap.dedent(source), encoding="utf-8")
    return griffe.load("pkg", search_paths=[tmp_path], extensions=griffe.load_extensions(SphinxRoles))


def _ref(identifier: str, shown: str) -> str:
    return f'<autoref identifier="{identifier}" optional><code>{shown}</code></autoref>'


def test_each_role_becomes_a_reference_to_the_object_it_names_in_its_scope(tmp_path):
    package = _load(tmp_path)
    tools, helper_ref = _ref("pkg.tools", "tools"), _ref("pkg.tools.helper", "helper")
    assert package.docstring.value == f"The package: see {tools} and {helper_ref}."
    helper = package["tools.helper"].docstring.value
    assert _ref("pkg.core.base", "base") in helper, "a name the module imports resolves to where it is defined"
    assert _ref("pkg.tools.missing", "the other one") in helper, "an explicit title is kept"
    assert _ref("pkg.tools.LIMIT", "LIMIT") in helper
    assert ":func:" not in helper and ":data:" not in helper


def test_the_name_shown_follows_sphinx():
    assert shown_name("~pkg.tools.helper") == "helper"
    assert shown_name(".tools") == "tools"
    assert shown_name("pkg.tools.helper") == "pkg.tools.helper"


def test_a_formula_becomes_inline_maths_the_page_draws():
    assert (
        cross_references(None, r"shifted by :math:`\ln(x - \min x + a)` first")
        == r"shifted by \(\ln(x - \min x + a)\) first"
    )


def test_a_displayed_formula_becomes_block_maths_on_its_own_lines():
    one_line = "The share:\n\n.. math:: s_i = x_i / \\sum_j x_j\n\nwith n regions."
    assert cross_references(None, one_line) == "The share:\n\n\\[\ns_i = x_i / \\sum_j x_j\n\\]\n\nwith n regions."
    indented = "Weights:\n\n    .. math::\n        e_i = w_i\n        \\prod_n W_n\n\n    the product."
    assert (
        cross_references(None, indented)
        == "Weights:\n\n    \\[\n    e_i = w_i\n    \\prod_n W_n\n    \\]\n\n    the product."
    )
    assert cross_references(None, ".. math:: H = \\sum s_i^2") == "\\[\nH = \\sum s_i^2\n\\]\n"
