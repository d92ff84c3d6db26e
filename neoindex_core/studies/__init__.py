"""One module per chapter, named like its notebook: the computations behind each study's page."""
