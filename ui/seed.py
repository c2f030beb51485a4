"""Fill an empty store with a scenario (``make run`` seeds the demo this way).

``python -m ui.seed SCENARIO`` imports ``SCENARIO`` through the service layer into the store at
``RESPITE_DB`` only when the store holds no data yet; run again, it changes nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scheduler.domain.faults import ScenarioError
from scheduler.i18n import t
from scheduler.io.fault_text import format_fault
from scheduler.io.scenario_reader import read_scenario_with_services
from scheduler.service.connection import open_store
from scheduler.service.importing import import_scenario
from scheduler.service.services_view import allocate_day_places
from scheduler.service.views import centres

ACTOR = "demo-seed"


def seed(url: str | None, scenario: Path) -> bool:
    """Import ``scenario`` into the store at ``url`` if it is empty, with its day-centre and
    relief tables (the day-centre places allocated when it has wishes); whether it was imported.

    Raises
    ------
    ScenarioError
        When the scenario is invalid.
    """
    engine = open_store(url)
    if centres(engine):
        return False
    data, services = read_scenario_with_services(scenario)
    import_scenario(engine, data, ACTOR, services)
    if services.day_wishes:
        allocate_day_places(engine, ACTOR)
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.seed", description=__doc__)
    parser.add_argument("scenario", type=Path, help="scenario folder or .xlsx workbook")
    parser.add_argument("--db", help="database URL (default: RESPITE_DB, else sqlite)")
    args = parser.parse_args(argv)
    try:
        imported = seed(args.db, args.scenario)
    except ScenarioError as error:
        for fault in error.faults:
            print(format_fault(fault), file=sys.stderr)
        return 2
    print(t("ui.seed.done" if imported else "ui.seed.skipped", scenario=args.scenario))
    return 0


if __name__ == "__main__":
    sys.exit(main())
