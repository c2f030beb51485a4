"""Who is using the app.

With an ``[auth]`` section in the secrets the user logs in with OpenID Connect (``st.login``)
and the role comes from their claims (``ui.roles``). Without it the app is the embedded demo:
it must listen on this machine only, and a clearly marked switch in the sidebar chooses the
role.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import streamlit as st
from streamlit.errors import StreamlitSecretNotFoundError

from scheduler.domain.model import Centre
from scheduler.i18n import t
from ui.roles import Role, Viewer, demo_viewer, viewer_from_claims

LOCAL_ADDRESSES = ("localhost", "127.0.0.1", "::1")
ROLE_KEY, CENTRE_KEY = "demo_role", "demo_centre"


def _secrets_section(name: str) -> Mapping[str, object] | None:
    try:
        section = st.secrets.get(name)
    except (FileNotFoundError, StreamlitSecretNotFoundError):
        return None
    return section if isinstance(section, Mapping) else None


def auth_configured() -> bool:
    """Whether an ``[auth]`` section is configured."""
    return _secrets_section("auth") is not None


def logged_in_viewer(lang: str) -> Viewer:
    """The OpenID Connect user as a viewer; shows the log-in (or a refusal) and stops the
    page when there is none."""
    if not st.user.is_logged_in:
        st.title(t("ui.app.title", lang))
        st.write(t("ui.login.please", lang))
        st.button(t("ui.login", lang), on_click=st.login, type="primary")
        st.stop()
    claims = st.user.to_dict()
    actor = str(claims.get("email") or claims.get("sub") or "")
    viewer = viewer_from_claims(claims, _secrets_section("roles") or {}, actor)
    with st.sidebar:
        st.caption(t("ui.login.as", lang, who=actor))
        st.button(t("ui.logout", lang), on_click=st.logout)
    if viewer is None or not actor:
        st.error(t("ui.login.no_role", lang))
        st.stop()
    return viewer


def demo_viewer_switch(lang: str, centres: Sequence[Centre]) -> Viewer:
    """The demo's role switch in the sidebar; refuses to run when the app is reachable from
    other machines (the demo has no log-in)."""
    if st.get_option("server.address") not in LOCAL_ADDRESSES:
        st.error(t("ui.demo.not_local", lang))
        st.stop()
    with st.sidebar.container(border=True):
        st.markdown(t("ui.demo.title", lang))
        st.caption(t("ui.demo.explain", lang))
        role = (
            st.radio(
                t("ui.demo.role", lang),
                list(Role),
                key=ROLE_KEY,
                format_func=lambda r: t(f"ui.role.{r.value}", lang),
            )
            or Role.PLANNER
        )
        centre: str | None = None
        if role is Role.CENTRE_MANAGER:
            names = {c.centre_id: c.name for c in centres}
            centre = st.selectbox(
                t("ui.demo.centre", lang),
                list(names),
                key=CENTRE_KEY,
                format_func=lambda cid: names[cid],
            )
    if role is Role.CENTRE_MANAGER and centre is None:
        st.info(t("store.empty", lang))
        st.stop()
    return demo_viewer(role, centre)
