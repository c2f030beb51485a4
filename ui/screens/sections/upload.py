"""Ønsker: upload a scenario with a preview. The file may hold a whole scenario or only new and
changed rows (a ``requests`` sheet alone, say; persons and centres already stored need not be
in it). Before anything is written the worker sees what would be added, what would change (old
→ new per field), which changes made in the app the file would overwrite, and the promises it
would break (the import is refused then); then they import it or cancel."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

import pandas as pd
import streamlit as st

from scheduler.domain.checker import format_violation
from scheduler.domain.errors import UserError
from scheduler.domain.faults import ScenarioError
from scheduler.domain.model import Scenario
from scheduler.domain.services import Services
from scheduler.i18n import has, t
from scheduler.io.bounds import MAX_FILE_BYTES
from scheduler.service.import_preview import ImportPreview, ImportRefused, preview_import
from scheduler.service.importing import import_scenario
from scheduler.service.upload import (
    Edit,
    overwritten_edits,
    read_upload_with_services,
    upload_stamp,
)
from ui import cache
from ui.context import Context
from ui.faults import show_faults
from ui.screens.sections import upload_services
from ui.screens.sections.casework_common import refusal_text, said, say
from ui.screens.sections.upload_services import value_text
from ui.words import day_text, moment_text, person_text

REVIEW_KEY = "upload_review"
ROUND_KEY = "upload_round"
PLACE = "upload"
"""Where the upload's messages are shown: next to its buttons."""


@dataclass(frozen=True)
class Review:
    """What the preview of one uploaded file found: the file (name and digest), its faults or
    the scenario read and what importing it would do, and the store's stamp then."""

    name: str
    digest: str
    error: ScenarioError | None = None
    scenario: Scenario | None = None
    preview: ImportPreview | None = None
    edits: tuple[Edit, ...] = ()
    stamp: tuple[int, int] = (0, 0)
    services: Services | None = None
    """The day-centre and relief tables the file holds (``None``: none)."""

    @property
    def nothing(self) -> bool:
        """Whether importing it would change nothing at all (in the day-centre and relief
        tables neither)."""
        preview = self.preview
        return (
            preview is not None
            and (preview.services is None or preview.services.empty)
            and not (
                any(preview.added.values())
                or preview.changed
                or preview.closures
                or preview.bookings
            )
        )


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _review(ctx: Context, name: str, data: bytes) -> Review:
    """Read the file against the store and preview its import; writes nothing."""
    digest = _digest(data)
    stamp = upload_stamp(ctx.engine)
    try:
        scenario, services = read_upload_with_services(ctx.engine, name, data)
    except ScenarioError as error:
        return Review(name, digest, error=error, stamp=stamp)
    preview = preview_import(ctx.engine, scenario, services)
    edits = tuple(overwritten_edits(ctx.engine, preview))
    return Review(name, digest, None, scenario, preview, edits, stamp, services)


def names(ctx: Context, review: Review, stored: Scenario) -> upload_services.Names:
    """The names the service rows of the preview use: the store's with the upload's over
    them (no stored services before the first import)."""
    assert review.scenario is not None and review.services is not None
    try:
        held: Services | None = cache.services(ctx.engine).services
    except UserError:
        held = None
    scenario = review.scenario
    return upload_services.names_for(
        {**stored.person_by_id, **scenario.person_by_id},
        {**stored.centre_by_id, **scenario.centre_by_id},
        held,
        review.services,
    )


def field_label(field: str, lang: str) -> str:
    """A changed column in the user's words, with its name in the file beside it
    (``Prioritet (priority)``) so it can be found in the workbook; a rule as ``rules.<key>``."""
    key = f"ui.field.{field}"
    return f"{t(key, lang)} ({field})" if has(key) else field


def _entity(entity: str, lang: str) -> str:
    key = f"ui.upload.entity.{entity}"
    return t(key, lang) if has(key) else entity


def added_table(
    review: Review, stored: Scenario, lang: str, named: upload_services.Names | None = None
) -> pd.DataFrame:
    """One row per new centre, person or request, with what it is (a request's person named
    as the upload or the store names them), then the day-centre and relief rows (named by
    ``named``, given when the upload holds those tables)."""
    assert review.scenario is not None and review.preview is not None
    scenario = review.scenario
    persons = {**stored.person_by_id, **scenario.person_by_id}
    rows: list[tuple[str, str, str]] = []
    for key in review.preview.added.get("centre", ()):
        centre = scenario.centre_by_id[key]
        rows.append((_entity("centre", lang), key, f"{centre.name} ({centre.beds})"))
    for key in review.preview.added.get("person", ()):
        rows.append((_entity("person", lang), key, scenario.person_by_id[key].name))
    for key in review.preview.added.get("request", ()):
        request = scenario.request_by_id[key]
        person = persons.get(request.person_id)
        what = t(
            "ui.upload.request_text",
            lang,
            person=person_text(person) if person else request.person_id,
            start=day_text(request.start, lang),
            end=day_text(request.end, lang),
        )
        rows.append((_entity("request", lang), key, what))
    pending = review.preview.services
    if pending is not None and review.services is not None and named is not None:
        rows += upload_services.added_rows(pending, review.services, named, lang)
    return pd.DataFrame(
        rows,
        columns=[t("ui.col.what", lang), t("ui.col.id", lang), t("ui.col.about", lang)],
    )


def changed_table(
    review: Review, lang: str, named: upload_services.Names | None = None
) -> pd.DataFrame:
    """One row per changed field (old → new), and per centre whose closures change; then the
    day-centre and relief fields (named by ``named``, given when the upload holds them)."""
    assert review.preview is not None
    rows = [
        (
            _entity(change.entity, lang),
            change.key,
            field_label(field.field, lang),
            value_text(field.old, lang),
            value_text(field.new, lang),
        )
        for change in review.preview.changed
        for field in change.fields
    ]

    def closures(items: tuple[Any, ...]) -> str:
        return (
            "; ".join(
                t(
                    "ui.upload.closure",
                    lang,
                    beds=c.beds_closed,
                    start=day_text(c.start, lang),
                    end=day_text(c.end, lang),
                )
                for c in items
            )
            or "–"
        )

    rows += [
        (
            _entity("closure", lang),
            c.centre_id,
            field_label("closures", lang),
            closures(c.old),
            closures(c.new),
        )
        for c in review.preview.closures
    ]
    if review.preview.services is not None and named is not None:
        rows += upload_services.changed_rows(review.preview.services, named, lang)
    return pd.DataFrame(
        rows,
        columns=[
            t("ui.col.what", lang),
            t("ui.col.id", lang),
            t("ui.col.field", lang),
            t("ui.col.old", lang),
            t("ui.col.new", lang),
        ],
    )


def edits_table(review: Review, lang: str) -> pd.DataFrame:
    """The changes made in the app that the import would overwrite."""

    def action(name: str) -> str:
        key = f"ui.action.{name}"
        return t(key, lang) if has(key) else name

    return pd.DataFrame(
        [
            (_entity(e.entity, lang), e.key, action(e.action), e.actor, moment_text(e.at, lang))
            for e in review.edits
        ],
        columns=[
            t("ui.col.what", lang),
            t("ui.col.id", lang),
            t("ui.col.app_change", lang),
            t("ui.col.by", lang),
            t("ui.col.made", lang),
        ],
    )


def broken_table(ctx: Context, review: Review) -> pd.DataFrame:
    """The promises the import would break, with the rule each breaks."""
    assert review.preview is not None and review.scenario is not None
    lang = ctx.lang
    stored = cache.view(ctx.engine).scenario
    persons, centres = stored.person_by_id, stored.centre_by_id
    return pd.DataFrame(
        [
            (
                b.request_id,
                person_text(persons[b.person_id]) if b.person_id in persons else b.person_id,
                centres[b.centre_id].name if b.centre_id in centres else b.centre_id,
                f"{day_text(b.start, lang)} – {day_text(b.end, lang)}",
                format_violation(b.violation, lang),
            )
            for b in review.preview.broken
        ],
        columns=[
            t("ui.col.request", lang),
            t("ui.col.person", lang),
            t("ui.col.centre", lang),
            t("ui.col.period", lang),
            t("ui.col.problem", lang),
        ],
    )


def _show(ctx: Context, review: Review) -> tuple[bool, bool]:
    """The preview; returns whether Import and whether Cancel was clicked."""
    lang = ctx.lang
    if review.error is not None:
        show_faults(review.error, lang)
        return False, False
    preview = review.preview
    assert preview is not None
    service_added, service_changed = upload_services.counts(preview.services)
    added = sum(len(ids) for ids in preview.added.values()) + service_added
    changed = sum(len(c.fields) for c in preview.changed) + len(preview.closures)
    changed += service_changed
    stored = cache.view(ctx.engine).scenario if added or changed else None
    named = None if stored is None or review.services is None else names(ctx, review, stored)
    st.markdown(t("ui.upload.preview", lang, name=review.name))
    new, moved, overwritten, broken = st.columns(4)
    new.metric(t("ui.upload.added", lang), added)
    moved.metric(t("ui.upload.changed", lang), changed)
    overwritten.metric(t("ui.upload.overwritten", lang), len(review.edits))
    broken.metric(t("ui.upload.broken", lang), len(preview.broken))
    if preview.bookings:
        st.caption(t("ui.upload.bookings", lang, count=preview.bookings))
    if review.nothing:
        st.info(t("ui.upload.nothing", lang))
    tabs = st.tabs(
        [
            t("ui.upload.tab.added", lang, count=added),
            t("ui.upload.tab.changed", lang, count=changed),
            t("ui.upload.tab.overwritten", lang, count=len(review.edits)),
            t("ui.upload.tab.broken", lang, count=len(preview.broken)),
        ]
    )
    with tabs[0]:
        if added and stored is not None:
            st.dataframe(added_table(review, stored, lang, named), hide_index=True)
        else:
            st.caption(t("ui.upload.none_added", lang))
    with tabs[1]:
        if changed:
            st.dataframe(changed_table(review, lang, named), hide_index=True)
        else:
            st.caption(t("ui.upload.none_changed", lang))
        if preview.services is not None and preview.services.ended:
            wishes = ", ".join(preview.services.ended)
            st.caption(t("ui.upload.svc.ended", lang, wishes=wishes))
    with tabs[2]:
        if review.edits:
            st.warning(t("ui.upload.overwrites", lang, count=len(review.edits)))
            st.dataframe(edits_table(review, lang), hide_index=True)
        else:
            st.caption(t("ui.upload.none_overwritten", lang))
    with tabs[3]:
        if preview.broken:
            # a table that wraps its text: each broken rule is said in a sentence
            st.table(broken_table(ctx, review), hide_index=True)
        else:
            st.caption(t("ui.upload.none_broken", lang))
    if preview.refused:
        st.error(
            t("ui.upload.refused", lang, count=len(preview.broken), version=preview.published),
            icon=":material/block:",
        )
    elif review.edits:
        st.warning(t("ui.upload.overwrites", lang, count=len(review.edits)))
    confirm, cancel = st.columns(2)
    clicked = confirm.button(
        t("ui.upload.confirm", lang),
        type="primary",
        key="upload_confirm",
        disabled=preview.refused or review.nothing,
        width="stretch",
    )
    dropped = cancel.button(t("ui.upload.cancel", lang), key="upload_cancel", width="stretch")
    return clicked, dropped


def _import(ctx: Context, review: Review, data: bytes) -> None:
    """Import the previewed file, if the store is as the preview saw it."""
    lang = ctx.lang
    if upload_stamp(ctx.engine) != review.stamp:
        st.session_state[REVIEW_KEY] = _review(ctx, review.name, data)
        say(PLACE, "warning", t("ui.upload.stale", lang))
        return
    assert review.scenario is not None
    try:
        report = import_scenario(ctx.engine, review.scenario, ctx.viewer.actor, review.services)
    except ImportRefused:
        st.session_state[REVIEW_KEY] = _review(ctx, review.name, data)
        say(PLACE, "error", t("ui.upload.stale", lang))
        return
    except UserError as error:
        say(PLACE, "error", refusal_text(error, lang))
        return
    counts = ", ".join(
        t(
            "ui.upload.count",
            lang,
            entity=t(f"store.entity.{entity}", lang),
            inserted=c.inserted,
            updated=c.updated,
        )
        for entity, c in report.changes.items()
        if c.inserted or c.updated
    )
    say(
        PLACE, "success", t("ui.upload.done", lang, counts=counts or t("ui.upload.no_counts", lang))
    )
    _forget()


def _forget() -> None:
    """Drop the preview and empty the file field (a new key makes a new, empty field)."""
    st.session_state.pop(REVIEW_KEY, None)
    st.session_state[ROUND_KEY] = st.session_state.get(ROUND_KEY, 0) + 1


def upload_section(ctx: Context) -> None:
    """The upload, its preview and the buttons to import it or cancel."""
    lang = ctx.lang
    with st.expander(t("ui.upload.title", lang), icon=":material/upload:", key="upload_box"):
        st.caption(t("ui.upload.explain", lang))
        upload = st.file_uploader(
            t("ui.upload.file", lang),
            type=["xlsx", "zip"],
            key=f"requests_upload_{st.session_state.get(ROUND_KEY, 0)}",
            max_upload_size=MAX_FILE_BYTES // 1_000_000,
        )
        review: Review | None = st.session_state.get(REVIEW_KEY)
        if upload is None:
            st.session_state.pop(REVIEW_KEY, None)
            said(PLACE)
            return
        data = upload.getvalue()
        if review is not None and (review.name, review.digest) != (upload.name, _digest(data)):
            review = None
        if review is None:
            if st.button(t("ui.upload.look", lang), type="primary", key="upload_look"):
                with st.spinner(t("ui.upload.reading", lang)):
                    st.session_state[REVIEW_KEY] = _review(ctx, upload.name, data)
                st.rerun()
            said(PLACE)
            return
        clicked, dropped = _show(ctx, review)
        said(PLACE)
    if dropped:
        _forget()
        say(PLACE, "info", t("ui.upload.cancelled", lang))
        st.rerun()
    if clicked:
        with st.spinner(t("ui.upload.importing", lang)):
            _import(ctx, review, data)
        st.rerun()
