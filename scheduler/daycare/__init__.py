"""Allocation of day-centre places by CP-SAT (``docs/rules.md``, "Day-centre places").

A package of its own beside ``scheduler.solve``: it imports only ``scheduler.domain`` and
OR-Tools. ``allocate(scenario, services)`` gives a ``DayResult`` with the day plan;
``first_who_fits`` names who is offered a freed seat; ``waiting_list`` the queue.
"""

from scheduler.daycare.allocate import OPTIMAL, TIMED_OUT, DayResult, allocate
from scheduler.daycare.waiting import first_who_fits, waiting_list

__all__ = ["OPTIMAL", "TIMED_OUT", "DayResult", "allocate", "first_who_fits", "waiting_list"]
