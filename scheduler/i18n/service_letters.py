"""Messages of the recorded day-centre and relief-at-home letters: their kinds in the letter
lists and what the letters say."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # the kinds of letter in the list of letters not sent yet
    "ui.unsent.kind.day_granted": {
        "da": "Dagcenter: bevilget plads",
        "en": "Day centre: place granted",
    },
    "ui.unsent.kind.day_waiting": {
        "da": "Dagcenter: venteliste",
        "en": "Day centre: waiting list",
    },
    "ui.unsent.kind.day_rejection": {
        "da": "Dagcenter: afslag",
        "en": "Day centre: rejection",
    },
    "ui.unsent.kind.relief_grant": {
        "da": "Afløsning i hjemmet: bevilling",
        "en": "Relief at home: grant",
    },
}
