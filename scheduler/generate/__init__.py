"""Realistic, clearly fictitious scenarios for demos, tests and benchmarks (``respite generate``).

``generate(size, seed)`` builds a Haderslev-style scenario for the planning year 2027: centres
called ``Testcenter …``, persons ``Borger 0001`` …, one year of wishes with a strong summer peak
(summer demand well above the beds, the rest of the year below them), school holidays and
Christmas, wishes handed in on time, on the deadline and late, a few acute needs, persons with
care needs, limits or no right to respite, and a few closed beds. The same size and seed always
give the same scenario: every draw comes from one ``random.Random(seed)``.

Regions (size L) are several municipalities, and FORMAT.md has no field for that. They are
expressed with the fields it has: each centre's ``tags`` include its district's tag
(``område-07``) and each person's ``needs`` include their own district's tag, so suitability
keeps persons in their district. About one person in twenty carries no district tag (living on
a border, or placed by agreement) and may go anywhere in the region. Size M, a city, has no
districts: a city's Visitation places its citizens on any of its centres.

``generate_with_services(size, seed)`` adds day-centre places and relief at home
(``scheduler.generate.services``): day centres join the centres, and the services come beside
the scenario. Their draws are apart from the stays', so ``generate`` gives the same scenario
as before without them; ``respite generate`` and the demo hold both.
"""

from __future__ import annotations

import random

from scheduler.domain.model import Scenario
from scheduler.domain.services import Services
from scheduler.generate.centres import make_centres, make_closures
from scheduler.generate.persons import make_persons
from scheduler.generate.requests import RequestMaker, make_requests
from scheduler.generate.season import HORIZON_END, HORIZON_START
from scheduler.generate.services import SERVICE_SIZES, add_services
from scheduler.generate.sizes import SIZES, SizeSpec
from scheduler.generate.tags import district_tag
from scheduler.io.profiles import read_profile, rules_from_mapping
from scheduler.io.service_profile import service_rules_from_mapping

PROFILE = "haderslev"

__all__ = ["PROFILE", "SERVICE_SIZES", "SIZES", "SizeSpec", "generate", "generate_with_services"]


def generate(size: str, seed: int) -> tuple[Scenario, str]:
    """A fictitious scenario of ``size`` (``S``, ``M`` or ``L``) and the name of its profile.

    Parameters
    ----------
    size
        ``S`` a municipality like Haderslev, ``M`` a city, ``L`` a region (see ``SIZES``).
    seed
        Seed of the random draws: the same seed gives the same scenario.

    Returns
    -------
    tuple
        The scenario (no bookings) and the profile it follows, ``haderslev``.

    Raises
    ------
    ValueError
        When ``size`` is not one of ``SIZES``.
    """
    if size not in SIZES:
        raise ValueError(f"unknown size {size!r}; expected one of {sorted(SIZES)}")
    spec = SIZES[size]
    rules, faults = rules_from_mapping(read_profile(PROFILE), {}, f"{PROFILE}.toml", "")
    if rules is None:
        raise ValueError(f"profile {PROFILE!r} is invalid: {[f.code for f in faults]}")
    rng = random.Random(seed)
    centres = make_centres(rng, spec.centres, spec.beds, spec.districts)
    closures = make_closures(rng, centres)
    district_beds = [
        sum(c.beds for c in centres if district_tag(d) in c.tags)
        for d in range(1, spec.districts + 1)
    ]
    persons = make_persons(rng, spec.persons, district_beds)
    maker = RequestMaker(rng, rules, centres, spec.summer_share)
    requests = make_requests(maker, persons, spec.requests)
    scenario = Scenario(
        rules=rules,
        horizon_start=HORIZON_START,
        horizon_end=HORIZON_END,
        centres=tuple(centres),
        closures=tuple(closures),
        persons=tuple(persons),
        requests=tuple(requests),
    )
    return scenario, PROFILE


def generate_with_services(size: str, seed: int) -> tuple[Scenario, Services, str]:
    """``generate`` with day-centre places and relief at home (``SERVICE_SIZES``): the scenario
    with its day centres among the centres, its services, and the profile's name.

    Raises
    ------
    ValueError
        When ``size`` is not one of ``SIZES``.
    """
    scenario, profile = generate(size, seed)
    rules = service_rules_from_mapping(read_profile(profile), {})
    scenario, services = add_services(scenario, rules, size, seed, SIZES[size].districts)
    return scenario, services, profile
