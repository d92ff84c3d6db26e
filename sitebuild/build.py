"""Build the site into a temporary folder and swap it in only on success.

``python -m sitebuild.build [--site-dir site]`` runs ``mkdocs build
--strict`` into ``.site-build/``; only when that succeeds does the new site
replace ``site/``. A failed build leaves the site built earlier untouched.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from sitebuild import PROJECT_ROOT


def build(site_dir: Path, project_root: Path = PROJECT_ROOT) -> int:
    staging = project_root / ".site-build"
    previous = project_root / ".site-previous"
    for leftover in (staging, previous):
        shutil.rmtree(leftover, ignore_errors=True)
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(staging)]
    print("building the site:", " ".join(command[2:]), flush=True)
    result = subprocess.run(command, cwd=project_root)
    if result.returncode != 0:
        shutil.rmtree(staging, ignore_errors=True)
        kept = f"the site built earlier in {site_dir} is untouched" if site_dir.exists() else "no site was published"
        print(f"\nBUILD FAILED (mkdocs exit {result.returncode}); {kept}.", file=sys.stderr)
        return result.returncode
    if site_dir.exists():
        site_dir.rename(previous)
    staging.rename(site_dir)
    shutil.rmtree(previous, ignore_errors=True)
    index = site_dir / "index.html"
    print(
        f"\nSite built in {site_dir}/. Open {index} directly, or run `make preview` and visit the address "
        "mkdocs.yml gives as site_url (http://127.0.0.1:8000/ by default)."
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site-dir", type=Path, default=PROJECT_ROOT / "site")
    args = parser.parse_args(argv)
    return build(args.site_dir.resolve())


if __name__ == "__main__":
    sys.exit(main())
