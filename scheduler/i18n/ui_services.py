"""Texts of day-centre places and relief at home in the store and the app: the import's counts,
the week grid of a day centre, the day-centre leader's page, the waiting list, each person's
services and the relief visits of a week."""

MESSAGES = {
    # what an import stored
    "store.entity.service_rules": {
        "da": "regler for dagcenter og afløsning",
        "en": "day-centre and relief rules",
    },
    "store.entity.day_seats": {
        "da": "dagcenterpladser og lukkedage",
        "en": "day-centre seats and closed days",
    },
    "store.entity.day_wish": {"da": "dagcenterønsker", "en": "day-centre wishes"},
    "store.entity.day_place": {"da": "givne dagcenterpladser", "en": "day-centre places given"},
    "store.entity.relief_team": {"da": "afløserteams", "en": "relief teams"},
    "store.entity.relief_grant": {"da": "bevillinger af afløsning", "en": "relief grants"},
    "store.entity.relief_visit": {"da": "afløsningsbesøg", "en": "relief visits"},
    "svc.cli.run": {
        "da": "Dagcenterpladserne er fordelt og gemt som fordeling nr. {number}.",
        "en": "The day-centre places are allocated and stored as allocation no. {number}.",
    },
    "svc.cli.ended": {
        "da": "Dagcenterpladsen (ønsket {wish}) er afsluttet.",
        "en": "The day-centre place (wish {wish}) is ended.",
    },
    "svc.cli.offered": {
        "da": "Ønsket {wish} har nu plads på {centre} (ugedage {days}).",
        "en": "Wish {wish} now has a place at {centre} (weekdays {days}).",
    },
    "svc.cli.none_offered": {
        "da": "Ingen i køen kan bruge de frigivne pladser.",
        "en": "No one in the queue can use the seats freed.",
    },
    "svc.end.button": {"da": "Afslut dagcenterpladsen …", "en": "End the day-centre place …"},
    "svc.end.title": {"da": "Afslut dagcenterpladsen", "en": "End the day-centre place"},
    "svc.end.question": {
        "da": "Afslut dagcenterpladsen (ønsket {wish}) for {person}? Pladserne fordeles igen "
        "med det samme, så de frigivne pladser går til de første i køen, der kan bruge dem.",
        "en": "End the day-centre place (wish {wish}) of {person}? The places are allocated "
        "again at once, so the seats freed go to the first in the queue who can use them.",
    },
    "svc.end.confirm": {"da": "Ja, afslut", "en": "Yes, end it"},
    "svc.end.done": {
        "da": "Dagcenterpladsen (ønsket {wish}) er afsluttet, og pladserne er fordelt igen.",
        "en": "The day-centre place (wish {wish}) is ended and the places allocated again.",
    },
    "svc.end.offered_lead": {
        "da": "De frigivne pladser er tilbudt:",
        "en": "The seats freed are offered to:",
    },
    "svc.end.offered": {
        "da": "- {person}: {centre}, {days}",
        "en": "- {person}: {centre}, {days}",
    },
    "svc.end.none_offered": {
        "da": "Ingen i køen kan bruge de frigivne pladser.",
        "en": "No one in the queue can use the seats freed.",
    },
    "svc.unknown_wish": {
        "da": "Der er intet ønske om dagcenterplads med id {wish}.",
        "en": "There is no wish for a day-centre place with id {wish}.",
    },
    "svc.wish_ended": {
        "da": "Dagcenterpladsen (ønsket {wish}) er allerede afsluttet.",
        "en": "The day-centre place (wish {wish}) has already been ended.",
    },
    "svc.no_day_wishes": {
        "da": "Der er ingen ønsker om dagcenterplads at fordele.",
        "en": "There are no wishes for a day-centre place to allocate.",
    },
    # roles and pages
    "ui.role.day_centre_leader": {"da": "Leder af dagcenter", "en": "Day-centre leader"},
    "ui.page.day_centre": {"da": "Dagcenter", "en": "Day centre"},
    "ui.demo.day_centre": {"da": "Dagcenter", "en": "Day centre"},
    # the week grid
    "svc.day.title": {"da": "Dagcentre", "en": "Day centres"},
    "svc.day.explain": {
        "da": "Pladser pr. ugedag i den valgte uge: optaget og ledige. Et dagcenter har ingen "
        "senge og vises derfor ikke blandt aflastningsstederne ovenfor.",
        "en": "Seats per weekday in the chosen week: taken and free. A day centre has no beds, "
        "so it is not listed among the respite centres above.",
    },
    "svc.day.week": {"da": "Uge (vælg en dag i ugen)", "en": "Week (pick a day in the week)"},
    "svc.day.week_shown": {
        "da": "Uge {week} {year}: {first} – {last}",
        "en": "Week {week} {year}: {first} – {last}",
    },
    "svc.day.row.seats": {"da": "Pladser", "en": "Seats"},
    "svc.day.row.used": {"da": "Optaget", "en": "Taken"},
    "svc.day.row.free": {"da": "Ledige", "en": "Free"},
    "svc.day.closed": {"da": "Lukket", "en": "Closed"},
    "svc.day.no_seats": {"da": "–", "en": "–"},
    "svc.day.closed_days": {
        "da": "Lukket denne uge: {days}.",
        "en": "Closed this week: {days}.",
    },
    "svc.day.none": {
        "da": "Der er ingen dagcentre i de indlæste data.",
        "en": "There are no day centres in the data imported.",
    },
    "svc.day.no_run": {
        "da": "Dagcenterpladserne er ikke fordelt endnu.",
        "en": "The day-centre places have not been allocated yet.",
    },
    "svc.day.run": {
        "da": "Fordeling nr. {number} af {made}, {by}. {status}.",
        "en": "Allocation no. {number} of {made}, by {by}. {status}.",
    },
    "svc.day.allocate": {"da": "Fordel dagcenterpladser", "en": "Allocate day-centre places"},
    "svc.day.allocate_help": {
        "da": "Giver pladser i køens orden (prioritet, så modtaget); de pladser, der allerede er "
        "givet, ændres så lidt som muligt, og lovede pladser beholdes.",
        "en": "Gives places in queue order (priority, then received); places already given "
        "change as little as possible, and promised places are kept.",
    },
    "svc.day.allocated": {
        "da": "Fordelt: {granted} med plads, {waiting} på venteliste, {refused} afvist, "
        "{changes} ændrede pladser ({seconds} s).",
        "en": "Allocated: {granted} with a place, {waiting} waiting, {refused} refused, "
        "{changes} places changed ({seconds} s).",
    },
    "svc.day.attendance": {"da": "Hvem kommer hvilken dag", "en": "Who comes on which day"},
    "svc.day.no_places": {
        "da": "Ingen kommer i dagcentret i den uge.",
        "en": "No one comes to the day centre that week.",
    },
    "svc.and": {"da": "og", "en": "and"},
    "svc.all_days": {"da": "alle ugens dage", "en": "every day of the week"},
    "svc.col.preferred": {"da": "Ønsket dagcenter", "en": "Preferred day centre"},
    "svc.col.first_day": {"da": "Første dag", "en": "First day"},
    "svc.day.leader_explain": {
        "da": "Du ser kun dit eget dagcenter: pladserne pr. ugedag og hvem der kommer. Stopper "
        "en familie, så giv Visitationen besked: en plads afsluttes med en afgørelse til "
        "familien, og de ledige pladser går straks videre til ventelisten.",
        "en": "You see only your own day centre: the seats per weekday and who comes. When a "
        "family stops, tell Visitationen: a place is ended by a decision to the family, and "
        "the seats freed go to the waiting list at once.",
    },
    "svc.day.choose": {"da": "Dagcenter", "en": "Day centre"},
    # the waiting list and the wishes
    "svc.queue.title": {"da": "Venteliste til dagcenter", "en": "Day-centre waiting list"},
    "svc.queue.empty": {"da": "Ingen venter på en plads.", "en": "No one is waiting for a place."},
    "svc.wishes.title": {
        "da": "Dagcenter og afløsning pr. borger",
        "en": "Day centre and relief per person",
    },
    "svc.col.queue": {"da": "Nr. i kø", "en": "Queue no."},
    "svc.col.person": {"da": "Borger", "en": "Person"},
    "svc.col.received": {"da": "Modtaget", "en": "Received"},
    "svc.col.days_per_week": {"da": "Dage pr. uge", "en": "Days a week"},
    "svc.col.weekdays": {"da": "Kan komme", "en": "Can come"},
    "svc.col.status": {"da": "Dagcenter", "en": "Day centre"},
    "svc.col.relief": {"da": "Afløsning i hjemmet", "en": "Relief at home"},
    "svc.col.stays": {"da": "Aflastningsophold", "en": "Respite stays"},
    "svc.col.used": {"da": "Besøg i perioden", "en": "Visits in the period"},
    "svc.col.grant": {"da": "Bevilling", "en": "Grant"},
    "svc.status.granted": {
        "da": "Plads {weekdays} på {centre} fra {start}",
        "en": "Place {weekdays} at {centre} from {start}",
    },
    "svc.status.waiting": {"da": "Venteliste nr. {queue}", "en": "Waiting list no. {queue}"},
    "svc.status.refused": {"da": "Afvist: {reason}", "en": "Refused: {reason}"},
    "svc.status.unallocated": {"da": "Ikke fordelt endnu", "en": "Not allocated yet"},
    "svc.status.none": {"da": "–", "en": "–"},
    "svc.relief.per_week": {"da": "{hours} t pr. uge", "en": "{hours} h a week"},
    "svc.relief.per_fortnight": {"da": "{hours} t pr. 14 dage", "en": "{hours} h per 14 days"},
    "svc.relief.used": {"da": "{used} af {allowed} t", "en": "{used} of {allowed} h"},
    "svc.relief.over": {
        "da": "{used} af {allowed} t – over bevillingen",
        "en": "{used} of {allowed} h – over the grant",
    },
    "svc.relief.period": {
        "da": "{grant}: {allowed}, {start} – {end}",
        "en": "{grant}: {allowed}, {start} – {end}",
    },
    "svc.relief.open_end": {"da": "indtil videre", "en": "until further notice"},
    # per person (Borgere)
    "svc.person.title": {"da": "Dagcenter og afløsning", "en": "Day centre and relief"},
    "svc.person.no_day": {
        "da": "Intet ønske om dagcenterplads.",
        "en": "No wish for a day-centre place.",
    },
    "svc.person.day": {"da": "**Dagcenter:** {status}", "en": "**Day centre:** {status}"},
    "svc.person.wish": {
        "da": "Ønske {wish} modtaget {received}: {days} dag(e) om ugen, kan komme {weekdays}.",
        "en": "Wish {wish} received {received}: {days} day(s) a week, can come {weekdays}.",
    },
    "svc.person.letters": {
        "da": "Afgørelsesbreve (HTML)",
        "en": "Decision letters (HTML)",
    },
    "svc.person.no_relief": {
        "da": "Ingen bevilling af afløsning i hjemmet.",
        "en": "No grant of relief at home.",
    },
    "svc.person.relief": {
        "da": "**Afløsning i hjemmet:** {grant}. Besøg i perioden fra {period}, planlagte "
        "og gennemførte: {used}. {visits} besøg i alt.",
        "en": "**Relief at home:** {grant}. Visits in the period from {period}, planned and "
        "done: {used}. {visits} visits in all.",
    },
    # relief visits per week
    "svc.relief.title": {"da": "Afløsning i hjemmet", "en": "Relief at home"},
    "svc.relief.explain": {
        "da": "Besøgene i den valgte uge pr. borger og dag. Besøg i perioden tæller alle besøg "
        "i bevillingens periode (uge eller 14 dage fra bevillingens start), planlagte som "
        "gennemførte; ubrugte timer bortfalder.",
        "en": "The visits of the chosen week per person and day. Visits in the period counts "
        "every visit of the grant's period (a week or 14 days from the grant's start), planned "
        "or done; unused hours lapse.",
    },
    "svc.relief.week": {
        "da": "Uge med besøg (vælg en dag i ugen)",
        "en": "Week of visits (pick a day in the week)",
    },
    "svc.relief.none": {
        "da": "Ingen besøg i uge {week}.",
        "en": "No visits in week {week}.",
    },
    "svc.relief.no_grants": {
        "da": "Der er ingen bevillinger af afløsning i hjemmet.",
        "en": "There are no grants of relief at home.",
    },
    "svc.relief.count": {
        "da": "{visits} besøg, {hours} timer i uge {week}.",
        "en": "{visits} visits, {hours} hours in week {week}.",
    },
    # letters on day-centre places and relief at home
    "svcletter.concerns": {
        "da": "Afgørelsen vedrører {name} (borger {person}).",
        "en": "This decision concerns {name} (person {person}).",
    },
    "svcletter.day_wish": {
        "da": "Ansøgning om dagcenter {wish}, modtaget {received}: {days} dag(e) om ugen.",
        "en": "Application for a day centre {wish}, received {received}: {days} day(s) a week.",
    },
    "svcletter.day_title.granted": {
        "da": "Afgørelse om aflastning på dagcenter",
        "en": "Decision on relief at a day centre",
    },
    "svcletter.day_title.waiting": {
        "da": "Plads på venteliste til dagcenter",
        "en": "A place on the day-centre waiting list",
    },
    "svcletter.day_title.refused": {
        "da": "Afslag på aflastning på dagcenter",
        "en": "Refusal of relief at a day centre",
    },
    "svcletter.day_granted": {
        "da": "Vi har bevilget din pårørende en plads på dagcenter:",
        "en": "We have granted your relative a place at a day centre:",
    },
    "svcletter.day_centre": {"da": "Dagcenter", "en": "Day centre"},
    "svcletter.weekdays": {"da": "Ugedage", "en": "Weekdays"},
    "svcletter.first_day": {"da": "Første dag", "en": "First day"},
    "svcletter.follow_up_lead": {
        "da": "Om opfølgning siger kvalitetsstandarden:",
        "en": "On follow-up the quality standard says (in Danish):",
    },
    "svcletter.day_waiting": {
        "da": "Der er ingen ledig plads på et dagcenter, der passer til jeres ønske. Din "
        "pårørende er skrevet på ventelisten som nr. {queue}. Vi tilbyder pladsen, så snart "
        "en plads bliver ledig.",
        "en": "There is no free place at a day centre that fits your wish. Your relative is on "
        "the waiting list as no. {queue}. We offer the place as soon as one becomes free.",
    },
    "svcletter.day_refused": {
        "da": "Vi kan ikke bevilge en plads på dagcenter: {reason}.",
        "en": "We cannot grant a place at a day centre: {reason}.",
    },
    "svcletter.rule_lead": {
        "da": "Reglen i kvalitetsstandarden:",
        "en": "The rule of the quality standard (in Danish):",
    },
    "svcletter.relief_title": {
        "da": "Afgørelse om afløsning i hjemmet",
        "en": "Decision on relief at home",
    },
    "svcletter.relief_grant": {"da": "Bevilling {grant}.", "en": "Grant {grant}."},
    "svcletter.relief_granted": {
        "da": "Vi har bevilget afløsning i hjemmet:",
        "en": "We have granted relief at home:",
    },
    "svcletter.hours": {"da": "Timer", "en": "Hours"},
    "svcletter.per_week": {"da": "{hours} timer om ugen", "en": "{hours} hours a week"},
    "svcletter.per_fortnight": {
        "da": "{hours} timer hver 14. dag",
        "en": "{hours} hours every 14 days",
    },
    "svcletter.from": {"da": "Fra", "en": "From"},
    "svcletter.to": {"da": "Til og med", "en": "Up to and including"},
    "svcletter.until_further": {"da": "Indtil videre", "en": "Until further notice"},
    "svcletter.relief_lapse": {
        "da": "Timer, der ikke bruges i perioden, bortfalder.",
        "en": "Hours not used in the period lapse.",
    },
    "svcletter.change_lead": {
        "da": "Fortæl Visitationen, hvis behovet ændrer sig. Kvalitetsstandarden siger:",
        "en": "Tell the allocation office if the need changes. The quality standard says (in "
        "Danish):",
    },
    # the bench's table of the day-centre allocation
    "bench.daycare.title": {
        "da": "Fordeling af dagcenterpladser (median af 3 kørsler i samme proces, 1 tråd):",
        "en": "Day-centre allocation (median of 3 runs in one process, 1 worker):",
    },
    "bench.daycare.col.size": {"da": "størrelse", "en": "size"},
    "bench.daycare.col.wishes": {"da": "ønsker", "en": "wishes"},
    "bench.daycare.col.seats": {"da": "pladser/uge", "en": "seats/week"},
    "bench.daycare.col.seconds": {"da": "sekunder", "en": "seconds"},
    "bench.daycare.col.granted": {"da": "med plads", "en": "granted"},
    "bench.daycare.col.waiting": {"da": "venteliste", "en": "waiting"},
    "bench.daycare.col.status": {"da": "status", "en": "status"},
    "bench.daycare.proven": {"da": "bevist", "en": "proven"},
    "bench.daycare.cut": {"da": "tidsgrænse", "en": "time limit"},
}
