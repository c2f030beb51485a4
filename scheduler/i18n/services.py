"""Messages of day-centre places and relief at home: input faults of their tables, the day
plan's and the visits' checks, the reasons a wish has no place, and the summary of ``respite
solve``."""

MESSAGES: dict[str, dict[str, str]] = {
    # input faults
    "value.bad_weekday": {
        "da": '"{value}" er ikke en ugedag; skriv et tal fra 1 (mandag) til 7 (søndag)',
        "en": '"{value}" is not a weekday; write a number from 1 (Monday) to 7 (Sunday)',
    },
    "value.bad_weekdays": {
        "da": '"{value}" er ikke en liste af ugedage; skriv tal fra 1 (mandag) til 7 (søndag),'
        " hver højst én gang, adskilt af semikolon (fx 1;4)",
        "en": '"{value}" is not a list of weekdays; write numbers from 1 (Monday) to 7'
        " (Sunday), each at most once, separated by semicolons (e.g. 1;4)",
    },
    "value.bad_days_per_week": {
        "da": '"{value}" dage om ugen: skriv et helt tal fra 1 til 7',
        "en": '"{value}" days a week: write a whole number from 1 to 7',
    },
    "value.bad_hours": {
        "da": '"{value}" er ikke et antal timer over 0 i hele minutter (fx 3, 1.5 eller 1,5)',
        "en": '"{value}" is not a number of hours above 0 in whole minutes (e.g. 3, 1.5 or 1,5)',
    },
    "value.bad_clock": {
        "da": '"{value}" er ikke et klokkeslæt (TT:MM, fx 13:30; 24:00 kun som sluttid)',
        "en": '"{value}" is not a time of day (HH:MM, e.g. 13:30; 24:00 only as an end)',
    },
    "relief.both_periods": {
        "da": "en bevilling er enten pr. uge eller pr. 14 dage: udfyld kun én af kolonnerne"
        " hours_per_week og hours_per_fortnight",
        "en": "a grant is either per week or per 14 days: fill in only one of the columns"
        " hours_per_week and hours_per_fortnight",
    },
    "relief.no_hours": {
        "da": "bevillingen mangler sine timer: udfyld hours_per_week eller hours_per_fortnight",
        "en": "the grant has no hours: fill in hours_per_week or hours_per_fortnight",
    },
    "relief.end_not_after_start": {
        "da": '"{value}" er ikke efter starttidspunktet {start}; et besøg ligger inden for én'
        " dag (del et besøg over midnat i to)",
        "en": '"{value}" is not after the start {start}; a visit lies within one day (split a'
        " visit past midnight in two)",
    },
    "relief.not_offered": {
        "da": "profilen {profile} tilbyder ikke afløsning i hjemmet (ingen relief_*-nøgle);"
        " fjern tabellen eller brug en profil, der gør",
        "en": "the profile {profile} offers no relief at home (no relief_* key); remove the"
        " table or use a profile that does",
    },
    "relief.over_standard": {
        "da": "{value} timer er mere end profilens højst {most} timer for perioden",
        "en": "{value} hours is more than the profile's most of {most} hours for the period",
    },
    "daycare.not_offered": {
        "da": "profilen {profile} tilbyder ikke dagcenterpladser (ingen day_centre_kinds);"
        " fjern tabellen eller brug en profil, der gør",
        "en": "the profile {profile} offers no day-centre places (no day_centre_kinds); remove"
        " the table or use a profile that does",
    },
    "daycare.not_day_centre": {
        "da": '"{value}" er ikke et dagcenter: dets type er {kind}, profilens dagcentertyper er'
        " {kinds}",
        "en": '"{value}" is not a day centre: its kind is {kind}, the profile\'s day-centre'
        " kinds are {kinds}",
    },
    "daycare.duplicate_weekday": {
        "da": "dagcenter {centre} har allerede pladser for ugedag {value} i række {first_row}",
        "en": "day centre {centre} already has seats for weekday {value} in row {first_row}",
    },
    "daycare.second_wish": {
        "da": 'borger "{value}" har allerede et dagcenterønske i række {first_row}; en familie'
        " har ét ønske ad gangen (ret det i stedet)",
        "en": 'person "{value}" already has a day-centre wish in row {first_row}; a family has'
        " one wish at a time (change that one instead)",
    },
    "daycare.pinned_breaks_rule": {
        "da": "den fastlåste plads for {value} bryder en regel: {violation}",
        "en": "the pinned place of {value} breaks a rule: {violation}",
    },
    "scenario.too_many_day_choices": {
        "da": "dagcenterønskerne giver {count} mulige pladser (dagcentre × sæt af ugedage);"
        " respite kan højst afveje {most}",
        "en": "the day-centre wishes give {count} possible places (day centres × sets of"
        " weekdays); respite weighs at most {most}",
    },
    "rules.night_half": {
        "da": "natten skal have både start og slut: {missing} mangler",
        "en": "the night needs both its start and its end: {missing} is missing",
    },
    "rules.night_empty": {
        "da": "natten starter og slutter samme klokkeslæt; udelad begge nøgler, hvis der ikke er"
        " nogen natregel",
        "en": "the night starts and ends at the same time; leave out both keys if there is no"
        " night rule",
    },
    "expect.days_per_week": {"da": "et helt tal fra 1 til 7", "en": "a whole number from 1 to 7"},
    "expect.hours": {
        "da": "et antal timer på 0 eller mere i hele minutter (fx 3 eller 2.5)",
        "en": "a number of hours of 0 or more in whole minutes (e.g. 3 or 2.5)",
    },
    "expect.clock": {
        "da": 'et klokkeslæt i anførselstegn, "TT:MM" (fx "23:00")',
        "en": 'a time of day in quotes, "HH:MM" (e.g. "23:00")',
    },
    # day_plan.csv
    "day_plan.bad_status": {
        "da": '"{value}" er ikke granted, waiting eller refused',
        "en": '"{value}" is not granted, waiting or refused',
    },
    "day_plan.bad_reason": {
        "da": '"{value}" er ikke en kendt årsag',
        "en": '"{value}" is not a known reason',
    },
    "day_plan.reason_on_granted": {
        "da": "en tildelt plads har ingen årsag",
        "en": "a granted place has no reason",
    },
    "day_plan.waiting_reason": {
        "da": "et ønske på venteliste har årsagen capacity",
        "en": "a waiting wish has the reason capacity",
    },
    "day_plan.refused_capacity": {
        "da": "et ønske, der mangler plads, står på venteliste (waiting), ikke som afvist",
        "en": "a wish short of a seat is waiting, not refused",
    },
    "day_plan.queue_not_waiting": {
        "da": "kun et ønske på venteliste har et nummer i køen",
        "en": "only a waiting wish has a number in the queue",
    },
    # the reasons a wish has no place
    "day_reason.self_appointed_helper": {
        "da": "pårørende er selvudpeget hjælper (servicelovens § 94)",
        "en": "the carer is a self-appointed helper (§ 94)",
    },
    "day_reason.no_consent": {
        "da": "borgeren har ikke givet samtykke",
        "en": "the person has not consented",
    },
    "day_reason.days_limit": {
        "da": "flere dage om ugen end kvalitetsstandarden giver",
        "en": "more days a week than the quality standard gives",
    },
    "day_reason.no_suitable_centre": {
        "da": "intet dagcenter har det, borgeren har brug for",
        "en": "no day centre has what the person needs",
    },
    "day_reason.outside_horizon": {
        "da": "første dag ligger efter planperioden",
        "en": "the first day lies after the planning period",
    },
    "day_reason.weekdays": {
        "da": "intet egnet dagcenter er åbent på nok af familiens ugedage",
        "en": "no suitable day centre is open on enough of the family's weekdays",
    },
    "day_reason.capacity": {
        "da": "ingen ledig plads (venteliste)",
        "en": "no free seat (waiting list)",
    },
    # the day plan's checks
    "checker.day_missing_decision": {
        "da": "Dagcenterønske {wish} mangler i dagplanen.",
        "en": "Day-centre wish {wish} has no row in the day plan.",
    },
    "checker.day_duplicate_decision": {
        "da": "Dagcenterønske {wish} står {count} gange i dagplanen; kun den første række er"
        " vurderet.",
        "en": "Day-centre wish {wish} appears {count} times in the day plan; only the first row"
        " was judged.",
    },
    "checker.day_unknown_wish": {
        "da": "Dagplanen har en række for ønske {wish}, som ikke findes blandt dagcenterønskerne.",
        "en": "The day plan has a row for wish {wish}, which is not among the day-centre wishes.",
    },
    "checker.day_person_mismatch": {
        "da": "Dagcenterønske {wish} hører til borger {expected}, men dagplanen angiver {found}.",
        "en": "Day-centre wish {wish} belongs to person {expected}, but the day plan names"
        " {found}.",
    },
    "checker.day_eligibility": {
        "da": "Dagcenterønske {wish} har fået plads, selv om borgeren ikke kan få aflastning"
        " (§ 94 eller samtykke).",
        "en": "Day-centre wish {wish} has a place although the person may not have respite"
        " (§ 94 or consent).",
    },
    "checker.day_days_limit": {
        "da": "Dagcenterønske {wish} har fået {days} dage om ugen; højst {most} gives.",
        "en": "Day-centre wish {wish} was given {days} days a week; at most {most} are given.",
    },
    "checker.day_unknown_centre": {
        "da": "Dagcenterønske {wish}: dagcentret {centre} findes ikke.",
        "en": "Day-centre wish {wish}: there is no centre {centre}.",
    },
    "checker.day_suitability": {
        "da": "Dagcenterønske {wish}: {centre} er ikke et egnet dagcenter (type eller det,"
        " borgeren har brug for).",
        "en": "Day-centre wish {wish}: {centre} is not a suitable day centre (its kind, or what"
        " the person needs).",
    },
    "checker.day_days_per_week": {
        "da": "Dagcenterønske {wish} har plads {days} dage om ugen, men ønsker {wished}.",
        "en": "Day-centre wish {wish} has a place {days} days a week but wishes {wished}.",
    },
    "checker.day_weekday": {
        "da": "Dagcenterønske {wish} har plads om {weekdays}, som familien ikke kan bruge.",
        "en": "Day-centre wish {wish} has a place on {weekdays}, which the family cannot use.",
    },
    "checker.day_closed": {
        "da": "Dagcenterønske {wish}: pladsen begynder {day}, hvor {centre} er lukket.",
        "en": "Day-centre wish {wish}: the place begins on {day}, when {centre} is closed.",
    },
    "checker.day_start": {
        "da": "Dagcenterønske {wish}: pladsen begynder {start}, men første åbne dag er {expected}.",
        "en": "Day-centre wish {wish}: the place begins on {start}, but the first open day is"
        " {expected}.",
    },
    "checker.day_seats": {
        "da": "Dagcenter {centre} har {places} pladser om {weekday}, men kun {seats} stole.",
        "en": "Day centre {centre} has {places} places on {weekday} but only {seats} seats.",
    },
    "checker.day_pinned_moved": {
        "da": "Dagcenterønske {wish} har en fastlåst plads på {centre} ({weekdays}), som ikke er"
        " holdt.",
        "en": "Day-centre wish {wish} has a pinned place at {centre} ({weekdays}) that was not"
        " kept.",
    },
    "checker.day_wrong_reason": {
        "da": "Dagcenterønske {wish}: årsagen er angivet som «{stated}», men den første, der"
        " gælder, er «{true}».",
        "en": "Day-centre wish {wish}: the reason is stated as “{stated}”, but the first that"
        " applies is “{true}”.",
    },
    "checker.day_order": {
        "da": "Dagcenterønske {wish} står på venteliste, men kunne få plads på {centre}"
        " ({weekdays}) med de pladser, der er givet før det i køen.",
        "en": "Day-centre wish {wish} is waiting, but could have a place at {centre}"
        " ({weekdays}) given the places granted before it in the queue.",
    },
    "checker.day_queue": {
        "da": "Dagcenterønske {wish} har nummer {stated} på ventelisten; det skal være {true}.",
        "en": "Day-centre wish {wish} is number {stated} on the waiting list; it should be {true}.",
    },
    "checker.day_queue_not_waiting": {
        "da": "Dagcenterønske {wish} har nummer {stated} i køen, men står ikke på venteliste.",
        "en": "Day-centre wish {wish} has number {stated} in the queue but is not waiting.",
    },
    # relief at home
    "checker.relief_eligibility": {
        "da": "Bevilling {grant}: borger {person} kan ikke få afløsning (§ 94 eller samtykke).",
        "en": "Grant {grant}: person {person} may not have relief (§ 94 or consent).",
    },
    "checker.relief_grants_overlap": {
        "da": "Borger {person} har to bevillinger på samme tid: {grant} og {other}.",
        "en": "Person {person} has two grants at the same time: {grant} and {other}.",
    },
    "checker.relief_outside_grant": {
        "da": "Besøg {visit} den {day} ligger uden for bevilling {grant}s periode.",
        "en": "Visit {visit} on {day} lies outside the period of grant {grant}.",
    },
    "checker.relief_hours": {
        "da": "Bevilling {grant}: besøgene {first} – {last} varer {used} timer; bevillingen"
        " giver {granted} (timer kan ikke opspares).",
        "en": "Grant {grant}: the visits of {first} – {last} last {used} hours; the grant gives"
        " {granted} (hours cannot be saved up).",
    },
    "checker.relief_night": {
        "da": "Besøg {visit} den {day} ({start}–{end}) ligger i natten {night_from}–{night_to},"
        " hvor der ikke gives afløsning i hjemmet.",
        "en": "Visit {visit} on {day} ({start}–{end}) falls in the night {night_from}–"
        "{night_to}, when no relief at home is given.",
    },
    "checker.relief_overlap": {
        "da": "Borger {person} har to besøg på samme tid den {day}: {other} og {visit}.",
        "en": "Person {person} has two visits at the same time on {day}: {other} and {visit}.",
    },
    "checker.relief_team_hours": {
        "da": "Team {team} har {used} timers besøg i uge {week}, men højst {most} timer.",
        "en": "Team {team} has {used} hours of visits in week {week} but at most {most} hours.",
    },
    # respite solve and check
    "daycare.summary": {
        "da": "Dagcenter: {wishes} ønsker; {granted} har plads ({preferred} på det ønskede"
        " dagcenter), {waiting} på venteliste, {refused} afvist; {changes} nuværende pladser"
        " ændret. {status}; {seconds} s.",
        "en": "Day centre: {wishes} wishes; {granted} have a place ({preferred} at the"
        " preferred centre), {waiting} waiting, {refused} refused; {changes} current places"
        " changed. {status}; {seconds} s.",
    },
    "daycare.status.optimal": {
        "da": "Den bedst mulige fordeling (bevist)",
        "en": "The best possible allocation (proven)",
    },
    "daycare.status.timed_out": {
        "da": "Tiden løb ud, før det var bevist, at fordelingen er den bedst mulige",
        "en": "Time ran out before the allocation was proven the best possible",
    },
    "daycare.seats": {
        "da": "  {centre}: {weekdays}",
        "en": "  {centre}: {weekdays}",
    },
    "daycare.seat_day": {
        "da": "{weekday} {used}/{seats}",
        "en": "{weekday} {used}/{seats}",
    },
    "daycare.queue_head": {
        "da": "  Venteliste: {entries}",
        "en": "  Waiting list: {entries}",
    },
    "daycare.queue_entry": {"da": "{queue}. {wish}", "en": "{queue}. {wish}"},
    "daycare.refusals": {"da": "  Afvist: {reasons}", "en": "  Refused: {reasons}"},
    "daycare.refusal": {"da": "{reason} {count}", "en": "{reason} {count}"},
    "daycare.written": {
        "da": "Dagplanen er skrevet til {path}.",
        "en": "The day plan was written to {path}.",
    },
    "relief.summary": {
        "da": "Afløsning i hjemmet: {grants} bevillinger, {visits} besøg, {hours} timer;"
        " {problems} brudte regler (se respite check).",
        "en": "Relief at home: {grants} grants, {visits} visits, {hours} hours; {problems}"
        " broken rules (see respite check).",
    },
    "check.services_ok": {
        "da": "Dagplanen ({wishes} ønsker) og afløsningen ({visits} besøg) holder alle regler.",
        "en": "The day plan ({wishes} wishes) and relief at home ({visits} visits) keep every"
        " rule.",
    },
}
