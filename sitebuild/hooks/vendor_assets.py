"""Hook: serve the pinned browser libraries (Vega, Vega-Lite, vega-embed, KaTeX) from the site itself.

The build fails when a vendored build reports another version than package.json pins
(``vega.version`` in the browser is what readers and bug reports see).
"""

from __future__ import annotations

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from sitebuild import vendor


def on_files(files: Files, config) -> Files:
    try:
        assets = vendor.asset_files()
    except vendor.VendorMissing as err:
        raise PluginError(str(err)) from None
    mismatches = vendor.bundle_mismatches()
    if mismatches:
        raise PluginError("vendored builds disagree with package.json: " + "; ".join(mismatches))
    for site_path, path in assets.items():
        files.append(File.generated(config, f"assets/vendor/{site_path}", abs_src_path=str(path)))
    return files
