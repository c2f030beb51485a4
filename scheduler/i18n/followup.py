"""Follow-up of each case, ending a grant and the reminders (issue 13, points 1 and 2): the
profile's follow-up keys in words, the service's refusals, the command line and the app."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # the profile in words (``respite profile show``)
    "followup.profile.weeks": {
        "da": "Opfølgning: {weeks} efter bevillingen eller den seneste opfølgning.",
        "en": "Follow-up: {weeks} after the grant or the last follow-up.",
    },
    "followup.profile.weeks.none": {
        "da": "Profilen fastsætter ingen fast opfølgningsfrist; sagsbehandleren sætter datoen.",
        "en": "The profile sets no regular follow-up interval; the case worker sets the date.",
    },
    "followup.profile.acute_days": {
        "da": "Akutaflastning følges op {days} efter ankomsten.",
        "en": "An acute stay is followed up {days} after the arrival.",
    },
    "followup.profile.acute_days.none": {
        "da": "Profilen fastsætter ingen frist for opfølgning på akutaflastning; "
        "sagsbehandleren sætter datoen.",
        "en": "The profile sets no deadline for following up an acute stay; the case worker "
        "sets the date.",
    },
    # the ending letter (``scheduler.io.letter_ending``)
    "followup.letter.title": {
        "da": "Afgørelse om ophør af aflastning",
        "en": "Decision to end respite care",
    },
    "followup.letter.file_title": {
        "da": "Afgørelse om ophør af aflastning, borger {person}",
        "en": "Decision to end respite care, person {person}",
    },
    "followup.letter.concerns": {
        "da": "Afgørelsen vedrører {name} (borger {person}).",
        "en": "This decision concerns {name} (person {person}).",
    },
    "followup.letter.ended": {
        "da": "Vi har ved opfølgningen på sagen besluttet, at bevillingen af aflastning ophører "
        "{day}. Fra den dag er der ikke flere aflastningsophold.",
        "en": "Following up the case, we have decided that the grant of respite care ends on "
        "{day}. From that day on there are no more respite stays.",
    },
    "followup.letter.shortened": {
        "da": "Opholdet på {centre}, der går hen over den dato, afkortes, så det slutter {day}.",
        "en": "The stay at {centre} that runs over that day is shortened to end on {day}.",
    },
    "followup.letter.cancelled_title": {"da": "Aflyste ophold", "en": "Cancelled stays"},
    "followup.letter.cancelled": {
        "da": "Disse {count} ophold, som var aftalt, er aflyst:",
        "en": "These {count} stays that had been agreed are cancelled:",
    },
    "followup.letter.cancelled.one": {
        "da": "Dette ophold, som var aftalt, er aflyst:",
        "en": "This stay that had been agreed is cancelled:",
    },
    "followup.letter.none_cancelled": {
        "da": "Der var ingen aftalte ophold efter denne dag.",
        "en": "No stays had been agreed after that day.",
    },
    "followup.letter.stay": {
        "da": "– {centre}, fra {start} til {end}",
        "en": "– {centre}, from {start} to {end}",
    },
    "followup.letter.rule_lead": {
        "da": "Det står der i {title} om opfølgning og ophør:",
        "en": "This is what {title} says on follow-up and ending (in Danish):",
    },
    # refusals of the service
    "followup.unknown_person": {
        "da": "Der findes ingen borger {person}.",
        "en": "There is no person {person}.",
    },
    "followup.anonymised": {
        "da": "Borger {person} er anonymiseret; sagen kan ikke længere følges op.",
        "en": "Person {person} has been anonymised; the case can no longer be followed up.",
    },
    "followup.already_ended": {
        "da": "Bevillingen for borger {person} er allerede ophørt den {day}.",
        "en": "The grant of person {person} already ended on {day}.",
    },
    "followup.outside_horizon": {
        "da": "Ophørsdatoen {day} ligger uden for planperioden ({start} til {end}).",
        "en": "The end date {day} is outside the planning horizon ({start} to {end}).",
    },
    "followup.note_empty": {
        "da": "Skriv, hvad der blev besluttet ved opfølgningen.",
        "en": "Write what was decided at the follow-up.",
    },
    "followup.note_too_long": {
        "da": "Beslutningen er {length} tegn lang; den må højst være {most} tegn.",
        "en": "The decision is {length} characters long; it may be at most {most}.",
    },
    "followup.note_control": {
        "da": "Beslutningen indeholder et styretegn ({char}); fjern det.",
        "en": "The decision holds a control character ({char}); remove it.",
    },
    "followup.next_not_after_held": {
        "da": "Næste opfølgning ({next}) skal ligge efter opfølgningsdatoen ({held}).",
        "en": "The next follow-up ({next}) must be after the follow-up date ({held}).",
    },
    "followup.handleplan_before_held": {
        "da": "Handleplanens frist ({due}) kan ikke ligge før opfølgningsdatoen ({held}).",
        "en": "The handleplan's due date ({due}) cannot be before the follow-up date ({held}).",
    },
    # the command line
    "followup.reason.follow_up": {"da": "opfølgning", "en": "follow-up"},
    "followup.reason.handleplan": {"da": "handleplan", "en": "handleplan"},
    "followup.reason.acute": {
        "da": "opfølgning på akutaflastning",
        "en": "follow-up of an acute stay",
    },
    "followup.cli.none": {
        "da": "Ingen opfølgninger er forfaldne eller skal ske i denne uge (til og med {end}).",
        "en": "No follow-ups are overdue or due this week (up to {end}).",
    },
    "followup.cli.header": {
        "da": "Forfaldne eller i denne uge (til og med {end}): {count}",
        "en": "Overdue or due this week (up to {end}): {count}",
    },
    "followup.cli.line": {
        "da": "  {person:<10} {name:<30} {reason:<30} {due}  {late}",
        "en": "  {person:<10} {name:<30} {reason:<30} {due}  {late}",
    },
    "followup.cli.this_week": {"da": "denne uge", "en": "this week"},
    "followup.cli.overdue": {"da": "{days} dage over", "en": "{days} days overdue"},
    "followup.cli.recorded": {
        "da": "Opfølgning for borger {person} den {held} er gemt.",
        "en": "The follow-up of person {person} on {held} is recorded.",
    },
    "followup.cli.next_set": {
        "da": "Næste opfølgning for borger {person} er sat til {day}.",
        "en": "The next follow-up of person {person} is set to {day}.",
    },
    "followup.cli.held_and_note": {
        "da": "Angiv både --held og --note for en afholdt opfølgning (eller kun --next for at "
        "sætte næste dato).",
        "en": "Give both --held and --note for a follow-up held (or only --next to set the next "
        "date).",
    },
    "followup.cli.next": {"da": "Næste opfølgning: {day}.", "en": "Next follow-up: {day}."},
    "followup.cli.next_automatic": {
        "da": "Næste opfølgning: {day} (profilens follow_up_weeks).",
        "en": "Next follow-up: {day} (the profile's follow_up_weeks).",
    },
    "followup.cli.no_next": {
        "da": "Ingen næste opfølgning er sat.",
        "en": "No next follow-up is set.",
    },
    "followup.cli.handleplan": {
        "da": "Handleplanen skal foreligge senest {day}.",
        "en": "The handleplan is due by {day}.",
    },
    "followup.cli.ended": {
        "da": "Bevillingen for borger {person} ophører den {day}.",
        "en": "The grant of person {person} ends on {day}.",
    },
    "followup.cli.cancelled": {
        "da": "  aflyst: {request} på {centre}, {start} til {end}",
        "en": "  cancelled: {request} at {centre}, {start} to {end}",
    },
    "followup.cli.withdrawn": {
        "da": "  ønske trukket tilbage: {request} (ikke bevilget)",
        "en": "  wish withdrawn: {request} (not granted)",
    },
    "followup.cli.shortened": {
        "da": "  ophold {request} afkortes, slutter den {day}",
        "en": "  stay {request} shortened, ends on {day}",
    },
    "followup.cli.no_version": {
        "da": "Planen havde intet for borgeren efter datoen; ingen ny version.",
        "en": "The plan held nothing of the person after the day; no new version.",
    },
    "followup.cli.version": {
        "da": "Version {version} er offentliggjort; {waiting} ønsker på ventelisten passer nu "
        "(se respite offers).",
        "en": "Version {version} is published; {waiting} requests of the waiting list fit now "
        "(see respite offers).",
    },
    "followup.cli.letter": {
        "da": "Afgørelsen om ophør er skrevet til {path}.",
        "en": "The decision to end is written to {path}.",
    },
    # the app: Opfølgning
    "ui.page.followups": {"da": "Opfølgning", "en": "Follow-up"},
    "followup.ui.col.person": {"da": "Borger", "en": "Person"},
    "followup.ui.col.reason": {"da": "Årsag", "en": "Reason"},
    "followup.ui.col.due": {"da": "Dato", "en": "Due"},
    "followup.ui.col.overdue": {"da": "Dage over", "en": "Days overdue"},
    "followup.ui.due_caption": {
        "da": "Opfølgninger og handleplaner, der er forfaldne eller skal ske i denne uge "
        "(til og med søndag {end}).",
        "en": "Follow-ups and handleplans overdue or due this week (up to Sunday {end}).",
    },
    "followup.ui.none_due": {
        "da": "Ingen opfølgninger er forfaldne eller skal ske i denne uge.",
        "en": "No follow-ups are overdue or due this week.",
    },
    "followup.ui.case_title": {"da": "Følg op på en sag", "en": "Follow up a case"},
    "followup.ui.person": {"da": "Borger", "en": "Person"},
    "followup.ui.not_set": {"da": "ikke sat", "en": "not set"},
    "followup.ui.next_now": {"da": "Næste opfølgning", "en": "Next follow-up"},
    "followup.ui.handleplan_now": {"da": "Handleplan senest", "en": "Handleplan due"},
    "followup.ui.note_now": {"da": "Seneste beslutning", "en": "Last decision"},
    "followup.ui.tab_record": {"da": "Registrér opfølgning", "en": "Record a follow-up"},
    "followup.ui.tab_end": {
        "da": "Afslut bevilling af aflastningsophold",
        "en": "End the grant of respite stays",
    },
    "followup.ui.held": {"da": "Opfølgning holdt den", "en": "Follow-up held on"},
    "followup.ui.next": {"da": "Næste opfølgning", "en": "Next follow-up"},
    "followup.ui.next_help": {
        "da": "Tom: profilens interval (follow_up_weeks), hvis profilen har et; ellers ingen dato.",
        "en": "Empty: the profile's interval (follow_up_weeks) if it sets one; else no date.",
    },
    "followup.ui.note": {"da": "Hvad blev besluttet", "en": "What was decided"},
    "followup.ui.note_help": {
        "da": "Højst 2000 tegn. Teksten gemmes på sagen og skrives aldrig i loggen.",
        "en": "At most 2,000 characters. Kept on the case, never written to the log.",
    },
    "followup.ui.handleplan": {"da": "Handleplan skal foreligge", "en": "Handleplan due"},
    "followup.ui.handleplan_help": {
        "da": "Udfyld, hvis der skal laves en (ny) handleplan, fx når målene med en "
        "akutaflastning ikke er nået.",
        "en": "Fill in when a (new) handleplan is to be made, e.g. when the goals of an acute "
        "stay are not reached.",
    },
    "followup.ui.save": {"da": "Gem opfølgning", "en": "Save the follow-up"},
    "followup.ui.saved": {
        "da": "Opfølgningen for {name} er gemt. Næste opfølgning: {next}.",
        "en": "The follow-up of {name} is saved. Next follow-up: {next}.",
    },
    "followup.ui.end_explain": {
        "da": "Bevillingen af aflastningsophold ophører på den valgte dag: senere ophold "
        "aflyses, et ophold der går hen over dagen slutter den dag, og der laves en afgørelse "
        "om ophør med klagevejledning. Du ser først, hvad der ændres. En dagcenterplads og "
        "afløsning i hjemmet berøres ikke; en dagcenterplads afsluttes under Borgere.",
        "en": "The grant of respite stays ends on the chosen day: later stays are cancelled, a "
        "stay running over the day ends that day, and a decision to end with complaint "
        "guidance is made. You first see what changes. A day-centre place and relief at home "
        "are not touched; a day-centre place is ended under Persons.",
    },
    "followup.ui.end_day": {"da": "Bevillingen ophører den", "en": "The grant ends on"},
    "followup.ui.preview": {"da": "Vis hvad der ændres", "en": "Show what changes"},
    "followup.ui.would": {
        "da": "**Hvis bevillingen af aflastningsophold for {name} ophører {day}:**",
        "en": "**If the grant of respite stays of {name} ends on {day}:**",
    },
    "followup.ui.would_cancel": {
        "da": "Ophold {request} på {centre}, {period}, aflyses.",
        "en": "Stay {request} at {centre}, {period}, is cancelled.",
    },
    "followup.ui.would_shorten": {
        "da": "Ophold {request} på {centre} afkortes, så det slutter {day}.",
        "en": "Stay {request} at {centre} is shortened to end on {day}.",
    },
    "followup.ui.departure_later": {
        "da": "Hjemrejsen registreres, når den er sket.",
        "en": "The departure is recorded once it has happened.",
    },
    "followup.ui.would_withdraw": {
        "da": "Ønsket {request}, som ikke er bevilget, trækkes tilbage.",
        "en": "Wish {request}, not granted, is withdrawn.",
    },
    "followup.ui.would_nothing": {
        "da": "Der er ingen ophold efter dagen; kun ophøret registreres.",
        "en": "There are no stays after the day; only the end is recorded.",
    },
    "followup.ui.would_letter": {
        "da": "Frigjorte døgn kommer straks ventelisten til gode. Afgørelsen om ophør gemmes "
        "som ikke sendt.",
        "en": "Freed nights go to the waiting list at once. The decision to end is kept as not "
        "yet sent.",
    },
    "followup.ui.confirm": {"da": "Afslut bevillingen", "en": "End the grant"},
    "followup.ui.keep": {"da": "Fortryd", "en": "Cancel"},
    "followup.ui.ended": {
        "da": "Bevillingen af aflastningsophold for {name} ophører {day}. {version}",
        "en": "The grant of respite stays of {name} ends on {day}. {version}",
    },
    "followup.ui.ended_version": {
        "da": "Version {version} er offentliggjort. De frigjorte døgn er tilbudt ventelisten "
        "(Ønsker), hvor {waiting} ønsker nu passer.",
        "en": "Version {version} is published. The freed nights are offered to the waiting list "
        "(Ønsker), where {waiting} requests fit now.",
    },
    "followup.ui.ended_no_version": {
        "da": "Planen er uændret.",
        "en": "The plan is unchanged.",
    },
    "followup.ui.letter": {
        "da": "Hent afgørelsen om ophør (PDF)",
        "en": "Download the decision to end (PDF)",
    },
    # reminders: the sidebar's badges and the summer banner on Ønsker
    "followup.badge.overdue": {
        "da": "Over sagsbehandlingsfristen: {count}",
        "en": "Past the case deadline: {count}",
    },
    "followup.badge.followups": {
        "da": "Opfølgninger forfaldne: {count}",
        "en": "Follow-ups due: {count}",
    },
    "followup.badge.arrivals": {
        "da": "Ankomster i dag/i morgen: {count}",
        "en": "Arrivals today/tomorrow: {count}",
    },
    "followup.summer.before": {
        "da": "Fristen for sommerønsker er {deadline} (om {days} dage). Indtil nu er {count} "
        "sommerønsker modtaget rettidigt.",
        "en": "The deadline for summer wishes is {deadline} (in {days} days). So far {count} "
        "summer wishes have been received on time.",
    },
    "followup.summer.today": {
        "da": "I dag, {deadline}, er fristen for sommerønsker. Indtil nu er {count} "
        "sommerønsker modtaget rettidigt; ønsker modtaget efter i dag er for sent.",
        "en": "Today, {deadline}, is the deadline for summer wishes. So far {count} summer "
        "wishes have been received on time; wishes received after today are late.",
    },
}
