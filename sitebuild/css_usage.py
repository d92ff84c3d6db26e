"""Cut a stylesheet down to the rules that can match the pages it serves.

A rule is kept when at least one of its selectors names only classes and ids
that occur in the pages (element names, attributes and pseudo-classes are not
checked, so the cut errs on keeping) and does not look for the document's root
inside another element (``.jupyter-wrapper :root`` matches nothing). At-rules
with nested rules (``@media``, ``@supports``) are cut inside and dropped when
empty; other at-rules stay. Custom properties (``--name: ...``) that no kept
declaration reads through ``var(--name)`` are dropped too.

Parsing a stylesheet is the slow part (about half a second for nbconvert's 570 KB), and
it depends on the stylesheet alone: :func:`parse` turns it into plain lists that can be
cached or sent from another process, and :func:`cut` filters them by the pages' names.
"""

from __future__ import annotations

import re

import tinycss2

_CLASS_ATTR = re.compile(r'\bclass\s*=\s*"([^"]*)"|\bclass\s*=\s*\'([^\']*)\'')
_ID_ATTR = re.compile(r'\bid\s*=\s*"([^"]*)"')
_FUNCTIONAL = re.compile(r":(?:not|is|where|has|-webkit-any|-moz-any)\((?:[^()]|\([^()]*\))*\)")
_NAMES = re.compile(r"([.#])(-?[_a-zA-Z][-_a-zA-Z0-9\\:]*)")
_NESTED = {"media", "supports", "layer", "container", "document"}
# :root, html or body after a combinator can never match.
_ROOT_INSIDE = re.compile(r"\S\s+(?::root|html|body)\b")
_CUSTOM_DECLARATION = re.compile(r"(?<![-\w])(--[-\w]+)\s*:\s*((?:[^;{}()]|\([^()]*(?:\([^()]*\)[^()]*)*\))*)(;|(?=}))")
_VAR_USE = re.compile(r"var\(\s*(--[-\w]+)")


def used_names(pages: list[str]) -> set[str]:
    """Every ``.class`` and ``#id`` that occurs in the given HTML pages."""
    names: set[str] = set()
    for text in pages:
        for double, single in _CLASS_ATTR.findall(text):
            names.update("." + c for c in (double or single).split())
        names.update("#" + i for i in _ID_ATTR.findall(text))
    return names


def required_names(selector: str) -> list[str] | None:
    """The classes and ids a selector requires, or None if it can never match (``:root`` inside an element)."""
    if _ROOT_INSIDE.search(selector.strip()):
        return None
    bare = _FUNCTIONAL.sub("", selector)
    bare = re.sub(r"\[[^\]]*\]", "", bare)
    return sorted({kind + name.replace("\\", "") for kind, name in _NAMES.findall(bare)})


def _parse_rules(rules) -> list[list]:
    out: list[list] = []
    for rule in rules:
        if rule.type == "qualified-rule":
            selectors = tinycss2.serialize(rule.prelude).split(",")
            out.append(["style", tinycss2.serialize([rule]), [required_names(s) for s in selectors]])
        elif rule.type == "at-rule":
            if rule.lower_at_keyword in _NESTED and rule.content is not None:
                inner = _parse_rules(tinycss2.parse_rule_list(rule.content, True, True))
                out.append(["group", f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude)}", inner])
            else:
                out.append(["other", tinycss2.serialize([rule])])
    return out


def parse(css: str) -> list[list]:
    """The rules of ``css`` as lists of strings (JSON and pickle carry them), in the form :func:`cut` reads.

    A style rule is ``["style", text, names]``, where ``names`` holds, for each selector of
    its list, the classes and ids it requires (:func:`required_names`); a grouping at-rule
    (``@media``, ``@supports``) is ``["group", prelude, rules]``; any other at-rule is
    ``["other", text]``. Comments are left out.
    """
    return _parse_rules(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True))


def _cut_rules(rules: list[list], used: set[str]) -> list[str]:
    out: list[str] = []
    for kind, text, *detail in rules:
        if kind == "style":
            if any(names is not None and used.issuperset(names) for names in detail[0]):
                out.append(text)
        elif kind == "group":
            inner = _cut_rules(detail[0], used)
            if inner:
                out.append(f"{text}{{{''.join(inner)}}}")
        else:
            out.append(text)
    return out


def _keep_if_read(read: set[str]):
    return lambda match: match.group(0) if match.group(1) in read else ""


def drop_unread_properties(css: str) -> str:
    """``css`` without the custom property declarations nothing reads (repeated until none is left)."""
    while True:
        trimmed = _CUSTOM_DECLARATION.sub(_keep_if_read(set(_VAR_USE.findall(css))), css)
        if trimmed == css:
            return css
        css = trimmed


def cut(rules: list[list], used: set[str]) -> str:
    """CSS text of the parsed stylesheet ``rules`` (:func:`parse`) less what no page can use.

    Left out: the rules none of whose selectors can match, and the custom properties nothing reads.
    """
    return drop_unread_properties("\n".join(_cut_rules(rules, used)) + "\n")


def trim(css: str, used: set[str]) -> str:
    """``css`` without the rules no page can use, the custom properties nothing reads, and comments."""
    return cut(parse(css), used)
