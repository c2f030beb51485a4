"""Akut: place an acute stay at once in the published plan (akutaflastning) and say in plain
words where and when it went, or why it could not, which later day would fit and which
bookings would have to move. The service publishes the change as a new version."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd
import streamlit as st

from scheduler.domain.model import Reason, Stay
from scheduler.i18n import t
from scheduler.service.errors import UserError
from scheduler.service.operations import AcuteOutcome, insert_acute
from scheduler.service.operations.acute import LATER_MAY_FIT
from scheduler.service.views import PlanView, Which, plan_view
from ui.context import Context, current, version_caption
from ui.screens.sections.letters import letter_buttons
from ui.words import bed_text, day_text, person_text, reason_text, stay_text

OUTCOME_KEY = "acute_outcome"


def default_start(view: PlanView, today: date) -> date:
    """Today, or the horizon's first day when today lies outside the horizon."""
    scenario = view.scenario
    inside = scenario.horizon_start <= today < scenario.horizon_end
    return today if inside else scenario.horizon_start


def _form(ctx: Context, view: PlanView) -> None:
    """The acute request; on submit it is placed and the outcome kept for the next run."""
    lang = ctx.lang
    scenario = view.scenario
    persons = scenario.person_by_id
    with st.form("acute"):
        person = st.selectbox(
            t("ui.acute.person", lang),
            list(persons),
            index=None,
            format_func=lambda pid: f"{pid} – {persons[pid].name}",
            key="acute_person",
            placeholder=t("ui.choose", lang),
        )
        first, second, third = st.columns(3)
        start = first.date_input(
            t("ui.acute.start", lang),
            value=default_start(view, date.today()),
            min_value=scenario.horizon_start,
            max_value=scenario.horizon_end - timedelta(days=1),
            format="DD.MM.YYYY",
            key="acute_start",
        )
        nights = second.number_input(
            t("ui.acute.nights", lang),
            min_value=1,
            value=scenario.rules.acute_nights,
            step=1,
            key="acute_nights",
        )
        flex = third.number_input(
            t("ui.acute.flex", lang),
            min_value=0,
            value=0,
            step=1,
            help=t("ui.acute.flex_help", lang),
            key="acute_flex",
        )
        submitted = st.form_submit_button(t("ui.acute.place", lang), type="primary")
    if not submitted:
        return
    if person is None:
        st.warning(t("ui.acute.pick_person", lang))
        return
    try:
        outcome = insert_acute(
            ctx.engine, person, start, ctx.viewer.actor, nights=int(nights), flex_days=int(flex)
        )
    except UserError as error:
        st.error(t(error.key, lang, **error.params))
        return
    st.session_state[OUTCOME_KEY] = outcome
    st.rerun()


def _where(stay: Stay, outcome: AcuteOutcome, lang: str) -> dict[str, str]:
    return {
        "centre": outcome.centre_names[stay.centre_id],
        "start": day_text(stay.start, lang),
        "end": day_text(stay.end, lang),
    }


def _to_move(stays: tuple[Stay, ...], view: PlanView, lang: str) -> pd.DataFrame:
    """The bookings that would have to move, as a table."""
    scenario = view.scenario
    columns = {
        "request": [s.request_id for s in stays],
        "person": [
            person_text(scenario.person_by_id[scenario.request_by_id[s.request_id].person_id])
            for s in stays
        ],
        "centre": [scenario.centre_by_id[s.centre_id].name for s in stays],
        "bed": [bed_text(s.bed, lang) for s in stays],
        "start": [day_text(s.start, lang) for s in stays],
        "end": [day_text(s.end, lang) for s in stays],
    }
    return pd.DataFrame({t(f"ui.col.{name}", lang): values for name, values in columns.items()})


def _alternatives(outcome: AcuteOutcome, view: PlanView, lang: str) -> None:
    """What would help a rejected acute request: a later day, or bookings moved."""
    placement = outcome.placement
    if placement.reason is Reason.CAPACITY:
        st.info(t("ui.acute.waiting", lang))
    if placement.reason is not Reason.CAPACITY and placement.reason not in LATER_MAY_FIT:
        return
    if placement.earliest is None:
        st.markdown(t("ui.acute.no_later", lang))
    else:
        st.markdown(t("ui.acute.earliest", lang, **_where(placement.earliest, outcome, lang)))
    if placement.reason is not Reason.CAPACITY:
        return
    if placement.sooner is None:
        st.markdown(t("ui.acute.no_sooner", lang))
        return
    st.markdown(t("ui.acute.sooner", lang, **_where(placement.sooner, outcome, lang)))
    st.dataframe(_to_move(placement.to_move, view, lang), hide_index=True)


def _outcome(ctx: Context, view: PlanView, outcome: AcuteOutcome) -> None:
    """The last placement of this session, in plain words, with its decision letter."""
    lang = ctx.lang
    placement = outcome.placement
    person = person_text(view.scenario.person_by_id[placement.request.person_id])
    if placement.stay is not None:
        stay = placement.stay
        st.success(
            t(
                "ui.acute.placed",
                lang,
                request=outcome.request_id,
                person=person,
                stay=stay_text(stay, outcome.centre_names[stay.centre_id], lang),
                nights=stay.nights,
                version=outcome.version,
            )
        )
    else:
        st.warning(
            t(
                "ui.acute.rejected",
                lang,
                request=outcome.request_id,
                person=person,
                reason=reason_text(placement.reason, lang),
                version=outcome.version,
            )
        )
        _alternatives(outcome, view, lang)
    letter_buttons(ctx, view, outcome.request_id)


def render(ctx: Context) -> None:
    lang = ctx.lang
    st.title(t("ui.page.acute", lang))
    st.caption(t("ui.acute.explain", lang))
    try:
        view = plan_view(ctx.engine, Which.PUBLISHED)
    except UserError as error:
        st.info(t(error.key, lang, **error.params))
        return
    if view.version is None:
        st.info(t("ui.ops.nothing_published", lang))
        return
    version_caption(view, lang)
    _form(ctx, view)
    outcome: AcuteOutcome | None = st.session_state.get(OUTCOME_KEY)
    if outcome is not None:
        _outcome(ctx, view, outcome)


if __name__ == "__main__":
    render(current())
