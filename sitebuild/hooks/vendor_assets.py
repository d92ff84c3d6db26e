"""Hook: serve the pinned browser libraries (Vega, Vega-Lite, vega-embed, KaTeX) from the site itself."""

from __future__ import annotations

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from sitebuild import vendor


def on_files(files: Files, config) -> Files:
    try:
        assets = vendor.asset_files()
    except vendor.VendorMissing as err:
        raise PluginError(str(err)) from None
    for site_path, path in assets.items():
        files.append(File.generated(config, f"assets/vendor/{site_path}", abs_src_path=str(path)))
    return files
