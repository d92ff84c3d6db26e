"""Cut a stylesheet down to the rules that can match the pages it serves.

A rule is kept when at least one of its selectors names only classes and ids
that occur in the pages (element names, attributes and pseudo-classes are not
checked, so the cut errs on keeping) and does not look for the document's root
inside another element (``.jupyter-wrapper :root`` matches nothing). At-rules
with nested rules (``@media``, ``@supports``) are cut inside and dropped when
empty; other at-rules stay. Custom properties (``--name: ...``) that no kept
declaration reads through ``var(--name)`` are dropped too.
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


def selector_used(selector: str, used: set[str]) -> bool:
    """Whether every class and id a selector requires is among ``used``."""
    if _ROOT_INSIDE.search(selector.strip()):
        return False
    bare = _FUNCTIONAL.sub("", selector)
    bare = re.sub(r"\[[^\]]*\]", "", bare)
    return all(kind + name.replace("\\", "") in used for kind, name in _NAMES.findall(bare))


def _trim_rules(rules, used: set[str]) -> list[str]:
    out: list[str] = []
    for rule in rules:
        if rule.type == "qualified-rule":
            selectors = tinycss2.serialize(rule.prelude).split(",")
            if any(selector_used(s, used) for s in selectors):
                out.append(tinycss2.serialize([rule]))
        elif rule.type == "at-rule":
            if rule.lower_at_keyword in _NESTED and rule.content is not None:
                inner = _trim_rules(tinycss2.parse_rule_list(rule.content, True, True), used)
                if inner:
                    out.append(f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude)}{{{''.join(inner)}}}")
            else:
                out.append(tinycss2.serialize([rule]))
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


def trim(css: str, used: set[str]) -> str:
    """``css`` without the rules no page can use, the custom properties nothing reads, and comments."""
    rules = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
    return drop_unread_properties("\n".join(_trim_rules(rules, used)) + "\n")
