"""Hierarchy: how indicators, blocks and any higher levels nest into the index.

Indicators belong to blocks (``Indicator.block``). A block, or any node above
it, may name a parent in the method's ``hierarchy`` (``child -> parent``);
a node with no parent feeds the index directly. So ``{industrial: economy,
investment: economy}`` adds a level between those blocks and the index. The
tree must have no cycle, and no node may be an indicator code or ``index``.
"""

from __future__ import annotations

from .errors import IndexInputError

INDEX = "index"
# Columns of the scores table beside the blocks: a block or level of the same name would lose its column.
RESERVED = (INDEX, "rank", "level")


def blocks_of(indicators: list) -> list[str]:
    """Blocks in the order their first indicator appears."""
    return list(dict.fromkeys(i.block for i in indicators))


def check(parents: dict, blocks: list[str], codes: list[str]) -> None:
    """Raise :class:`IndexInputError` for a cycle, an empty name, or a node that clashes with an indicator or the index.

    Parameters
    ----------
    parents : dict
        ``child -> parent`` above the blocks.
    blocks : list of str
        The blocks of the indicators.
    codes : list of str
        The indicator codes.
    """
    clash = [name for name in dict.fromkeys([*blocks, *parents, *parents.values()]) if name in RESERVED[1:]]
    if clash:
        raise IndexInputError(
            f"'{clash[0]}' cannot name a block or level: the scores have a column of that name "
            f"(reserved: {', '.join(RESERVED)})"
        )
    for child, parent in parents.items():
        if parent in blocks:
            raise IndexInputError(
                f"hierarchy: '{child}' is put under '{parent}', which is a block of indicators; a block cannot "
                f"hold another block or level (put both under a new level instead)"
            )
        if not str(child).strip() or parent is None or not str(parent).strip():
            raise IndexInputError(f"hierarchy: empty level name in '{child}: {parent}'")
        for name in (child, parent):
            if name in codes:
                raise IndexInputError(f"hierarchy: '{name}' is an indicator code, not a block or level")
        if child == INDEX:
            raise IndexInputError("hierarchy: 'index' is the top and has no parent")
    for start in parents:
        seen = [start]
        node = start
        while node in parents:
            node = parents[node]
            if node in seen:
                raise IndexInputError(f"hierarchy has a cycle: {' -> '.join(map(str, seen + [node]))}")
            seen.append(node)
    leaves = [child for child in parents if child not in blocks and child not in set(parents.values())]
    if leaves:
        raise IndexInputError(f"hierarchy: level(s) {', '.join(map(str, leaves))} hold no block (empty level)")


def steps(blocks: list[str], parents: dict) -> list[tuple[str, list[str]]]:
    """Aggregation steps above the blocks, children before parents, the index last.

    Parameters
    ----------
    blocks : list of str
        The blocks, in order.
    parents : dict
        ``child -> parent`` (checked by :func:`check`); a node with no parent feeds the index.

    Returns
    -------
    list of (str, list of str)
        ``(node, children)`` per node above the blocks; only nodes over some block appear.
    """
    reachable = [n for n in dict.fromkeys(walk(blocks, parents))]
    above = [n for n in reachable if n not in blocks] + [INDEX]
    kids = {node: [c for c in reachable if parents.get(c, INDEX) == node] for node in above}
    done, order = set(blocks), []
    while len(order) < len(above):
        ready = [n for n in above if n not in done and all(c in done for c in kids[n])]
        if not ready:
            raise IndexInputError("hierarchy has a cycle")
        for node in ready:
            done.add(node)
            order.append(node)
    return [(node, kids[node]) for node in order]


def walk(blocks: list[str], parents: dict) -> list:
    """Blocks, then every node above them, in the order met."""
    nodes = []
    for block in blocks:
        node = block
        while node is not None and node not in nodes:
            nodes.append(node)
            node = parents.get(node)
    return nodes


def path(block: str, parents: dict) -> list[str]:
    """The nodes from ``block`` up to (not including) the index."""
    nodes = [block]
    while nodes[-1] in parents:
        nodes.append(parents[nodes[-1]])
    return nodes
