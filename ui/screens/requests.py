"""Ønsker: the requests as a filterable table (cancelled ones and no-shows too, each with its
status, the reason of a rejection and what changed, in view), the upload of a scenario with a
preview, careful edits of single requests (nothing is imported or changed while any fault is
found), the history of a request; the case deadlines, the decision letters, cancellations and
the waiting list of the published plan."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from scheduler.domain.faults import ScenarioError
from scheduler.domain.model import Person, Reason, Request, RequestKind, Stay
from scheduler.domain.objective import Tier, tier_of
from scheduler.i18n import t
from scheduler.io.scenario_schema import REQUESTS
from scheduler.service.history import Gone, PromiseChange
from scheduler.service.request_edit import edit_request
from scheduler.service.views import PlanView, Standing, request_lines
from ui import cache, state
from ui.context import Context, current, load_view, version_caption
from ui.faults import show_faults
from ui.screens.sections.casework_common import said, say
from ui.screens.sections.casework_wishes import requests_casework_section
from ui.screens.sections.deadlines import deadlines_section
from ui.screens.sections.history import show_history
from ui.screens.sections.letters import letters_section
from ui.screens.sections.published import published_view
from ui.screens.sections.relief import services_by_person_section
from ui.screens.sections.reminders import summer_banner
from ui.screens.sections.unsent_letters import unsent_letters_section
from ui.screens.sections.upload import upload_section
from ui.screens.sections.waiting import cancel_section, waiting_section
from ui.words import day_text, local_day, reason_label, tier_text

CANCELLED, NO_SHOW, CHANGED = "cancelled", "no_show", "changed"
# The status filter's choices: where a request stands in the plan shown, or that it left the
# plan, or that its promised stay was changed. (No bare strings here: a page's own strings
# would be drawn by Streamlit.)
STATUSES = (*Standing, CANCELLED, NO_SHOW, CHANGED)
EDIT_PLACE = "edit"


@dataclass(frozen=True)
class Line:
    """A row of the table: a request (planned, or gone from the plan) as the plan shown and
    its history left it."""

    request: Request
    person: Person
    tier: Tier
    status: str
    stay: Stay | None
    reason: Reason | None
    changed: PromiseChange | None = None
    gone: Gone | None = None


def table_lines(ctx: Context, view: PlanView) -> list[Line]:
    """The view's requests, then those gone from the plan (cancelled, no-shows)."""
    changed = cache.changed(ctx.engine)
    lines = [
        Line(
            ln.request,
            ln.person,
            ln.tier,
            ln.standing,
            ln.stay,
            ln.reason,
            changed.get(ln.request.request_id),
        )
        for ln in request_lines(view)
    ]
    persons, rules = view.scenario.person_by_id, view.scenario.rules
    for gone in cache.gone(ctx.engine):
        person = persons.get(gone.request.person_id)
        if person is None:
            continue
        status = NO_SHOW if gone.no_show else CANCELLED
        lines.append(
            Line(
                gone.request,
                person,
                tier_of(gone.request, rules),
                status,
                gone.stay,
                gone.reason,
                changed.get(gone.request.request_id),
                gone,
            )
        )
    return lines


def _filters(view: PlanView, lang: str) -> dict[str, list[str] | str]:
    centres = view.scenario.centre_by_id
    every = t("ui.filter.all", lang)
    first, second, third = st.columns(3)
    fourth, fifth = st.columns([1, 2])
    return {
        "standing": first.multiselect(
            t("ui.filter.status", lang),
            [str(s) for s in STATUSES],
            format_func=lambda s: t(f"ui.standing.{s}", lang),
            key=state.lingual("requests_standing"),
            placeholder=every,
        ),
        "tier": second.multiselect(
            t("ui.filter.tier", lang),
            list(Tier),
            format_func=lambda x: tier_text(x, lang),
            key=state.lingual("requests_tier"),
            placeholder=every,
        ),
        "centre": third.multiselect(
            t("ui.filter.centre", lang),
            list(centres),
            format_func=lambda c: centres[c].name,
            key="requests_centre",
            placeholder=every,
        ),
        "reason": fifth.multiselect(
            t("ui.filter.reason", lang),
            list(Reason),
            format_func=lambda r: reason_label(r, lang),
            key=state.lingual("requests_reason"),
            placeholder=every,
        ),
        "person": fourth.text_input(t("ui.filter.person", lang), key="requests_person"),
    }


def _keep(line: Line, chosen: dict[str, list[str] | str]) -> bool:
    """Whether a line passes the chosen filters (an empty filter passes everything)."""
    centre = line.stay.centre_id if line.stay else line.request.preferred_centre
    person = str(chosen["person"]).strip().lower()
    statuses = chosen["standing"]
    return (
        (
            not statuses
            or line.status in statuses
            or (CHANGED in statuses and line.changed is not None)
        )
        and (not chosen["tier"] or line.tier in chosen["tier"])
        and (not chosen["centre"] or centre in chosen["centre"])
        and (not chosen["reason"] or line.reason in chosen["reason"])
        and (not person or person in f"{line.person.person_id} {line.person.name}".lower())
    )


def history_text(line: Line, centres: dict[str, str], lang: str) -> str:
    """What happened to the request besides the plan shown: cancelled, never came, its
    promised stay changed (and what was first promised)."""
    parts = []
    if line.gone is not None and line.gone.cancelled_at is not None:
        day = day_text(local_day(line.gone.cancelled_at), lang)
        parts.append(t("ui.requests.cancelled_on", lang, day=day))
    if line.gone is not None and line.gone.no_show:
        parts.append(t("ui.requests.no_show", lang))
    if line.changed is not None:
        first = line.changed.first
        parts.append(
            t(
                "ui.requests.changed",
                lang,
                times=line.changed.changes,
                centre=centres.get(first.centre_id, first.centre_id),
                start=day_text(first.start, lang),
                end=day_text(first.end, lang),
            )
        )
    return "; ".join(parts)


def request_table(lines: Sequence[Line], view: PlanView, lang: str) -> pd.DataFrame:
    """One row per request: who wished which period, where it stands, the reason of a
    rejection (in view, next to the status), where the stay is and what happened to it; then
    the wish's details."""
    centres = {c.centre_id: c.name for c in view.scenario.centres}

    def centre_name(line: Line) -> str:
        return centres.get(line.stay.centre_id, line.stay.centre_id) if line.stay else ""

    columns = {
        "request": [ln.request.request_id for ln in lines],
        "person": [f"{ln.person.name} ({ln.person.person_id})" for ln in lines],
        "wished_start": [day_text(ln.request.start, lang) for ln in lines],
        "wished_end": [day_text(ln.request.end, lang) for ln in lines],
        "status": [t(f"ui.standing.{ln.status}", lang) for ln in lines],
        "reason": [reason_label(ln.reason, lang) for ln in lines],
        "centre": [centre_name(ln) for ln in lines],
        "start": [day_text(ln.stay.start if ln.stay else None, lang) for ln in lines],
        "end": [day_text(ln.stay.end if ln.stay else None, lang) for ln in lines],
        "history": [history_text(ln, centres, lang) for ln in lines],
        "nights": [ln.request.nights for ln in lines],
        "flex": [ln.request.flex_days for ln in lines],
        "priority": [ln.request.priority for ln in lines],
        "tier": [tier_text(ln.tier, lang) for ln in lines],
        "received": [day_text(ln.request.received, lang) for ln in lines],
    }
    return pd.DataFrame({t(f"ui.col.{name}", lang): values for name, values in columns.items()})


def _table(ctx: Context, view: PlanView, lines: list[Line], kept: list[bool]) -> None:
    """The table of the lines the filters keep (``kept``: one flag per line), made once per
    store stamp and language."""
    lang = ctx.lang
    reason, history = t("ui.col.reason", lang), t("ui.col.history", lang)
    frame = cache.keyed(
        ctx.engine, f"requests_table_{lang}", lambda: request_table(lines, view, lang)
    )
    if not all(kept):
        frame = frame[kept]
    st.dataframe(
        frame,
        hide_index=True,
        height=460,
        column_config={
            reason: st.column_config.TextColumn(reason, width="large"),
            history: st.column_config.TextColumn(history, width="medium"),
        },
    )


def _cells(request: Request) -> dict[str, str]:
    """The request as the text cells of a ``requests.csv`` row."""
    return {
        "request_id": request.request_id,
        "person_id": request.person_id,
        "received": request.received.isoformat(),
        "start": request.start.isoformat(),
        "end": request.end.isoformat(),
        "flex_days": str(request.flex_days),
        "kind": request.kind.value,
        "priority": str(request.priority),
        "preferred_centre": request.preferred_centre or "",
    }


def _edit(ctx: Context, view: PlanView) -> None:
    lang = ctx.lang
    requests = view.scenario.request_by_id
    box = st.expander(
        t("ui.edit.title", lang), icon=":material/edit:", key="edit_box", on_change="rerun"
    )
    with box:
        if not box.open:  # its many choices are made only when it is opened
            said(EDIT_PLACE)
            return
        st.caption(t("ui.edit.explain", lang))
        chosen = st.selectbox(
            t("ui.edit.request", lang),
            list(requests),
            index=None,
            key="edit_request",
            placeholder=t("ui.choose", lang),
        )
        if chosen is None:
            return
        old = _cells(requests[chosen])
        with st.form(f"edit_{chosen}"):
            new = {"request_id": chosen}
            for column in REQUESTS.columns[1:]:
                if column == "kind":
                    kinds = [k.value for k in RequestKind]
                    new[column] = st.selectbox(
                        column,
                        kinds,
                        index=kinds.index(old[column]),
                        format_func=lambda k: t(f"ui.kind.{k}", lang),
                    )
                else:
                    new[column] = st.text_input(column, value=old[column])
            submitted = st.form_submit_button(t("ui.edit.save", lang), type="primary")
        said(EDIT_PLACE)
        if not submitted:
            return
        if new == old:
            st.info(t("ui.edit.unchanged", lang))
            return
        try:
            edit_request(ctx.engine, new, ctx.viewer.actor)
        except ScenarioError as error:
            show_faults(error, lang)
            return
        say(EDIT_PLACE, "success", t("ui.edit.done", lang, request=chosen))
        st.rerun()


def _history(ctx: Context, view: PlanView, shown: list[str]) -> None:
    """The history of one of the requests shown (cancelled ones too)."""
    lang = ctx.lang
    box = st.expander(
        t("ui.history.title", lang), icon=":material/history:", key="history_box", on_change="rerun"
    )
    with box:
        if not box.open:  # its many choices are made only when it is opened
            return
        st.caption(t("ui.history.explain", lang))
        chosen = st.selectbox(
            t("ui.history.request", lang),
            shown,
            index=None,
            key="history_request",
            placeholder=t("ui.choose", lang),
        )
        if chosen is not None:
            show_history(ctx, view, chosen)


def render(ctx: Context) -> None:
    lang = ctx.lang
    st.title(t("ui.page.requests", lang))
    upload_section(ctx)
    view = load_view(ctx)
    # case work all year: a new wish (placed now or kept for planning); a promise changed
    requests_casework_section(ctx, view)
    summer_banner(ctx, view)
    deadlines_section(ctx, view)
    version_caption(view, lang)
    chosen = _filters(view, lang)
    lines = cache.keyed(ctx.engine, "requests_lines", lambda: table_lines(ctx, view))
    kept = [_keep(line, chosen) for line in lines]
    shown = [line.request.request_id for line, keep in zip(lines, kept, strict=True) if keep]
    st.caption(t("ui.requests.shown", lang, shown=len(shown), total=len(lines)))
    _table(ctx, view, lines, kept)
    # the same persons' other services: day-centre wishes and relief grants
    services_by_person_section(ctx, view)
    _history(ctx, view, shown)
    published = published_view(ctx.engine, view, lang)
    if published is not None:
        letters_section(ctx, published, shown)
        cancel_section(ctx, published, shown)
    unsent_letters_section(ctx)
    _edit(ctx, view)
    if published is not None:
        waiting_section(ctx, published)


if __name__ == "__main__":
    render(current())
