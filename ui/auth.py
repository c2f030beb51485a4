"""Who is using the app.

With an ``[auth]`` section in the secrets the user logs in with OpenID Connect (``st.login``)
and the role comes from their claims (``ui.roles``). Without any log-in settings the app is
the embedded demo: it must listen on this machine only, and a clearly marked switch in the
sidebar chooses the role.

The demo's switch gives anyone planner rights, so the app never falls back to it when the
secrets show that log-in was meant but do not configure it usably (a misspelt ``[Auth]``,
``auth = "yes"``, a missing key, ``[roles]`` without ``[auth]``, a secrets file that cannot be
read): it stops with a message saying what is wrong, in Danish and English.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import import_module
from typing import NoReturn

import streamlit as st
from streamlit.errors import StreamlitSecretNotFoundError

from scheduler.domain.model import Centre
from scheduler.i18n import t
from scheduler.service.views import centres as stored_centres
from ui import state
from ui.roles import MAPPING_KEYS, Role, Viewer, demo_viewer, viewer_from_claims

LOG = logging.getLogger(__name__)
LOCAL_ADDRESSES = ("localhost", "127.0.0.1", "::1")
ROLE_KEY, CENTRE_KEY, DAY_CENTRE_KEY = "demo_role", "demo_centre", "demo_day_centre"
AUTH_KEYS = ("redirect_uri", "cookie_secret")
"""Keys ``[auth]`` itself must hold."""
PROVIDER_KEYS = ("client_id", "client_secret", "server_metadata_url")
"""Keys of the identity provider: in ``[auth]``, or in ``[auth.default]`` when that exists."""
CALLBACK = "/oauth2callback"
NO_SECRETS = "no-secrets-found"

# These texts belong in the catalogue (scheduler/i18n/ui.py); they are kept here while that
# file is being changed elsewhere.
_TEXTS: dict[str, dict[str, str]] = {
    "title": {
        "da": "Log-ind er ikke sat rigtigt op: appen stopper her.",
        "en": "Log-in is not set up correctly: the app stops here.",
    },
    "closing": {
        "da": "Appen falder ikke tilbage til demoudgaven uden log-ind. Ret "
        ".streamlit/secrets.toml (se .streamlit/secrets.example.toml) og start appen igen.",
        "en": "The app does not fall back to the demo without log-in. Correct "
        ".streamlit/secrets.toml (see .streamlit/secrets.example.toml) and start the app again.",
    },
    "unreadable": {
        "da": "Filen med hemmeligheder kan ikke læses: {error}",
        "en": "The secrets file cannot be read: {error}",
    },
    "misspelt": {
        "da": "Afsnittet hedder [{found}], men skal hedde [{wanted}] (med små bogstaver).",
        "en": "The section is called [{found}] but must be called [{wanted}] (lower case).",
    },
    "not_section": {
        "da": "{name} er en enkelt værdi, men skal være et afsnit [{name}] med nøglerne {keys}.",
        "en": "{name} is a single value but must be a section [{name}] with the keys {keys}.",
    },
    "missing": {
        "da": "[{section}] mangler {keys} (eller de er tomme).",
        "en": "[{section}] lacks {keys} (or they are empty).",
    },
    "callback": {
        "da": "redirect_uri i [auth] skal ende på {callback}.",
        "en": "redirect_uri in [auth] must end in {callback}.",
    },
    "roles_without_auth": {
        "da": "[roles] er sat op, men [auth] mangler: uden [auth] er der intet log-ind.",
        "en": "[roles] is set up but [auth] is missing: without [auth] there is no log-in.",
    },
    "no_roles": {
        "da": "[roles] mangler: uden den får ingen en rolle.",
        "en": "[roles] is missing: without it no one gets a role.",
    },
    "roles_unknown": {
        "da": "[roles] har ukendte nøgler {keys}; de tilladte er {allowed}.",
        "en": "[roles] has unknown keys {keys}; the allowed ones are {allowed}.",
    },
    "roles_empty": {
        "da": "[roles] giver ingen rolle: angiv planner og/eller [roles.centres].",
        "en": "[roles] gives no role: set planner and/or [roles.centres].",
    },
    "roles_values": {
        "da": "{where} skal være en tekst eller en liste af tekster.",
        "en": "{where} must be a text or a list of texts.",
    },
    "missing_module": {
        "da": "Log-ind kan ikke virke: Python-pakken {module} mangler (installér streamlit[auth]).",
        "en": "Log-in cannot work: the Python package {module} is missing (install "
        "streamlit[auth]).",
    },
    "ok_login": {
        "da": "Log-ind er sat op: brugerne logger ind med OpenID Connect.",
        "en": "Log-in is set up: users log in with OpenID Connect.",
    },
    "ok_demo": {
        "da": "Ingen log-ind-indstillinger: appen er demoudgaven (kun på denne maskine).",
        "en": "No log-in settings: the app is the demo (this machine only).",
    },
    "unknown_centre": {
        "da": "Din konto er leder af aflastningssted {centre}, men det findes ikke i planen. "
        "Kontakt Visitationen.",
        "en": "Your account is the manager of centre {centre}, which is not in the plan. "
        "Contact Visitationen.",
    },
}


def _text(key: str, lang: str, **params: object) -> str:
    return _TEXTS[key][lang if lang in _TEXTS[key] else "da"].format(**params)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the log-in settings: a text key of ``_TEXTS`` and its values."""

    key: str
    params: tuple[tuple[str, str], ...] = ()

    def text(self, lang: str) -> str:
        return _text(self.key, lang, **dict(self.params))


class LoginMisconfigured(Exception):
    """The secrets show that log-in was meant, but do not configure it usably."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__(" ".join(p.text("en") for p in problems))
        self.problems = tuple(problems)

    def message(self, lang: str, bold: str = "**") -> str:
        lines = [f"{bold}{_text('title', lang)}{bold}", ""]
        lines += [f"- {p.text(lang)}" for p in self.problems]
        return "\n".join([*lines, "", _text("closing", lang)])


def _problem(key: str, **params: object) -> Problem:
    return Problem(key, tuple((name, str(value)) for name, value in params.items()))


def _keys(names: Sequence[str]) -> str:
    return ", ".join(names)


def _filled(value: object) -> bool:
    return isinstance(value, str) and value.strip() != ""


def _texts(value: object) -> bool:
    """Whether a role value is a text or a list of texts."""
    if isinstance(value, str):
        return True
    return isinstance(value, list | tuple) and all(isinstance(v, str) for v in value)


def _misspelt(secrets: Mapping[str, object], wanted: str) -> list[Problem]:
    """``[Auth]``, ``[AUTH]``, ``[role]`` …: a section meant as ``wanted`` under another name."""
    near = {wanted, wanted.rstrip("s")}
    return [
        _problem("misspelt", found=name, wanted=wanted)
        for name in sorted(secrets)
        if name != wanted and name.strip().lower() in near
    ]


def _auth_problems(auth: object) -> list[Problem]:
    if not isinstance(auth, Mapping):
        keys = _keys((*AUTH_KEYS, *PROVIDER_KEYS))
        return [_problem("not_section", name="auth", keys=keys)]
    problems = []
    missing = [key for key in AUTH_KEYS if not _filled(auth.get(key))]
    provider, section = auth, "auth"
    if isinstance(auth.get("default"), Mapping):
        provider, section = auth["default"], "auth.default"
    missing_provider = [key for key in PROVIDER_KEYS if not _filled(provider.get(key))]
    if section == "auth":
        missing += missing_provider
    elif missing_provider:
        problems.append(_problem("missing", section=section, keys=_keys(missing_provider)))
    if missing:
        problems.insert(0, _problem("missing", section="auth", keys=_keys(missing)))
    uri = auth.get("redirect_uri")
    if _filled(uri) and not str(uri).rstrip("/").endswith(CALLBACK):
        problems.append(_problem("callback", callback=CALLBACK))
    return problems


def _roles_problems(roles: object) -> list[Problem]:
    if roles is None:
        return [_problem("no_roles")]
    if not isinstance(roles, Mapping):
        keys = _keys(MAPPING_KEYS)
        return [_problem("not_section", name="roles", keys=keys)]
    unknown = sorted(str(key) for key in roles if key not in MAPPING_KEYS)
    if unknown:
        return [_problem("roles_unknown", keys=_keys(unknown), allowed=_keys(MAPPING_KEYS))]
    problems = []
    if "claim" in roles and not _filled(roles["claim"]):
        problems.append(_problem("missing", section="roles", keys="claim"))
    if "planner" in roles and not _texts(roles["planner"]):
        problems.append(_problem("roles_values", where="planner"))
    mapped = False
    for section, example in (("centres", "C01 …"), ("day_centres", "D01 …")):
        centres = roles.get(section, {})
        if not isinstance(centres, Mapping):
            problems.append(_problem("not_section", name=f"roles.{section}", keys=example))
            centres = {}
        problems += [
            _problem("roles_values", where=f"roles.{section}.{centre}")
            for centre, values in centres.items()
            if not _texts(values)
        ]
        mapped = mapped or bool(centres)
    if not roles.get("planner") and not mapped:
        problems.append(_problem("roles_empty"))
    return problems


def login_settings(secrets: Mapping[str, object]) -> bool:
    """Whether the secrets configure log-in (``True``) or are the demo's, without any log-in
    settings (``False``).

    Raises
    ------
    LoginMisconfigured
        When the secrets show that log-in was meant (an ``auth`` or ``roles`` entry, or one
        spelt like them) but do not configure it usably; every problem is listed.
    """
    auth, roles = secrets.get("auth"), secrets.get("roles")
    misspelt_auth, misspelt_roles = _misspelt(secrets, "auth"), _misspelt(secrets, "roles")
    if auth is None and roles is None and not misspelt_auth and not misspelt_roles:
        return False
    problems = misspelt_auth + misspelt_roles
    if auth is None and not misspelt_auth:
        problems.append(_problem("roles_without_auth"))
    if auth is not None:
        problems += _auth_problems(auth)
    if roles is not None or not misspelt_roles:
        problems += _roles_problems(roles)
    if problems:
        raise LoginMisconfigured(problems)
    return True


def _no_secrets_file(error: StreamlitSecretNotFoundError) -> bool:
    """Whether Streamlit found no secrets file at all (rather than one it cannot read)."""
    error_id = getattr(error, "error_id", None)
    if error_id is not None:
        return bool(error_id == NO_SECRETS)
    files = st.get_option("secrets.files") or []
    return not any(os.path.exists(path) for path in files)


def _secrets() -> Mapping[str, object]:
    """The secrets as plain data; none without a secrets file."""
    try:
        return st.secrets.to_dict()
    except StreamlitSecretNotFoundError as error:
        if _no_secrets_file(error):
            return {}
        raise LoginMisconfigured([_problem("unreadable", error=error)]) from error


@cache
def _missing_module() -> str | None:
    """The package ``st.login`` needs but cannot import (Authlib's Starlette client, which
    needs httpx), else ``None``. Without it the log-in button ends in a server error."""
    try:
        import_module("authlib.integrations.starlette_client")
    except ImportError as error:
        return error.name or str(error)
    return None


def _configured() -> bool:
    """``login_settings`` of the app's secrets, and log-in's packages installed."""
    configured = login_settings(_secrets())
    missing = _missing_module() if configured else None
    if missing:
        raise LoginMisconfigured([_problem("missing_module", module=missing)])
    return configured


def _stop(error: LoginMisconfigured) -> NoReturn:
    LOG.error("log-in is misconfigured, the app is stopped: %s", error)
    st.error(f"{error.message('da')}\n\n---\n\n{error.message('en')}", icon=":material/lock:")
    st.stop()


def auth_configured() -> bool:
    """Whether log-in is configured (``[auth]`` and ``[roles]``); ``False`` means the demo.

    Stops the app with a message in Danish and English when the secrets show that log-in was
    meant but do not configure it usably: never the demo with its planner rights then.
    """
    try:
        return _configured()
    except LoginMisconfigured as error:
        _stop(error)


def _roles_mapping() -> Mapping[str, object]:
    roles = _secrets().get("roles")
    return roles if isinstance(roles, Mapping) else {}


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
    viewer = viewer_from_claims(claims, _roles_mapping(), actor)
    with st.sidebar:
        st.caption(t("ui.login.as", lang, who=actor))
        st.button(t("ui.logout", lang), on_click=st.logout)
    if viewer is None or not actor:
        st.error(t("ui.login.no_role", lang))
        st.stop()
    if viewer.centre is not None and viewer.centre not in {
        c.centre_id for c in stored_centres(state.engine())
    }:
        st.error(_text("unknown_centre", lang, centre=viewer.centre))
        st.stop()
    return viewer


def demo_viewer_switch(
    lang: str, centres: Sequence[Centre], day_centres: Sequence[Centre] = ()
) -> Viewer:
    """The demo's role switch in the sidebar; refuses to run when the app is reachable from
    other machines (the demo has no log-in). A centre manager chooses among ``centres`` (those
    with beds for stays), a day-centre leader among ``day_centres``."""
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
                key=state.lingual(ROLE_KEY),
                format_func=lambda r: t(f"ui.role.{r.value}", lang),
            )
            or Role.PLANNER
        )
        centre: str | None = None
        if role is not Role.PLANNER:
            leader = role is Role.DAY_CENTRE_LEADER
            names = {c.centre_id: c.name for c in (day_centres if leader else centres)}
            centre = st.selectbox(
                t("ui.demo.day_centre" if leader else "ui.demo.centre", lang),
                list(names),
                key=DAY_CENTRE_KEY if leader else CENTRE_KEY,
                format_func=lambda cid: names[cid],
            )
    if role is not Role.PLANNER and centre is None:
        no_day_centres = role is Role.DAY_CENTRE_LEADER and bool(centres)
        st.info(t("svc.day.none" if no_day_centres else "store.empty", lang))
        st.stop()
    return demo_viewer(role, centre)


def main() -> int:
    """``python -m ui.auth`` in the app's working directory: check the log-in settings in the
    secrets before starting the app; exit 1 with the problems when they are not usable.

    Streamlit itself refuses to start on some faults (``auth = "yes"`` ends in a traceback in
    its cookie set-up, before the app can say anything); this check names them clearly.
    """
    try:
        configured = _configured()
    except LoginMisconfigured as error:
        print(
            error.message("da", bold=""), error.message("en", bold=""), sep="\n\n", file=sys.stderr
        )
        return 1
    key = "ok_login" if configured else "ok_demo"
    print(_text(key, "da"), _text(key, "en"), sep="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
