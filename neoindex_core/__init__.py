"""NeoIndex core: the data package, the study computations and the chart helpers.

Modules
-------
data
    Read ``datapackage.json`` and load its resources as typed pandas objects.
validate
    Check every resource against its Table Schema; one line per problem.
shocks
    Classify industries by how the COVID-19 shock hit them (study 000).
charts
    Publish Altair charts as self-contained figures for the static site.
diagrams
    Draw concept diagrams as inline SVG that needs no script and no network.
"""

__version__ = "2026.12.dev0"
