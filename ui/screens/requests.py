"""Ønsker: the requests as a filterable table, the upload of a scenario, and careful edits of
single requests (nothing is imported or changed while any fault is found); the case deadlines,
the decision letters, cancellations and the waiting list of the published plan."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from scheduler.domain.faults import ScenarioError
from scheduler.domain.model import Reason, Request, RequestKind
from scheduler.domain.objective import Tier
from scheduler.i18n import t
from scheduler.io.scenario_reader import read_scenario_upload
from scheduler.io.scenario_schema import REQUESTS
from scheduler.service.importing import import_scenario
from scheduler.service.request_edit import edit_request
from scheduler.service.views import PlanView, RequestLine, Standing, request_lines
from ui import state
from ui.context import Context, current, load_view, version_caption
from ui.faults import show_faults
from ui.screens.sections.deadlines import deadlines_section
from ui.screens.sections.letters import letters_section
from ui.screens.sections.published import published_view
from ui.screens.sections.waiting import cancel_section, waiting_section
from ui.words import day_text, reason_text, tier_text


def _filters(view: PlanView, lang: str) -> dict[str, list[str] | str]:
    centres = view.scenario.centre_by_id
    every = t("ui.filter.all", lang)
    first, second, third = st.columns(3)
    fourth, fifth = st.columns([1, 2])
    return {
        "standing": first.multiselect(
            t("ui.filter.status", lang),
            list(Standing),
            format_func=lambda s: t(f"ui.standing.{s}", lang),
            key="requests_standing",
            placeholder=every,
        ),
        "tier": second.multiselect(
            t("ui.filter.tier", lang),
            list(Tier),
            format_func=lambda x: tier_text(x, lang),
            key="requests_tier",
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
            format_func=lambda r: reason_text(r, lang),
            key="requests_reason",
            placeholder=every,
        ),
        "person": fourth.text_input(t("ui.filter.person", lang), key="requests_person"),
    }


def _keep(line: RequestLine, chosen: dict[str, list[str] | str]) -> bool:
    """Whether a line passes the chosen filters (an empty filter passes everything)."""
    centre = line.stay.centre_id if line.stay else line.request.preferred_centre
    person = str(chosen["person"]).strip().lower()
    return (
        (not chosen["standing"] or line.standing in chosen["standing"])
        and (not chosen["tier"] or line.tier in chosen["tier"])
        and (not chosen["centre"] or centre in chosen["centre"])
        and (not chosen["reason"] or line.reason in chosen["reason"])
        and (not person or person in f"{line.person.person_id} {line.person.name}".lower())
    )


def request_table(lines: list[RequestLine], view: PlanView, lang: str) -> pd.DataFrame:
    """One row per request: the wish, its tier and what the plan decided."""
    centres = view.scenario.centre_by_id

    def centre_name(line: RequestLine) -> str:
        return centres[line.stay.centre_id].name if line.stay else ""

    columns = {
        "request": [ln.request.request_id for ln in lines],
        "person": [f"{ln.person.name} ({ln.person.person_id})" for ln in lines],
        "received": [day_text(ln.request.received, lang) for ln in lines],
        "wished_start": [day_text(ln.request.start, lang) for ln in lines],
        "wished_end": [day_text(ln.request.end, lang) for ln in lines],
        "nights": [ln.request.nights for ln in lines],
        "flex": [ln.request.flex_days for ln in lines],
        "priority": [ln.request.priority for ln in lines],
        "tier": [tier_text(ln.tier, lang) for ln in lines],
        "status": [t(f"ui.standing.{ln.standing}", lang) for ln in lines],
        "centre": [centre_name(ln) for ln in lines],
        "start": [day_text(ln.stay.start if ln.stay else None, lang) for ln in lines],
        "end": [day_text(ln.stay.end if ln.stay else None, lang) for ln in lines],
        "reason": [reason_text(ln.reason, lang) for ln in lines],
    }
    return pd.DataFrame({t(f"ui.col.{name}", lang): values for name, values in columns.items()})


def _upload(ctx: Context) -> None:
    lang = ctx.lang
    with st.expander(t("ui.upload.title", lang), icon=":material/upload:"):
        st.caption(t("ui.upload.explain", lang))
        upload = st.file_uploader(
            t("ui.upload.file", lang), type=["xlsx", "zip"], key="requests_upload"
        )
        if upload is None or not st.button(t("ui.upload.import", lang), type="primary"):
            return
        try:
            scenario = read_scenario_upload(upload.name, upload.getvalue())
        except ScenarioError as error:
            show_faults(error, lang)
            return
        report = import_scenario(ctx.engine, scenario, ctx.viewer.actor)
        counts = ", ".join(
            t(
                "ui.upload.count",
                lang,
                entity=t(f"store.entity.{entity}", lang),
                inserted=c.inserted,
                updated=c.updated,
            )
            for entity, c in report.changes.items()
        )
        state.notify("ui.upload.done", counts=counts)
        st.rerun()


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
    with st.expander(t("ui.edit.title", lang), icon=":material/edit:"):
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
        state.notify("ui.edit.done", request=chosen)
        st.rerun()


def render(ctx: Context) -> None:
    lang = ctx.lang
    st.title(t("ui.page.requests", lang))
    _upload(ctx)
    view = load_view(ctx)
    deadlines_section(ctx, view)
    version_caption(view, lang)
    chosen = _filters(view, lang)
    lines = [line for line in request_lines(view) if _keep(line, chosen)]
    st.caption(t("ui.requests.shown", lang, shown=len(lines), total=len(view.scenario.requests)))
    st.dataframe(request_table(lines, view, lang), hide_index=True, height=460)
    shown = [line.request.request_id for line in lines]
    published = published_view(ctx.engine, view, lang)
    if published is not None:
        letters_section(ctx, published, shown)
        cancel_section(ctx, published, shown)
    _edit(ctx, view)
    if published is not None:
        waiting_section(ctx, published)


if __name__ == "__main__":
    render(current())
