"""Messages of the services overviews: ended day-centre places, the relief teams' hours, and the
service rows of an upload's preview."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # ended day-centre places
    "svc.ended.place": {
        "da": "Plads {weekdays} på {centre} – afsluttet {ended}",
        "en": "Place {weekdays} at {centre} – ended {ended}",
    },
    "svc.ended.wish": {
        "da": "Ønsket er afsluttet {ended} (det havde ingen plads)",
        "en": "The wish was ended {ended} (it had no place)",
    },
    "svc.ended.title": {"da": "Afsluttede pladser", "en": "Places ended"},
    "svc.ended.explain": {
        "da": "Borgere, hvis plads på dagcentret er afsluttet, senest afsluttede først.",
        "en": "Persons whose place at the day centre was ended, the latest first.",
    },
    "svc.col.came": {"da": "Kom (ugedage)", "en": "Came (weekdays)"},
    "svc.col.ended": {"da": "Afsluttet", "en": "Ended"},
    "svc.col.wish": {"da": "Ønske", "en": "Wish"},
    # the relief teams' hours in a week
    "svc.team.title": {"da": "Afløserteams i ugen", "en": "Relief teams in the week"},
    "svc.team.explain": {
        "da": "Timerne i besøgene i ugen pr. team (mandag–søndag) mod teamets timer pr. uge.",
        "en": "The hours of the week's visits per team (Monday–Sunday) against the team's "
        "hours a week.",
    },
    "svc.team.col.team": {"da": "Team", "en": "Team"},
    "svc.team.col.planned": {"da": "Planlagt", "en": "Planned"},
    "svc.team.col.capacity": {"da": "Teamets timer", "en": "Team's hours"},
    "svc.team.col.status": {"da": "Status", "en": "Status"},
    "svc.team.hours": {"da": "{hours} t", "en": "{hours} h"},
    "svc.team.within": {"da": "{free} t ledige", "en": "{free} h free"},
    "svc.team.over": {"da": "⚠ {over} t over", "en": "⚠ {over} h over"},
    "svc.team.over_alert": {
        "da": "Over teamets timer i uge {week}: {teams}.",
        "en": "Over the team's hours in week {week}: {teams}.",
    },
    "svc.team.over_one": {
        "da": "{team} – {planned} t planlagt af {capacity} t",
        "en": "{team} – {planned} h planned of {capacity} h",
    },
    "svc.team.no_team": {
        "da": "{hours} t i ugens besøg hører ikke til et team.",
        "en": "{hours} h of the week's visits belong to no team.",
    },
    # the service rows of an upload's preview
    "ui.upload.entity.day_wish": {"da": "dagcenterønske", "en": "day-centre wish"},
    "ui.upload.entity.day_place": {"da": "given dagcenterplads", "en": "day-centre place given"},
    "ui.upload.entity.day_seats": {
        "da": "dagcenterpladser og lukkedage",
        "en": "day-centre seats and closed days",
    },
    "ui.upload.entity.relief_team": {"da": "afløserteam", "en": "relief team"},
    "ui.upload.entity.relief_grant": {"da": "bevilling af afløsning", "en": "relief grant"},
    "ui.upload.entity.relief_visit": {"da": "afløsningsbesøg", "en": "relief visit"},
    "ui.upload.entity.service_rules": {
        "da": "regler for dagcenter og afløsning",
        "en": "day-centre and relief rules",
    },
    "ui.upload.svc.day_wish": {
        "da": "{person}: {days} dag(e) om ugen fra {first}, kan komme {weekdays}",
        "en": "{person}: {days} day(s) a week from {first}, can come {weekdays}",
    },
    "ui.upload.svc.day_place": {
        "da": "{person}: plads {weekdays} på {centre}",
        "en": "{person}: place {weekdays} at {centre}",
    },
    "ui.upload.svc.day_place_pinned": {
        "da": "{person}: plads {weekdays} på {centre} (lovet)",
        "en": "{person}: place {weekdays} at {centre} (promised)",
    },
    "ui.upload.svc.relief_team": {
        "da": "{name}: {hours} t pr. uge",
        "en": "{name}: {hours} h a week",
    },
    "ui.upload.svc.relief_grant": {
        "da": "{person}: {allowed}, {start} – {end}",
        "en": "{person}: {allowed}, {start} – {end}",
    },
    "ui.upload.svc.relief_visit": {
        "da": "{person}: {day} kl. {start}–{end} (bevilling {grant})",
        "en": "{person}: {day} at {start}–{end} (grant {grant})",
    },
    "ui.upload.svc.week": {"da": "uge", "en": "week"},
    "ui.upload.svc.fortnight": {"da": "14 dage", "en": "14 days"},
    "ui.upload.svc.seats": {"da": "Pladser pr. ugedag", "en": "Seats per weekday"},
    "ui.upload.svc.closed": {"da": "Lukkedage", "en": "Closed days"},
    "ui.upload.svc.ended": {
        "da": "Filen nævner dagcenterønsker, der er afsluttet ({wishes}); indlæsningen "
        "genåbner dem ikke.",
        "en": "The file names day-centre wishes that were ended ({wishes}); the import does "
        "not reopen them.",
    },
    "ui.upload.svc_field.day_wish.person_id": {"da": "Borger", "en": "Person"},
    "ui.upload.svc_field.day_wish.received": {"da": "Modtaget", "en": "Received"},
    "ui.upload.svc_field.day_wish.first_day": {"da": "Første dag", "en": "First day"},
    "ui.upload.svc_field.day_wish.days_per_week": {"da": "Dage pr. uge", "en": "Days a week"},
    "ui.upload.svc_field.day_wish.weekdays": {"da": "Kan komme", "en": "Can come"},
    "ui.upload.svc_field.day_wish.preferred_centre": {
        "da": "Ønsket dagcenter",
        "en": "Preferred day centre",
    },
    "ui.upload.svc_field.day_wish.priority": {"da": "Prioritet", "en": "Priority"},
    "ui.upload.svc_field.day_place.centre_id": {"da": "Dagcenter", "en": "Day centre"},
    "ui.upload.svc_field.day_place.weekdays": {"da": "Ugedage", "en": "Weekdays"},
    "ui.upload.svc_field.day_place.pinned": {"da": "Lovet", "en": "Promised"},
    "ui.upload.svc_field.relief_team.name": {"da": "Navn", "en": "Name"},
    "ui.upload.svc_field.relief_team.minutes_per_week": {
        "da": "Timer pr. uge",
        "en": "Hours a week",
    },
    "ui.upload.svc_field.relief_grant.person_id": {"da": "Borger", "en": "Person"},
    "ui.upload.svc_field.relief_grant.minutes": {
        "da": "Timer pr. periode",
        "en": "Hours per period",
    },
    "ui.upload.svc_field.relief_grant.period_days": {"da": "Periode", "en": "Period"},
    "ui.upload.svc_field.relief_grant.start": {"da": "Bevilget fra", "en": "Granted from"},
    "ui.upload.svc_field.relief_grant.end": {
        "da": "Slutter (dagen efter sidste dag)",
        "en": "Ends (the day after the last)",
    },
    "ui.upload.svc_field.relief_grant.team_id": {"da": "Team", "en": "Team"},
    "ui.upload.svc_field.relief_visit.grant_id": {"da": "Bevilling", "en": "Grant"},
    "ui.upload.svc_field.relief_visit.day": {"da": "Dato", "en": "Date"},
    "ui.upload.svc_field.relief_visit.start": {"da": "Fra kl.", "en": "From"},
    "ui.upload.svc_field.relief_visit.end": {"da": "Til kl.", "en": "To"},
}
