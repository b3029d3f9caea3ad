"""Worked combinations of building blocks: which placements add up to an obligation.

A combination reaches the target with as little overshoot as possible, then with as few placements as
possible (a small coin-change search over the table's values).
"""

from __future__ import annotations

import math
from functools import reduce

from kb.plan.rules import Block, Table

COUNTED_PER = ("jaar", "plaatsing")
_MAX_STATES = 20_000


def usable(table: Table, categories: tuple[str, ...] = ("baan", "leren")) -> list[Block]:
    """Blocks with a fixed value per year or per placement, highest value first (stable)."""
    blocks = [b for b in table.blocks if b.value and b.per in COUNTED_PER and b.category in categories]
    return sorted(blocks, key=lambda b: -b.value)


def best_mix(target: float, blocks: list[Block], required: tuple[Block, ...] = ()) -> dict[str, int] | None:
    """Counts per block id reaching `target` with the least overshoot, then the fewest placements."""
    if not blocks:
        return None
    counts: dict[str, int] = {}
    for block in required:
        counts[block.id] = counts.get(block.id, 0) + 1
    remaining = max(0.0, target - sum(b.value for b in required))
    step = reduce(math.gcd, [int(b.value) for b in blocks])
    largest = blocks[0]
    # Very large targets: take the largest block until the rest is small enough to search.
    states = math.ceil(remaining / step)
    if states > _MAX_STATES:
        bulk = (states - _MAX_STATES) * step // int(largest.value) + 1
        counts[largest.id] = counts.get(largest.id, 0) + bulk
        remaining -= bulk * largest.value
        states = max(0, math.ceil(remaining / step))
    limit = states + int(largest.value) // step
    inf = math.inf
    fewest = [0.0] + [inf] * limit
    choice: list[Block | None] = [None] * (limit + 1)
    for amount in range(1, limit + 1):
        for block in blocks:
            units = int(block.value) // step
            if units <= amount and fewest[amount - units] + 1 < fewest[amount]:
                fewest[amount] = fewest[amount - units] + 1
                choice[amount] = block
    reach = next((a for a in range(states, limit + 1) if fewest[a] < inf), None)
    if reach is None:
        return None
    while reach > 0:
        block = choice[reach]
        counts[block.id] = counts.get(block.id, 0) + 1
        reach -= int(block.value) // step
    return counts


def recipes(table: Table, target: float) -> list[tuple[str, dict[str, int]]]:
    """One or two worked combinations: jobs only, and jobs with a learning place."""
    found: list[tuple[str, dict[str, int]]] = []
    jobs = usable(table, ("baan",))
    learning = usable(table, ("leren",))
    if jobs:
        mix = best_mix(target, jobs)
        if mix:
            found.append(("banen", mix))
    if learning:
        values = {b.id: b.value for b in jobs + learning}
        score = lambda mix: (sum(values[k] * n for k, n in mix.items()), sum(mix.values()))
        mixes = [m for m in (best_mix(target, jobs + learning, required=(b,)) for b in learning) if m]
        mix = min(mixes, key=score) if mixes else None
        if mix and all(mix != other for _, other in found):
            found.append(("banen en leerwerkplekken" if jobs else "leerwerkplekken", mix))
    return found


def min_persons(count: int, block: Block, years: float | None) -> int | None:
    """How many different people `count` placement-years of a block need, when a person counts only so long."""
    if block.per != "jaar" or not block.max_years:
        return None
    per_person = min(block.max_years, years) if years else block.max_years
    needed = math.ceil(count / per_person)
    return needed if needed > 1 else None
