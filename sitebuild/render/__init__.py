"""What the hooks put into pages, one module per kind of content; none of them is a hook.

The hooks in ``sitebuild/hooks/`` call these functions in a fixed order (see each hook's
docstring); each function takes text and returns text, so it can be tested alone.
"""
