"""The teachers' page says how to get the package: the repository when the site names one, else the wheel."""

from __future__ import annotations

from mkdocs.utils import get_relative_url

from neoindex_core.publish import locale
from sitebuild import editions

MARKER = "    <!-- get-the-package -->"  # indented: it stands inside a list item


def instructions(repo_url: str, wheel_url: str | None, lang: str = locale.DEFAULT) -> str:
    """Markdown steps to get NeoIndex: clone ``repo_url`` if given, else install the wheel the site serves.

    The sentences around the commands are ``[site_words]`` strings in ``lang``.
    """
    if repo_url:
        return (
            "    ```bash\n"
            f"    git clone {repo_url} neoindex && cd neoindex\n"
            "    make venv              # the pinned Python environment in .venv\n"
            "    .venv/bin/pip install jupyterlab jupytext\n"
            "    .venv/bin/jupyter lab notebooks/\n"
            "    ```"
        )
    if wheel_url:
        name = wheel_url.rsplit("/", 1)[-1]
        return (
            f"    {locale.text('site_words.get_wheel', lang, wheel=f'[`{name}`]({wheel_url})')}\n\n"
            "    ```bash\n"
            "    python3.11 -m venv neoindex && . neoindex/bin/activate\n"
            f"    pip install {name} jupyterlab jupytext\n"
            "    jupyter lab\n"
            "    ```"
        )
    return "    " + locale.text("site_words.get_elsewhere", lang)


def fill(markdown: str, page, config, files) -> str:
    if MARKER not in markdown:
        return markdown
    # A Markdown link is relative to the page's source file; MkDocs rewrites it for the built page.
    wheels = sorted(f.src_uri for f in files if f.src_uri.endswith(".whl"))
    wheel = get_relative_url(wheels[-1], page.file.src_uri) if wheels else None
    repo_url = (config.get("repo_url") or "").strip()
    return markdown.replace(MARKER, instructions(repo_url, wheel, editions.edition(config)))
