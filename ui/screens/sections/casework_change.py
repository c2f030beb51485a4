"""Change a promise: move, shorten, extend or give another centre to a granted stay of the
published plan. The service judges the wished stay first (``preview_change``: nothing is
written); when it fits, the worker confirms and the change is published on exactly the version
judged (``change_stay(seen=…)``); when it does not, the page names each broken rule and offers
what would fit (the nearest dates, the same dates at another centre, the longest extension), each
a button that judges it in its turn, and the stays that would have to move to make room."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

import streamlit as st
from sqlalchemy import Engine

from scheduler.domain.errors import UserError
from scheduler.domain.model import Stay
from scheduler.i18n import t
from scheduler.service.casework import (
    ChangePreview,
    StayRecord,
    change_stay,
    preview_change,
)
from ui.screens.sections.casework_common import (
    refusal_text,
    said,
    say,
    stay_words,
    violation_lines,
)
from ui.words import bed_text

Jump = Callable[[str], None]
"""Open another request's stay (one that would have to move) where the page shows stays."""


def _prefix(place: str, request_id: str) -> str:
    return f"cw_change_{place}_{request_id}"


def _wished(
    before: Stay, start: date, end: date, centre: str
) -> tuple[date | None, date | None, str | None]:
    """The arguments of ``preview_change`` for the form's values: both dates when either
    changed (the form shows both, so what is shown is what is asked), the centre when changed."""
    dates = (start, end) != (before.start, before.end)
    return (
        start if dates else None,
        end if dates else None,
        centre if centre != before.centre_id else None,
    )


def _judge(
    engine: Engine, request_id: str, wished: tuple[date | None, date | None, str | None]
) -> ChangePreview:
    start, end, centre = wished
    return preview_change(engine, request_id, start=start, end=end, centre=centre)


def _shift_end(prefix: str) -> None:
    """Keep the stay's length when the arrival moves: the departure moves with it."""
    start = st.session_state[f"{prefix}_start"]
    previous = st.session_state.get(f"{prefix}_start_was")
    end = st.session_state.get(f"{prefix}_end")
    if isinstance(start, date) and isinstance(previous, date) and isinstance(end, date):
        st.session_state[f"{prefix}_end"] = end + (start - previous)
    st.session_state[f"{prefix}_start_was"] = start


def _take(engine: Engine, prefix: str, before: Stay, stay: Stay, lang: str) -> None:
    """Put an alternative into the form and judge it (a callback: runs before the page)."""
    st.session_state[f"{prefix}_start"] = stay.start
    st.session_state[f"{prefix}_start_was"] = stay.start
    st.session_state[f"{prefix}_end"] = stay.end
    st.session_state[f"{prefix}_centre"] = stay.centre_id
    _ask(engine, prefix, before, lang)


def _ask(engine: Engine, prefix: str, before: Stay, lang: str) -> None:
    """Judge the form's values and keep the verdict for the page (or the refusal as a message)."""
    st.session_state.pop(f"{prefix}_preview", None)
    start = st.session_state.get(f"{prefix}_start")
    end = st.session_state.get(f"{prefix}_end")
    centre = st.session_state.get(f"{prefix}_centre") or before.centre_id
    if not isinstance(start, date) or not isinstance(end, date):
        say(prefix, "error", t("ui.cw.change.pick_dates", lang))
        return
    wished = _wished(before, start, end, centre)
    if wished == (None, None, None):
        say(prefix, "info", t("ui.cw.change.unchanged", lang))
        return
    try:
        preview = _judge(engine, before.request_id, wished)
    except UserError as error:
        say(prefix, "error", refusal_text(error, lang))
        return
    st.session_state[f"{prefix}_preview"] = preview


def _publish(engine: Engine, actor: str, prefix: str, preview: ChangePreview, lang: str) -> None:
    """Make the change judged in ``preview`` on the version it was judged on (a callback)."""
    st.session_state.pop(f"{prefix}_preview", None)
    after = preview.after
    before = preview.before
    try:
        outcome = change_stay(
            engine,
            preview.request_id,
            actor,
            start=after.start if (after.start, after.end) != (before.start, before.end) else None,
            end=after.end if (after.start, after.end) != (before.start, before.end) else None,
            centre=after.centre_id if after.centre_id != before.centre_id else None,
            seen=preview.version,
        )
    except UserError as error:
        say(prefix, "error", refusal_text(error, lang))
        return
    if outcome.version is None:
        st.session_state[f"{prefix}_preview"] = outcome.preview
        say(prefix, "warning", t("ui.cw.change.no_longer", lang))
        return
    now = outcome.preview.after
    say(
        prefix,
        "success",
        t(
            "ui.cw.change.done",
            lang,
            request=preview.request_id,
            stay=stay_words(now, preview.centre_names, lang),
            bed=bed_text(now.bed, lang),
            version=outcome.version,
        ),
    )


def change_section(
    engine: Engine,
    actor: str,
    lang: str,
    stay: Stay,
    record: StayRecord | None,
    centres: Mapping[str, str],
    place: str,
    jump: Jump | None = None,
) -> None:
    """The form to change the promised ``stay`` and the verdict on it.

    ``centres`` names the centres that may be chosen (id → name); ``place`` tells the page's
    forms apart; ``jump`` opens a stay that would have to move (none: they are only listed).
    """
    request_id = stay.request_id
    prefix = _prefix(place, request_id)
    arrived = record is not None and record.arrived is not None
    closed = record is not None and (record.no_show or record.departed is not None)
    if closed:
        st.info(t("ui.cw.change.closed", lang))
        return
    st.markdown(
        t(
            "ui.cw.change.now",
            lang,
            stay=stay_words(stay, centres, lang),
            bed=bed_text(stay.bed, lang),
        )
    )
    st.caption(t("ui.cw.change.explain", lang))
    if arrived:
        st.caption(t("ui.cw.change.arrived", lang))
    promised = (stay.start, stay.end, stay.centre_id)
    fields = [f"{prefix}_{name}" for name in ("start", "end", "centre")]
    if st.session_state.get(f"{prefix}_for") != promised or not all(
        name in st.session_state for name in fields
    ):
        # new (or not shown on the last run), or the stay changed meanwhile (a record, another
        # worker): the form starts from the stay as it is
        for name, value in zip(fields, (stay.start, stay.end, stay.centre_id), strict=True):
            st.session_state[name] = value
        st.session_state[f"{prefix}_start_was"] = stay.start
        st.session_state[f"{prefix}_for"] = promised
    first, second, third = st.columns([1, 1, 2])
    start = first.date_input(
        t("ui.cw.change.start", lang),
        value=None,
        format="DD.MM.YYYY",
        disabled=arrived,
        help=t("ui.cw.change.start_help", lang),
        key=f"{prefix}_start",
        on_change=_shift_end,
        args=(prefix,),
    )
    end = second.date_input(
        t("ui.cw.change.end", lang), value=None, format="DD.MM.YYYY", key=f"{prefix}_end"
    )
    centre = third.selectbox(
        t("ui.cw.change.centre", lang),
        list(centres),
        index=None,
        format_func=lambda cid: centres.get(cid, cid),
        disabled=arrived,
        key=f"{prefix}_centre",
    )
    if isinstance(start, date) and isinstance(end, date):
        nights = (end - start).days
        st.caption(t("ui.cw.change.nights", lang, nights=nights, before=stay.nights))
    st.button(
        t("ui.cw.change.check", lang),
        key=f"{prefix}_check",
        icon=":material/rule:",
        on_click=_ask,
        args=(engine, prefix, stay, lang),
    )
    said(prefix)
    preview: ChangePreview | None = st.session_state.get(f"{prefix}_preview")
    if preview is None or preview.request_id != request_id:
        return
    if (preview.after.start, preview.after.end, preview.after.centre_id) != (start, end, centre):
        return
    if preview.fits:
        _fits(engine, actor, prefix, preview, lang)
    else:
        _does_not_fit(engine, prefix, stay, preview, lang, jump)


def _fits(engine: Engine, actor: str, prefix: str, preview: ChangePreview, lang: str) -> None:
    names = preview.centre_names
    with st.container(border=True):
        st.success(
            t(
                "ui.cw.change.fits",
                lang,
                before=stay_words(preview.before, names, lang),
                after=stay_words(preview.after, names, lang),
                bed=bed_text(preview.after.bed, lang),
            ),
            icon=":material/check_circle:",
        )
        if preview.relabelled:
            st.caption(t("ui.cw.change.relabelled", lang, count=len(preview.relabelled)))
        st.caption(t("ui.cw.change.confirm_explain", lang, version=preview.version))
        buttons = st.container(horizontal=True)
        buttons.button(
            t("ui.cw.change.confirm", lang),
            type="primary",
            key=f"{prefix}_confirm",
            icon=":material/publish:",
            on_click=_publish,
            args=(engine, actor, prefix, preview, lang),
        )
        buttons.button(
            t("ui.cw.change.drop", lang),
            key=f"{prefix}_drop",
            on_click=lambda: st.session_state.pop(f"{prefix}_preview", None),
        )


def _does_not_fit(
    engine: Engine,
    prefix: str,
    before: Stay,
    preview: ChangePreview,
    lang: str,
    jump: Jump | None,
) -> None:
    names = preview.centre_names
    found = preview.alternatives
    with st.container(border=True):
        st.warning(
            t("ui.cw.change.breaks", lang, after=stay_words(preview.after, names, lang)),
            icon=":material/block:",
        )
        st.markdown(violation_lines(preview.violations, names, lang))
        current = (before.centre_id, before.start, before.end)
        offers = [
            (kind, stay)
            for kind, stays in (
                ("nearest", found.nearest),
                ("other_centre", found.other_centres),
                ("longest", (found.longest,) if found.longest else ()),
            )
            for stay in stays
            if (stay.centre_id, stay.start, stay.end) != current
        ]
        if offers:
            st.markdown(t("ui.cw.change.instead", lang))
        for index, (kind, stay) in enumerate(offers):
            st.button(
                t(f"ui.cw.change.take_{kind}", lang, stay=stay_words(stay, names, lang)),
                key=f"{prefix}_take_{index}",
                icon=":material/event_available:",
                on_click=_take,
                args=(engine, prefix, before, stay, lang),
            )
        if found.blocking:
            st.markdown(t("ui.cw.change.blocking", lang))
            for block in found.blocking:
                _blocking_line(prefix, block.stay, block.promised, names, lang, jump)
        if not offers and not found.blocking:
            st.caption(t("ui.cw.change.nothing", lang))


def _blocking_line(
    prefix: str,
    stay: Stay,
    promised: bool,
    names: Mapping[str, str],
    lang: str,
    jump: Jump | None,
) -> None:
    kind = t("casework.alt.promised" if promised else "casework.alt.unpinned", lang)
    text, button = st.columns([4, 1], vertical_alignment="center")
    text.markdown(
        t(
            "ui.cw.change.blocking_line",
            lang,
            request=stay.request_id,
            stay=stay_words(stay, names, lang),
            bed=bed_text(stay.bed, lang),
            kind=kind,
        )
    )
    if jump is not None:
        button.button(
            t("ui.cw.change.open", lang, request=stay.request_id),
            key=f"{prefix}_open_{stay.request_id}",
            on_click=jump,
            args=(stay.request_id,),
        )
