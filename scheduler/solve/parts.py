"""Independent parts of a scenario: candidates that can never compete for a bed, a person or a
year's nights are solved apart, and the lexicographic optimum is the sum of the parts' optima."""

from __future__ import annotations

from collections import defaultdict

from scheduler.solve.instance import Candidate


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)


def independent_parts(candidates: list[Candidate]) -> list[list[Candidate]]:
    """Split candidates into parts; two candidates share a part when they belong to one person,
    or when both may use one centre on a common night (directly or through others)."""
    union = _UnionFind(len(candidates))
    first_of_person: dict[str, int] = {}
    windows: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    for index, candidate in enumerate(candidates):
        person_first = first_of_person.setdefault(candidate.person_id, index)
        union.union(index, person_first)
        window = (min(candidate.starts), max(candidate.starts) + candidate.length)
        for centre_id in candidate.centres:
            windows[centre_id].append((*window, index))
    for spans in windows.values():
        spans.sort()
        reach, owner = -1, -1
        for start, end, index in spans:
            if start < reach:
                union.union(index, owner)
            if end > reach:
                reach, owner = end, index
    parts: dict[int, list[Candidate]] = defaultdict(list)
    for index, candidate in enumerate(candidates):
        parts[union.find(index)].append(candidate)
    return list(parts.values())
