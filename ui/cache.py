"""Views of the store kept between runs, so that a page drawn again on the same data does not
read and compute it again.

Every cached view is keyed by the store's URL and its *stamp* (``store_stamp``: the newest
audit entry and plan version, which every write changes), so a change made by anyone, in the
app or on the command line, is seen on the next run. Views are immutable (frozen dataclasses)
and shared between sessions; a centre manager's view is cached under their centre, so no
session ever gets another role's view. Tables (pandas frames) are cached as data (each run
gets its own copy).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import streamlit as st
from sqlalchemy import Engine

from scheduler.domain.model import Centre
from scheduler.service.casework import YearAccount, all_year_accounts
from scheduler.service.history import (
    Gone,
    PromiseChange,
    VersionChange,
    changed_promises,
    gone_requests,
    store_stamp,
    version_changes,
)
from scheduler.service.operations import Offer, OverdueCase, overdue, waiting_list
from scheduler.service.services_view import ServicesView, centre_groups, services_view
from scheduler.service.versions import PlanVersionInfo, list_versions
from scheduler.service.views import PlanView, Which, centres, plan_view

T = TypeVar("T")
Stamp = tuple[int, int]
ENTRIES = 16
"""How many keys each cache keeps (least recently used dropped first)."""


def stamp(engine: Engine) -> Stamp:
    """The store's stamp now (two cheap reads)."""
    return store_stamp(engine)


def url(engine: Engine) -> str:
    """The store's URL, as a cache key."""
    return engine.url.render_as_string(hide_password=False)


_url = url


@st.cache_resource(max_entries=ENTRIES, show_spinner=False)
def _view(_engine: Engine, url: str, which: str, centre: str | None, stamp: Stamp) -> PlanView:
    return plan_view(_engine, Which(which), centre)


def view(engine: Engine, which: Which = Which.NEWEST, centre: str | None = None) -> PlanView:
    """``plan_view(engine, which, centre)``, computed once per stamp of the store.

    Raises
    ------
    UserError
        As ``plan_view`` does (nothing is cached then).
    """
    return _view(engine, _url(engine), str(which), centre, stamp(engine))


@st.cache_resource(max_entries=ENTRIES, show_spinner=False)
def _centres(_engine: Engine, url: str, stamp: Stamp) -> tuple[Centre, ...]:
    return centres(_engine)


def stored_centres(engine: Engine) -> tuple[Centre, ...]:
    """The stored centres (none before the first import), once per stamp."""
    return _centres(engine, _url(engine), stamp(engine))


@st.cache_resource(max_entries=ENTRIES, show_spinner=False)
def _services(_engine: Engine, url: str, centre: str | None, stamp: Stamp) -> ServicesView:
    return services_view(_engine, centre)


def services(engine: Engine, centre: str | None = None) -> ServicesView:
    """``services_view(engine, centre)`` (a day-centre leader's view under their centre), once
    per stamp.

    Raises
    ------
    UserError
        As ``services_view`` does (nothing is cached then).
    """
    return _services(engine, _url(engine), centre, stamp(engine))


@st.cache_resource(max_entries=ENTRIES, show_spinner=False)
def _groups(_engine: Engine, url: str, stamp: Stamp) -> tuple[list[Centre], list[Centre]]:
    return centre_groups(_engine)


def stay_and_day_centres(engine: Engine) -> tuple[list[Centre], list[Centre]]:
    """The stored centres with beds for stays and the day centres, once per stamp."""
    stays, days = _groups(engine, _url(engine), stamp(engine))
    return list(stays), list(days)


@st.cache_resource(max_entries=ENTRIES, show_spinner=False)
def _accounts(_engine: Engine, url: str, stamp: Stamp) -> list[YearAccount]:
    return all_year_accounts(_engine)


def accounts(engine: Engine) -> list[YearAccount]:
    """Every person's years from the published plan and the records, once per stamp."""
    return list(_accounts(engine, _url(engine), stamp(engine)))


@st.cache_resource(max_entries=ENTRIES, show_spinner=False)
def _waiting(_engine: Engine, url: str, stamp: Stamp) -> list[Offer]:
    return waiting_list(_engine)


def offers(engine: Engine) -> list[Offer]:
    """The waiting list of the published plan, once per stamp."""
    return list(_waiting(engine, _url(engine), stamp(engine)))


@st.cache_resource(max_entries=ENTRIES, show_spinner=False)
def _overdue(_engine: Engine, url: str, stamp: Stamp, day: str) -> list[OverdueCase]:
    return overdue(_engine)


def overdue_cases(engine: Engine, today: str) -> list[OverdueCase]:
    """The requests past their case deadline ``today`` (ISO), once per stamp and day."""
    return list(_overdue(engine, _url(engine), stamp(engine), today))


@st.cache_resource(max_entries=ENTRIES, show_spinner=False)
def _versions(_engine: Engine, url: str, stamp: Stamp) -> list[PlanVersionInfo]:
    return list_versions(_engine)


def versions(engine: Engine) -> list[PlanVersionInfo]:
    """Every plan version, oldest first, once per stamp."""
    return list(_versions(engine, _url(engine), stamp(engine)))


@st.cache_resource(max_entries=256, show_spinner=False)
def _changes(_engine: Engine, url: str, number: int) -> list[VersionChange]:
    # A version's decisions and its base never change once it is made.
    return version_changes(_engine, number)


def changes(engine: Engine, number: int) -> list[VersionChange]:
    """What version ``number`` changed against its base (kept for good: versions are
    immutable)."""
    return list(_changes(engine, _url(engine), number))


@st.cache_resource(max_entries=ENTRIES, show_spinner=False)
def _gone(_engine: Engine, url: str, stamp: Stamp) -> list[Gone]:
    return gone_requests(_engine)


def gone(engine: Engine) -> list[Gone]:
    """The requests no longer planned (cancelled, no-shows), once per stamp."""
    return list(_gone(engine, _url(engine), stamp(engine)))


@st.cache_resource(max_entries=ENTRIES, show_spinner=False)
def _changed(_engine: Engine, url: str, stamp: Stamp) -> dict[str, PromiseChange]:
    return changed_promises(_engine)


def changed(engine: Engine) -> dict[str, PromiseChange]:
    """The requests whose promised stay changed between published versions, once per stamp."""
    return dict(_changed(engine, _url(engine), stamp(engine)))


def keyed(engine: Engine, name: str, make: Callable[[], T]) -> T:
    """``make()`` kept in this session until the store's stamp changes (for what is too much
    the session's own to share, such as a table in the session's language and filters)."""
    key = f"cache_{name}"
    now = (_url(engine), stamp(engine))
    kept = st.session_state.get(key)
    if kept is not None and kept[0] == now:
        value: T = kept[1]
        return value
    value = make()
    st.session_state[key] = (now, value)
    return value
