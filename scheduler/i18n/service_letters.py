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
    "ui.unsent.kind.day_ended": {
        "da": "Dagcenter: plads afsluttet",
        "en": "Day centre: place ended",
    },
    "ui.unsent.kind.relief_grant": {
        "da": "Afløsning i hjemmet: bevilling",
        "en": "Relief at home: grant",
    },
    # the letter on a day-centre place (or wish) ended
    "svcletter.day_title.ended": {
        "da": "Afslutning af aflastning på dagcenter",
        "en": "End of relief at a day centre",
    },
    "svcletter.day_ended": {
        "da": "Din pårørendes plads på dagcenter afsluttes. Pladsen og den sidste dag, din "
        "pårørende kommer:",
        "en": "Your relative's place at a day centre ends. The place and the last day your "
        "relative comes:",
    },
    "svcletter.last_day": {"da": "Sidste dag", "en": "Last day"},
    "svcletter.day_ended_waiting": {
        "da": "Ønsket om en plads på dagcenter er afsluttet med virkning fra {day}, og din "
        "pårørende er taget af ventelisten.",
        "en": "The wish for a place at a day centre is ended as of {day}, and your relative is "
        "taken off the waiting list.",
    },
    "svcletter.day_ended_wish": {
        "da": "Ønsket om en plads på dagcenter er afsluttet med virkning fra {day}.",
        "en": "The wish for a place at a day centre is ended as of {day}.",
    },
    "svcletter.apply_again_lead": {
        "da": "Får din pårørende igen brug for en plads, kan I søge igen. Kvalitetsstandarden "
        "siger:",
        "en": "If your relative needs a place again, you can apply again. The quality standard "
        "says (in Danish):",
    },
    # ending a place: the date, and whom the ending sent a letter or gave a seat
    "svc.end.date": {
        "da": "Sidste dag på dagcenteret",
        "en": "Last day at the day centre",
    },
    "svc.end.date_help": {
        "da": "Den sidste dag, familien kom: i dag eller tidligere. De frigivne pladser "
        "fordeles med det samme, så en aftalt afslutning registreres på den sidste dag.",
        "en": "The last day the family came: today or earlier. The seats freed are allocated "
        "at once, so an agreed ending is recorded on its last day.",
    },
    "svc.end.done_on": {
        "da": "Dagcenterpladsen (ønsket {wish}) er afsluttet med sidste dag {day}, og pladserne "
        "er fordelt igen.",
        "en": "The day-centre place (wish {wish}) is ended, its last day {day}, and the places "
        "allocated again.",
    },
    "svc.end.letters_lead": {
        "da": "Breve om afgørelser (ikke sendt endnu) til:",
        "en": "Decision letters (not sent yet) to:",
    },
    "svc.end.letter.ended": {
        "da": "- {person}: pladsen afsluttet",
        "en": "- {person}: place ended",
    },
    "svc.end.letter.granted": {
        "da": "- {person}: plads på {centre}, {days}",
        "en": "- {person}: a place at {centre}, {days}",
    },
    "svc.end.letter.waiting": {
        "da": "- {person}: venteliste, nr. {queue}",
        "en": "- {person}: waiting list, no. {queue}",
    },
    "svc.end.letter.refused": {
        "da": "- {person}: afslag ({reason})",
        "en": "- {person}: refusal ({reason})",
    },
    "svc.end_after_today": {
        "da": "Den sidste dag ({day}) kan ikke ligge efter i dag ({today}) (ønsket {wish}): "
        "pladserne gives videre med det samme, så en aftalt afslutning registreres på den "
        "sidste dag eller senere.",
        "en": "The last day ({day}) cannot be after today ({today}) (wish {wish}): the seats "
        "are passed on at once, so an agreed ending is recorded on its last day or later.",
    },
    "svc.end_before_start": {
        "da": "Den sidste dag ({day}) kan tidligst være {first} (ønsket {wish}): pladsens "
        "første dag, eller i dag, hvis pladsen ikke er begyndt endnu.",
        "en": "The last day ({day}) can be {first} at the earliest (wish {wish}): the place's "
        "first day, or today if the place has not begun yet.",
    },
    "svc.end_before_received": {
        "da": "Den sidste dag ({day}) kan tidligst være {first} (ønsket {wish}): den dag, "
        "ønsket blev modtaget, eller i dag, hvis det er tidligere.",
        "en": "The last day ({day}) can be {first} at the earliest (wish {wish}): the day the "
        "wish was received, or today if that is earlier.",
    },
    "svc.cli.ended_on": {
        "da": "Dagcenterpladsen (ønsket {wish}) er afsluttet med sidste dag {day}; brev til "
        "familien er gemt (ikke sendt).",
        "en": "The day-centre place (wish {wish}) is ended, its last day {day}; the family's "
        "letter is recorded (not sent).",
    },
    "svc.cli.letter": {
        "da": "Brev til borger {person} (ønsket {wish}): {kind}.",
        "en": "Letter to person {person} (wish {wish}): {kind}.",
    },
}
