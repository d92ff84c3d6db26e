"""HTML kept as text until a reader opens its details (sitebuild/render/kept.py)."""

from sitebuild.render.kept import kept


def test_content_is_kept_verbatim_in_a_noscript():
    content = '<div class="x"><pre>a &lt; b &amp;&amp; c</pre><script>x()</script><!-- n --></div>'
    assert kept(content) == f'<noscript class="nx-kept">{content}</noscript>'


def test_content_that_would_end_the_noscript_early_stays_in_a_template():
    for content in ("<pre>x</noscript>y</pre>", "<p>x</NOSCRIPT >y</p>"):
        assert kept(content) == f"<template>{content}</template>"
