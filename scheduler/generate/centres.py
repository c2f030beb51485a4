"""Fictitious centres with their respite beds and tags, and a few temporary bed closures."""

from __future__ import annotations

import random
from collections import Counter
from datetime import timedelta

from scheduler.domain.model import Centre, Closure
from scheduler.generate.season import HORIZON_END, any_day
from scheduler.generate.tags import CAPABILITIES, district_tag

CENTRE_KIND = "plejecenter"
NAME_WORDS = (
    "Nord",
    "Syd",
    "Øst",
    "Vest",
    "Midt",
    "Skovly",
    "Engly",
    "Bakkely",
    "Søly",
    "Fjordly",
    "Lindely",
    "Egely",
    "Birkely",
    "Solhøj",
    "Kildely",
)
CLOSURE_SHARE = 0.25  # about one centre in four has a bed closed for a while
CLOSURE_WEEKS = (1, 2, 3)


def partition(rng: random.Random, total: int, parts: int) -> list[int]:
    """Split ``total`` into ``parts`` whole numbers of at least 1 each, of uneven sizes."""
    weights = [rng.uniform(0.5, 1.5) for _ in range(parts)]
    extra = Counter(rng.choices(range(parts), weights=weights, k=total - parts))
    return [1 + extra[i] for i in range(parts)]


def _name(index: int, district: int) -> str:
    """``Testcenter Nord``; repeated words get a number; a district is named in brackets."""
    word = NAME_WORDS[index % len(NAME_WORDS)]
    repeat = index // len(NAME_WORDS)
    name = f"Testcenter {word}" + (f" {repeat + 1}" if repeat else "")
    return f"{name} (område {district:02d})" if district else name


def _capability_tags(rng: random.Random, size: int) -> list[set[str]]:
    """Tags for a group of ``size`` centres: each capability at its share, at least one."""
    tags: list[set[str]] = [set() for _ in range(size)]
    for capability in CAPABILITIES:
        count = max(1, round(capability.centre_share * size))
        for index in rng.sample(range(size), count):
            tags[index].add(capability.tag)
    return tags


def make_centres(rng: random.Random, count: int, beds: int, districts: int) -> list[Centre]:
    """``count`` centres with ``beds`` respite beds in all, spread over ``districts`` (0: none).

    In a region each district has its own share of the centres, each with its district tag and
    every capability at least once, so a person can be served in their own district.
    """
    groups = partition(rng, count, districts) if districts else [count]
    width = max(2, len(str(count)))
    bed_counts = partition(rng, beds, count)
    centres: list[Centre] = []
    for group, size in enumerate(groups, start=1):
        district = group if districts else 0
        for index, tags in enumerate(_capability_tags(rng, size)):
            if district:
                tags.add(district_tag(district))
            number = len(centres) + 1
            centres.append(
                Centre(
                    centre_id=f"C{number:0{width}d}",
                    name=_name(index, district),
                    kind=CENTRE_KIND,
                    beds=bed_counts[number - 1],
                    tags=frozenset(tags),
                )
            )
    return centres


def make_closures(rng: random.Random, centres: list[Centre]) -> list[Closure]:
    """One bed closed for one to three weeks (within the horizon) at a few centres that have
    more than one bed, so no centre is closed whole."""
    candidates = [c for c in centres if c.beds > 1]
    count = min(len(candidates), max(1, round(CLOSURE_SHARE * len(centres))))
    days = any_day()
    closures = []
    for centre in sorted(rng.sample(candidates, count), key=lambda c: c.centre_id):
        weeks = rng.choice(CLOSURE_WEEKS)
        start = days.pick(rng)
        end = min(start + timedelta(weeks=weeks), HORIZON_END)
        closures.append(Closure(centre.centre_id, start, end, beds_closed=1))
    return closures
