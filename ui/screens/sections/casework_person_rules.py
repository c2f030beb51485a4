"""Borgere: change what decides a person's grants (needs, yearly nights, consent, § 94 helper,
grant year) with their promises re-checked first (``preview_person_edit``: nothing is written).
Every promised stay the change would break is listed with the rules it breaks, and the worker
chooses for each: move it (to a stay that fits, or other dates), cancel it, or keep it as a
recorded exception with a reason. Only then is it saved, in one go (``edit_person_rules``) on
the published version the check was made on."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

import streamlit as st

from scheduler.domain.errors import UserError
from scheduler.domain.faults import ScenarioError
from scheduler.domain.model import Person, Stay
from scheduler.i18n import t
from scheduler.service.casework import (
    BrokenPromise,
    CancelStay,
    KeepStay,
    MoveStay,
    PersonEditOutcome,
    PersonEditPreview,
    PersonRules,
    StayChoice,
    edit_person_rules,
    preview_person_edit,
)
from scheduler.service.views import PlanView
from ui.context import Context
from ui.screens.sections.casework_common import (
    GENERAL,
    FieldSlots,
    bed_centres,
    form_faults,
    refusal_text,
    said,
    say,
    stay_words,
    violation_lines,
)
from ui.screens.sections.casework_persons import known_needs
from ui.words import day_text

MOVE, CANCEL, KEEP = "move", "cancel", "keep"
OWN_DATES = "own"
"""The move option where the worker gives the dates (and centre) themself."""


@dataclass(frozen=True)
class _Checked:
    """The values checked and the verdict on them."""

    rules: PersonRules
    preview: PersonEditPreview
    serial: int
    """Tells checks apart: the choices' widgets are new for each check (their options are
    that check's alternatives)."""


def _prefix(person_id: str) -> str:
    return f"cw_rules_{person_id}"


def _generation(prefix: str) -> int:
    value: int = st.session_state.get(f"{prefix}_generation", 0)
    return value


def person_rules_section(ctx: Context, view: PlanView, person: Person) -> None:
    """The form for the person's rules, the verdict on the promises and the choices."""
    lang = ctx.lang
    pid = person.person_id
    prefix = _prefix(pid)
    generation = _generation(prefix)
    profile = view.scenario.rules.annual_nights
    slots = FieldSlots()
    with st.expander(
        t("ui.cw.rules.title", lang), icon=":material/manage_accounts:", key=f"{prefix}_box"
    ):
        st.caption(t("ui.cw.rules.explain", lang))
        with st.form(f"{prefix}_form_{generation}", border=False):
            first, second, third = st.columns([3, 2, 2])
            options = sorted(set(known_needs(view)) | set(person.needs))
            needs = first.multiselect(
                t("ui.cw.person.needs", lang),
                options,
                default=sorted(person.needs),
                accept_new_options=True,
                placeholder=t("ui.cw.person.no_needs", lang),
                help=t("ui.cw.person.needs_help", lang),
                key=f"{prefix}_needs_{generation}",
            )
            slots.slot("needs", first)
            nights = second.number_input(
                t("ui.cw.person.annual_nights", lang),
                min_value=0,
                value=person.annual_nights,
                step=1,
                placeholder=t("ui.cw.person.profile_nights", lang, nights=profile)
                if profile is not None
                else None,
                help=t("ui.cw.person.annual_nights_help", lang),
                key=f"{prefix}_nights_{generation}",
            )
            slots.slot("annual_nights", second)
            grant_start = slots.day(
                third,
                "grant_start",
                t("ui.cw.person.grant_start", lang),
                f"{prefix}_grant_{generation}",
                value=person.grant_start,
                help=t("ui.cw.person.grant_start_help", lang),
            )
            consent = st.checkbox(
                t("ui.cw.person.consent", lang),
                value=person.consent,
                key=f"{prefix}_consent_{generation}",
            )
            slots.slot("consent")
            helper = st.checkbox(
                t("ui.cw.person.helper", lang),
                value=person.self_appointed_helper,
                key=f"{prefix}_helper_{generation}",
            )
            slots.slot("self_appointed_helper")
            submitted = st.form_submit_button(t("ui.cw.rules.check", lang), icon=":material/rule:")
            slots.slot(GENERAL)
        said(prefix)
        if submitted:
            rules = PersonRules(
                frozenset(n.strip() for n in needs if n.strip()),
                None if nights is None else int(nights),
                consent,
                helper,
                grant_start if isinstance(grant_start, date) else None,
            )
            _check(ctx, person, rules, slots)
        checked: _Checked | None = st.session_state.get(f"{prefix}_checked")
        if checked is not None:
            _verdict(ctx, person, checked, bed_centres(view.scenario))


def _check(ctx: Context, person: Person, rules: PersonRules, slots: FieldSlots) -> None:
    """Judge the new values against the person's promises; the verdict is kept for the page."""
    lang = ctx.lang
    prefix = _prefix(person.person_id)
    st.session_state.pop(f"{prefix}_checked", None)
    if rules == PersonRules.of(person):
        slots.show({GENERAL: [t("ui.edit.unchanged", lang)]})
        return
    try:
        preview = preview_person_edit(ctx.engine, person.person_id, rules)
    except ScenarioError as error:
        slots.show(form_faults(error, lang))
        return
    except UserError as error:
        slots.show({GENERAL: [refusal_text(error, lang)]})
        return
    serial = st.session_state.get(f"{prefix}_serial", 0) + 1
    st.session_state[f"{prefix}_serial"] = serial
    st.session_state[f"{prefix}_checked"] = _Checked(rules, preview, serial)


def _changes(preview: PersonEditPreview, lang: str) -> str:
    """What the edit changes, field by field (old → new)."""
    before, after = preview.before, preview.after
    none = t("ui.cw.rules.none", lang)
    profile = t("ui.cw.rules.profile", lang)

    def needs(p: Person) -> str:
        return ", ".join(sorted(p.needs)) or none

    def yes(value: bool) -> str:
        return t("ui.cw.rules.yes" if value else "ui.cw.rules.no", lang)

    fields = (
        ("needs", needs(before), needs(after)),
        (
            "annual_nights",
            profile if before.annual_nights is None else str(before.annual_nights),
            profile if after.annual_nights is None else str(after.annual_nights),
        ),
        ("consent", yes(before.consent), yes(after.consent)),
        ("helper", yes(before.self_appointed_helper), yes(after.self_appointed_helper)),
        (
            "grant_start",
            day_text(before.grant_start, lang) or t("ui.cw.rules.calendar_year", lang),
            day_text(after.grant_start, lang) or t("ui.cw.rules.calendar_year", lang),
        ),
    )
    return "\n".join(
        t("ui.cw.rules.change_line", lang, field=t(f"ui.cw.rules.field_{f}", lang), old=o, new=n)
        for f, o, n in fields
        if o != n
    )


def _verdict(ctx: Context, person: Person, checked: _Checked, centres: Mapping[str, str]) -> None:
    lang = ctx.lang
    prefix = _prefix(person.person_id)
    preview = checked.preview
    names = preview.centre_names
    slots: dict[str, FieldSlots] = {}
    choices: dict[str, StayChoice | None] = {}
    with st.container(border=True):
        st.markdown(_changes(preview, lang))
        if not preview.broken:
            st.success(t("ui.cw.rules.nothing_broken", lang), icon=":material/check_circle:")
        else:
            st.warning(
                t("ui.cw.rules.broken", lang, count=len(preview.broken)), icon=":material/warning:"
            )
        for promise in preview.broken:
            rid = promise.stay.request_id
            slots[rid] = FieldSlots()
            key = f"{prefix}_{checked.serial}"
            choices[rid] = _choice(key, promise, names, centres, lang, slots[rid])
        if preview.version is not None:
            st.caption(t("ui.cw.rules.publish_explain", lang, version=preview.version))
        buttons = st.container(horizontal=True)
        save = buttons.button(
            t("ui.cw.rules.save", lang),
            type="primary",
            key=f"{prefix}_save",
            icon=":material/save:",
        )
        if buttons.button(t("ui.cw.rules.drop", lang), key=f"{prefix}_drop"):
            st.session_state.pop(f"{prefix}_checked", None)
            st.rerun()
        general = FieldSlots()
        general.slot(GENERAL)
    if save:
        _save(ctx, person, checked, choices, slots, general)


def _choice(
    prefix: str,
    promise: BrokenPromise,
    names: Mapping[str, str],
    centres: Mapping[str, str],
    lang: str,
    slots: FieldSlots,
) -> StayChoice | None:
    """One broken promise: its rules, and the worker's choice (``None`` while incomplete)."""
    stay = promise.stay
    rid = stay.request_id
    key = f"{prefix}_{rid}"
    with st.container(border=True):
        st.markdown(t("ui.cw.rules.promise", lang, request=rid, stay=stay_words(stay, names, lang)))
        st.markdown(violation_lines(promise.violations, names, lang))
        what = st.radio(
            t("ui.cw.rules.choose", lang),
            [MOVE, CANCEL, KEEP],
            index=None,
            format_func=lambda w: t(f"ui.cw.rules.{w}", lang),
            horizontal=True,
            key=f"{key}_what",
        )
        slots.slot("what")
        if what == CANCEL:
            st.caption(t("ui.cw.rules.cancel_explain", lang))
            return CancelStay()
        if what == KEEP:
            reason = st.text_input(
                t("ui.cw.rules.reason", lang),
                placeholder=t("ui.cw.rules.reason_placeholder", lang),
                key=f"{key}_reason",
            )
            slots.slot("reason")
            st.caption(t("ui.cw.rules.keep_explain", lang))
            return KeepStay(reason)
        if what == MOVE:
            return _move(key, promise, names, centres, lang, slots)
    return None


def _move(
    key: str,
    promise: BrokenPromise,
    names: Mapping[str, str],
    centres: Mapping[str, str],
    lang: str,
    slots: FieldSlots,
) -> MoveStay | None:
    """The stay moved to an alternative that fits, or to dates (and a centre of ``centres``)
    the worker gives."""
    found = promise.alternatives
    offers: list[Stay] = [*found.nearest, *found.other_centres]
    options: list[int | str] = [*range(len(offers)), OWN_DATES]
    picked = st.radio(
        t("ui.cw.rules.move_to", lang),
        options,
        index=0 if offers else len(offers),
        format_func=lambda o: (
            t("ui.cw.rules.own_dates", lang)
            if o == OWN_DATES
            else stay_words(offers[int(o)], names, lang)
        ),
        key=f"{key}_move",
    )
    if not offers:
        st.caption(t("ui.cw.rules.no_alternatives", lang))
    slots.slot("move")
    if picked != OWN_DATES and picked is not None:
        offer = offers[int(picked)]
        return MoveStay(offer.start, offer.end, offer.centre_id)
    stay = promise.stay
    first, second, third = st.columns([1, 1, 2])
    start = first.date_input(
        t("ui.cw.change.start", lang), value=stay.start, format="DD.MM.YYYY", key=f"{key}_start"
    )
    end = second.date_input(
        t("ui.cw.change.end", lang), value=stay.end, format="DD.MM.YYYY", key=f"{key}_end"
    )
    ids = list(centres)
    centre = third.selectbox(
        t("ui.cw.change.centre", lang),
        ids,
        index=ids.index(stay.centre_id) if stay.centre_id in ids else 0,
        format_func=lambda cid: centres.get(cid, cid),
        key=f"{key}_centre",
    )
    if not isinstance(start, date) or not isinstance(end, date):
        return None
    return MoveStay(start, end, centre)


def _save(
    ctx: Context,
    person: Person,
    checked: _Checked,
    choices: Mapping[str, StayChoice | None],
    slots: Mapping[str, FieldSlots],
    general: FieldSlots,
) -> None:
    """Save the values with the choices; each refusal at the stay it is about."""
    lang = ctx.lang
    prefix = _prefix(person.person_id)
    missing = False
    for rid, choice in choices.items():
        if choice is None:
            slots[rid].show({"what": [t("ui.cw.rules.pick", lang)]})
            missing = True
        elif isinstance(choice, KeepStay) and not choice.reason.strip():
            slots[rid].show({"reason": [t("ui.cw.rules.reason_required", lang)]})
            missing = True
    if missing:
        return
    chosen = {rid: c for rid, c in choices.items() if c is not None}
    try:
        outcome = edit_person_rules(
            ctx.engine,
            person.person_id,
            checked.rules,
            ctx.viewer.actor,
            choices=chosen,
            seen=checked.preview.version,
        )
    except ScenarioError as error:
        general.show(form_faults(error, lang))
        return
    except UserError as error:
        text = refusal_text(error, lang)
        rid = str(error.params.get("request", ""))
        field = "reason" if error.key == "casework.bad_reason" else "what"
        if rid in slots:
            slots[rid].show({field: [text]})
        else:
            general.show({GENERAL: [text]})
        if error.key in ("casework.stale_preview", "store.stale"):
            st.session_state.pop(f"{prefix}_checked", None)
        return
    st.session_state.pop(f"{prefix}_checked", None)
    st.session_state[f"{prefix}_generation"] = _generation(prefix) + 1
    say(prefix, "success", _saved_text(person, outcome, checked.preview, lang))
    st.rerun()


def _saved_text(
    person: Person, outcome: PersonEditOutcome, preview: PersonEditPreview, lang: str
) -> str:
    names = preview.centre_names
    lines = [t("ui.cw.rules.saved", lang, person=f"{person.name} ({person.person_id})")]
    if outcome.version is not None:
        lines.append(t("ui.cw.rules.saved_version", lang, version=outcome.version))
    for stay in outcome.moved:
        lines.append(
            t(
                "ui.cw.rules.saved_moved",
                lang,
                request=stay.request_id,
                stay=stay_words(stay, names, lang),
            )
        )
    for rid in outcome.cancelled:
        lines.append(t("ui.cw.rules.saved_cancelled", lang, request=rid))
    for rid in outcome.kept:
        lines.append(t("ui.cw.rules.saved_kept", lang, request=rid))
    return "  \n".join(lines)
