"""Messages of recording what happened only once it has happened: arrivals and departures dated
after today are refused, and so is a no-show before the planned day of arrival."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "casework.record.future_arrival": {
        "da": "Ankomsten for ønske {request} kan først registreres, når den er sket: {day} er "
        "efter i dag ({today}).",
        "en": "The arrival for request {request} can be recorded only once it has happened: "
        "{day} is after today ({today}).",
    },
    "casework.record.future_departure": {
        "da": "Afrejsen for ønske {request} kan først registreres, når den er sket: {day} er "
        "efter i dag ({today}).",
        "en": "The departure for request {request} can be recorded only once it has happened: "
        "{day} is after today ({today}).",
    },
    "casework.record.future_no_show": {
        "da": "En udeblivelse kan først registreres fra den planlagte ankomstdag: ankomsten "
        "{start} for ønske {request} er efter i dag ({today}).",
        "en": "A no-show can be recorded only from the planned day of arrival on: the arrival "
        "{start} for request {request} is after today ({today}).",
    },
}
