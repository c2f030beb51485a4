"""Messages of what the centre needs to know and of personal data kept no longer than needed:
the case worker's handover note to the centre, the centre's exports naming its guests,
anonymising a person whose case has ended, and a person's own access request (export)."""

MESSAGES: dict[str, dict[str, str]] = {
    # the handover note
    "privacy.note.too_long": {
        "da": "Beskeden til centret er {length} tegn lang; den må højst være {most} tegn.",
        "en": "The note to the centre is {length} characters long; it may be at most {most}.",
    },
    "privacy.note.unknown_request": {
        "da": 'Ønsket "{request}" findes ikke.',
        "en": 'There is no request "{request}".',
    },
    "privacy.note.anonymised": {
        "da": "Borgeren bag ønsket {request} er anonymiseret; der kan ikke skrives en besked.",
        "en": "The person of request {request} is anonymised; no note can be written.",
    },
    "privacy.note.saved": {
        "da": "Beskeden til centret om ønske {request} er gemt.",
        "en": "The note to the centre on request {request} is saved.",
    },
    "privacy.note.cleared": {
        "da": "Beskeden til centret om ønske {request} er slettet.",
        "en": "The note to the centre on request {request} is deleted.",
    },
    # the centre's exports
    "privacy.xlsx.col.name": {"da": "Navn", "en": "Name"},
    "privacy.xlsx.col.needs": {"da": "Behov", "en": "Needs"},
    "privacy.xlsx.col.note": {"da": "Besked fra visitationen", "en": "Note from the case worker"},
    "privacy.ics.summary": {
        "da": "Aflastning: {name}, seng {bed}",
        "en": "Respite: {name}, bed {bed}",
    },
    "privacy.ics.needs": {"da": "Behov: {needs}", "en": "Needs: {needs}"},
    "privacy.ics.no_needs": {"da": "Behov: ingen særlige", "en": "Needs: none in particular"},
    "privacy.ics.note": {
        "da": "Besked fra visitationen: {note}",
        "en": "Note from the case worker: {note}",
    },
    # anonymising
    "privacy.replacement": {"da": "Anonymiseret {person}", "en": "Anonymised {person}"},
    "privacy.unknown_person": {
        "da": 'Borgeren "{person}" findes ikke.',
        "en": 'There is no person "{person}".',
    },
    "privacy.grant_running": {
        "da": "Borgeren {person} kan ikke anonymiseres: bevillingen er ikke afsluttet. "
        "Afslut bevillingen først; oplysningerne skal bruges, så længe sagen kører.",
        "en": "Person {person} cannot be anonymised: the grant has not ended. End the grant "
        "first; the data is needed while the case runs.",
    },
    "privacy.grant_ends_later": {
        "da": "Borgeren {person} kan ikke anonymiseres endnu: bevillingen slutter først {ended}.",
        "en": "Person {person} cannot be anonymised yet: the grant only ends on {ended}.",
    },
    "privacy.already_anonymised": {
        "da": "Borgeren {person} blev allerede anonymiseret {at}.",
        "en": "Person {person} was already anonymised on {at}.",
    },
    "privacy.anonymised": {
        "da": "Borgeren {person} er anonymiseret: navn, pårørende og noter er erstattet af "
        '"{replacement}" ({requests} ønsker, {letters} breve); datoer og antal er bevaret.',
        "en": "Person {person} is anonymised: name, carer and notes are replaced by "
        '"{replacement}" ({requests} requests, {letters} letters); dates and counts are kept.',
    },
    "privacy.anonymised_many": {
        "da": "{count} borgere, hvis bevilling sluttede før {day}, er anonymiseret: {persons}",
        "en": "{count} persons whose grant ended before {day} are anonymised: {persons}",
    },
    "privacy.none_to_anonymise": {
        "da": "Ingen borgere at anonymisere: ingen bevilling sluttede før {day}, som ikke "
        "allerede er anonymiseret.",
        "en": "No persons to anonymise: no grant ended before {day} that is not anonymised "
        "already.",
    },
    "privacy.anonymise_needs_one": {
        "da": "Angiv enten et borger-id eller --ended-before DATO.",
        "en": "Give either a person id or --ended-before DATE.",
    },
    # the access request
    "privacy.exported": {
        "da": "Alt, hvad databasen har om borgeren {person}, er skrevet til {path} "
        "({rows} rækker, {entries} logposter).",
        "en": "Everything the database holds about person {person} is written to {path} "
        "({rows} rows, {entries} audit entries).",
    },
    # the app: the handover note on Ønsker
    "privacy.ui.note.title": {
        "da": "Besked til centret (overlevering)",
        "en": "Note to the centre (handover)",
    },
    "privacy.ui.note.explain": {
        "da": "Det vigtigste, personalet skal vide om opholdet. Centrets leder ser beskeden "
        "sammen med borgerens navn og behov i centrets regneark og kalender, kun for "
        "ophold på eget center.",
        "en": "What the staff most need to know about the stay. The centre's manager sees the "
        "note with the person's name and needs in the centre's spreadsheet and calendar, only "
        "for stays at their own centre.",
    },
    "privacy.ui.note.request": {"da": "Ønske", "en": "Request"},
    "privacy.ui.note.text": {"da": "Besked til centret", "en": "Note to the centre"},
    "privacy.ui.note.help": {
        "da": "Højst {most} tegn. Tom: ingen besked.",
        "en": "At most {most} characters. Empty: no note.",
    },
    "privacy.ui.note.save": {"da": "Gem beskeden", "en": "Save the note"},
    "privacy.ui.note.unchanged": {
        "da": "Beskeden er uændret; intet er gemt.",
        "en": "The note is unchanged; nothing is saved.",
    },
    # the app: anonymising on Borgere
    "privacy.ui.title": {"da": "Anonymisér borgeren", "en": "Anonymise the person"},
    "privacy.ui.explain": {
        "da": "Når bevillingen er afsluttet, skal personoplysninger ikke gemmes længere end "
        "nødvendigt. Anonymisering erstatter navn, pårørendes navn, noter, beskeder til "
        "centret og navnene i brevene med en neutral tekst. Datoer, ophold og antal bevares "
        "til statistik. Det kan ikke fortrydes.",
        "en": "Once the grant has ended, personal data must not be kept longer than needed. "
        "Anonymising replaces the name, the carer's name, notes, notes to the centre and the "
        "names in the letters by a neutral text. Dates, stays and counts are kept for "
        "statistics. It cannot be undone.",
    },
    "privacy.ui.running": {
        "da": "Bevillingen er ikke afsluttet; borgeren kan anonymiseres, når den er.",
        "en": "The grant has not ended; the person can be anonymised once it has.",
    },
    "privacy.ui.ends_later": {
        "da": "Bevillingen slutter {ended}; borgeren kan anonymiseres fra den dag.",
        "en": "The grant ends on {ended}; the person can be anonymised from that day.",
    },
    "privacy.ui.ended": {
        "da": "Bevillingen sluttede {ended}.",
        "en": "The grant ended on {ended}.",
    },
    "privacy.ui.done_before": {
        "da": "Borgeren blev anonymiseret {at}.",
        "en": "The person was anonymised on {at}.",
    },
    "privacy.ui.button": {"da": "Anonymisér …", "en": "Anonymise …"},
    "privacy.ui.confirm_title": {"da": "Anonymisér borgeren?", "en": "Anonymise the person?"},
    "privacy.ui.confirm_text": {
        "da": "Navn, pårørende, noter og navnene i brevene for {person} erstattes af "
        '"{replacement}". Det kan ikke fortrydes.',
        "en": "The name, carer, notes and the names in the letters of {person} are replaced by "
        '"{replacement}". It cannot be undone.',
    },
    "privacy.ui.confirm_yes": {"da": "Ja, anonymisér", "en": "Yes, anonymise"},
    "privacy.ui.confirm_no": {"da": "Fortryd", "en": "Cancel"},
}
