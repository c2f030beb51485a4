"""Bed labels by interval colouring: beds in a centre are interchangeable, so any plan whose
nightly count stays within the beds can be given labels ``1`` … ``beds`` without clashes."""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date


def label_beds(
    stays: Sequence[tuple[str, str, date, date]],
    beds: Mapping[str, int],
    previous: Mapping[str, int] | None = None,
) -> dict[str, int]:
    """Give each stay ``(request_id, centre_id, start, end)`` a bed label.

    Stays are taken by arrival; each keeps its ``previous`` label when that bed is free, else takes
    the lowest free one. At an arrival fewer stays than beds are present, so a free label always
    exists when the nightly counts keep the capacity.
    """
    previous = previous or {}
    by_centre: dict[str, list[tuple[date, date, str]]] = defaultdict(list)
    for request_id, centre_id, start, end in stays:
        by_centre[centre_id].append((start, end, request_id))
    labels: dict[str, int] = {}
    for centre_id, centre_stays in by_centre.items():
        centre_stays.sort()
        free = set(range(1, beds[centre_id] + 1))
        leaving: list[tuple[date, int]] = []
        for start, end, request_id in centre_stays:
            while leaving and leaving[0][0] <= start:
                free.add(heapq.heappop(leaving)[1])
            if not free:
                raise ValueError(f"centre {centre_id} is over capacity on {start}")
            wanted = previous.get(request_id)
            label = wanted if wanted in free else min(free)
            free.discard(label)
            labels[request_id] = label
            heapq.heappush(leaving, (end, label))
    return labels
