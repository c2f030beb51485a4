"""Fictitious persons: mostly ordinary, a few with care needs, limits or no right to respite."""

from __future__ import annotations

import random

from scheduler.domain.model import Person
from scheduler.generate.tags import CAPABILITIES, district_tag

NEEDS_SHARE = 0.04  # persons needing a capability only some centres have
TWO_NEEDS_SHARE = 0.2  # of those, the share needing two
OUT_OF_DISTRICT_SHARE = 0.05  # in a region: persons who may go to any district's centre
HELPER_SHARE = 0.015  # carer is a self-appointed helper (§ 94)
NO_CONSENT_SHARE = 0.015
USED_NIGHTS_SHARE = 0.03
OWN_LIMIT_SHARE = 0.03
OWN_LIMITS = (21, 28, 56, 63)


def _few(rng: random.Random, count: int, share: float) -> set[int]:
    """Indices of about ``share`` of ``count`` persons, at least one."""
    return set(rng.sample(range(count), max(1, round(share * count))))


def _care_needs(rng: random.Random) -> set[str]:
    weights = [c.need_weight for c in CAPABILITIES]
    tags = [c.tag for c in CAPABILITIES]
    wanted = 2 if rng.random() < TWO_NEEDS_SHARE else 1
    needs: set[str] = set()
    while len(needs) < wanted:
        needs.add(rng.choices(tags, weights=weights)[0])
    return needs


def _used_nights(rng: random.Random) -> int:
    """Nights used earlier in the year; now and then all of them (or more)."""
    return rng.choice((42, 45)) if rng.random() < 0.1 else rng.randint(3, 35)


def make_persons(rng: random.Random, count: int, district_beds: list[int]) -> list[Person]:
    """``count`` persons named ``Borger 0001`` …, ids ``P0001`` ….

    ``district_beds`` holds the beds of each district of a region (empty for a municipality):
    persons live in districts in proportion to their beds, and carry their district's tag as a
    need, except a few who may be placed anywhere in the region.
    """
    needy = _few(rng, count, NEEDS_SHARE)
    helpers = _few(rng, count, HELPER_SHARE)
    no_consent = _few(rng, count, NO_CONSENT_SHARE)
    used = _few(rng, count, USED_NIGHTS_SHARE)
    own_limit = _few(rng, count, OWN_LIMIT_SHARE)
    width = max(4, len(str(count)))
    districts = range(1, len(district_beds) + 1)
    persons = []
    for index in range(count):
        needs = _care_needs(rng) if index in needy else set()
        if district_beds and rng.random() >= OUT_OF_DISTRICT_SHARE:
            needs.add(district_tag(rng.choices(districts, weights=district_beds)[0]))
        number = f"{index + 1:0{width}d}"
        persons.append(
            Person(
                person_id=f"P{number}",
                name=f"Borger {number}",
                needs=frozenset(needs),
                annual_nights=rng.choice(OWN_LIMITS) if index in own_limit else None,
                used_nights=_used_nights(rng) if index in used else 0,
                self_appointed_helper=index in helpers,
                consent=index not in no_consent,
            )
        )
    return persons
