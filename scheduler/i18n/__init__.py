"""The catalogue of user-facing text: Danish by default, English on request.

Each area keeps its messages in its own module (``faults``, ``summary``, ``checker`` …) as a
``MESSAGES`` mapping ``{key: {"da": ..., "en": ...}}``; placeholders use ``str.format`` syntax.
The language is chosen per call, else by ``RESPITE_LANG``, else Danish.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cache
from importlib import import_module

LANGUAGES = ("da", "en")
_AREAS = (
    "common",
    "faults",
    "checker",
    "summary",
    "bench",
    "store",
    "operations",
    "ui",
    "profiles",
    "cli",
    "casework",
    "services",
    "ui_casework",
    "ui_changes",
    "letters",
    "followup",
    "privacy",
    "ui_services",
    "service_letters",
    "services_overview",
    "records_timing",
)


@cache
def _catalogue() -> Mapping[str, Mapping[str, str]]:
    merged: dict[str, Mapping[str, str]] = {}
    for area in _AREAS:
        messages: Mapping[str, Mapping[str, str]] = import_module(f"{__name__}.{area}").MESSAGES
        for key, texts in messages.items():
            if key in merged:
                raise RuntimeError(f"message key {key!r} defined twice")
            missing = set(LANGUAGES) - set(texts)
            if missing:
                raise RuntimeError(f"message key {key!r} lacks {sorted(missing)}")
            merged[key] = texts
    return merged


def language(lang: str | None = None) -> str:
    """The language to use: ``lang`` if given, else ``RESPITE_LANG``, else Danish."""
    chosen = (lang or os.environ.get("RESPITE_LANG") or "da").lower()
    return chosen if chosen in LANGUAGES else "da"


def t(key: str, lang: str | None = None, **params: object) -> str:
    """The message ``key`` in the chosen language, with ``params`` filled in."""
    return _catalogue()[key][language(lang)].format(**params)


def has(key: str) -> bool:
    """Whether the catalogue knows ``key``."""
    return key in _catalogue()
