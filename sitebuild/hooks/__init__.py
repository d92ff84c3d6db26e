"""MkDocs hooks, one job each; ``mkdocs.yml`` lists them under ``hooks:``."""
