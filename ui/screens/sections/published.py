"""The published plan as the operations see it, and how a request is named in their choices."""

from __future__ import annotations

import streamlit as st
from sqlalchemy import Engine

from scheduler.i18n import t
from scheduler.service.versions import VersionStatus
from scheduler.service.views import PlanView, Which
from ui import cache
from ui.words import person_text


def published_view(engine: Engine, shown: PlanView, lang: str) -> PlanView | None:
    """The published plan: ``shown`` when it is the published version, else read from the
    store; ``None`` (with a message) when nothing is published yet."""
    if shown.version is not None and shown.version.status is VersionStatus.PUBLISHED:
        return shown
    view = cache.view(engine, Which.PUBLISHED)
    if view.version is None:
        st.info(t("ui.ops.nothing_published", lang))
        return None
    return view


def request_label(view: PlanView, request_id: str) -> str:
    """A request as a choice: ``R00001 · Borger 0001 (P0001)``."""
    request = view.scenario.request_by_id[request_id]
    return f"{request_id} · {person_text(view.scenario.person_by_id[request.person_id])}"
