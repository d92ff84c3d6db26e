"""Build machinery for the static site: notebook execution, vendored browser libraries, MkDocs hooks."""
