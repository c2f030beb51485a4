"""Text of the app's case-work forms (``ui/screens/sections/casework_*.py``): a new person, a
new wish, a closure, a changed promise, what happened to a stay, and a person's rules."""

MESSAGES: dict[str, dict[str, str]] = {
    # shared
    "ui.cw.required": {"da": "Skal udfyldes.", "en": "Must be filled in."},
    "ui.cw.stay": {
        "da": "{centre}, {period} ({nights} døgn)",
        "en": "{centre}, {period} ({nights} nights)",
    },
    "ui.cw.col.opening": {"da": "Heraf før planen", "en": "Of them before the plan"},
    "ui.cw.col.record": {"da": "Forløb", "en": "What happened"},
    "ui.cw.col.exception": {"da": "Undtagelse", "en": "Exception"},
    # a new person (Borgere)
    "ui.cw.person.title": {"da": "Opret en ny borger", "en": "Add a new person"},
    "ui.cw.person.explain": {
        "da": "Felterne kontrolleres som ved indlæsning af en fil, og fejl vises ved feltet. "
        "Borgeren gemmes med det samme og ændrer ingen plan; ønsker indtastes under Ønsker.",
        "en": "The fields are checked as a file import checks them, and faults are shown at the "
        "field. The person is saved at once and changes no plan; wishes are entered under "
        "Requests.",
    },
    "ui.cw.person.who": {"da": "**Borgeren**", "en": "**The person**"},
    "ui.cw.person.id": {"da": "Borger-id (sagsnummer)", "en": "Person id (case number)"},
    "ui.cw.person.id_help": {
        "da": "Et nyt id, fx det næste ledige. Aldrig et CPR-nummer.",
        "en": "A new id, e.g. the next free one. Never a CPR number.",
    },
    "ui.cw.person.name": {"da": "Navn", "en": "Name"},
    "ui.cw.person.grant": {"da": "**Bevilling**", "en": "**Grant**"},
    "ui.cw.person.needs": {"da": "Behov", "en": "Needs"},
    "ui.cw.person.needs_help": {
        "da": "Det, aflastningsstedet skal kunne klare (fx demens, lift). Et nyt behov kan "
        "skrives ind.",
        "en": "What the centre must be able to care for (e.g. demens, lift). A new need can be "
        "typed in.",
    },
    "ui.cw.person.no_needs": {"da": "Ingen særlige behov", "en": "No particular needs"},
    "ui.cw.person.annual_nights": {"da": "Døgn pr. år", "en": "Nights a year"},
    "ui.cw.person.annual_nights_help": {
        "da": "Tomt: kvalitetsstandardens antal døgn om året.",
        "en": "Empty: the quality standard's nights a year.",
    },
    "ui.cw.person.profile_nights": {
        "da": "Standard ({nights})",
        "en": "Standard ({nights})",
    },
    "ui.cw.person.grant_start": {"da": "Bevillingsår begynder", "en": "Grant year begins"},
    "ui.cw.person.grant_start_help": {
        "da": "Tomt: kalenderår. Ellers tælles året fra denne dag og måned.",
        "en": "Empty: calendar years. Otherwise the year counts from this day and month.",
    },
    "ui.cw.person.used_nights": {
        "da": "Brugte døgn i år før planen",
        "en": "Nights used this year before the plan",
    },
    "ui.cw.person.used_stays": {
        "da": "Brugte ophold i år før planen",
        "en": "Stays used this year before the plan",
    },
    "ui.cw.person.used_help": {
        "da": "Brugt uden for planen i det år, planperioden begynder i (startsaldo).",
        "en": "Used outside the plan in the year the planning horizon begins in (opening balance).",
    },
    "ui.cw.person.eligibility": {"da": "**Berettigelse**", "en": "**Eligibility**"},
    "ui.cw.person.consent": {
        "da": "Den pårørende har givet samtykke til aflastning",
        "en": "The carer has consented to respite",
    },
    "ui.cw.person.helper": {
        "da": "Har en selvudpeget hjælper (servicelovens § 94)",
        "en": "Has a self-appointed helper (§ 94 of the Social Services Act)",
    },
    "ui.cw.person.carer": {"da": "**Pårørende**", "en": "**Carer**"},
    "ui.cw.person.save": {"da": "Opret borger", "en": "Add the person"},
    "ui.cw.person.saved": {
        "da": "Borgeren {person} er oprettet og vist nedenfor. Ønsker indtastes under Ønsker.",
        "en": "Person {person} is added and shown below. Wishes are entered under Requests.",
    },
    # a new wish (Ønsker)
    "ui.cw.wish.title": {"da": "Nyt ønske", "en": "New request"},
    "ui.cw.wish.explain": {
        "da": "Et ønske, der kommer ind pr. telefon, formular eller brev. Felterne kontrolleres "
        "som ved indlæsning af en fil. »Find en plads nu« viser først, hvor ønsket kan få plads "
        "i den offentliggjorte plan – intet gemmes, før du booker.",
        "en": "A wish that comes in by phone, form or letter. The fields are checked as a file "
        "import checks them. “Find a place now” first shows where the wish fits into the "
        "published plan – nothing is saved until you book.",
    },
    "ui.cw.wish.person": {"da": "Borger", "en": "Person"},
    "ui.cw.wish.person_placeholder": {
        "da": "Skriv navn eller id for at søge …",
        "en": "Type a name or id to search …",
    },
    "ui.cw.wish.id": {"da": "Ønske-id", "en": "Request id"},
    "ui.cw.wish.id_help": {
        "da": "Et nyt id; det næste ledige er foreslået.",
        "en": "A new id; the next free one is proposed.",
    },
    "ui.cw.wish.start": {"da": "Ønsket ankomst", "en": "Wished arrival"},
    "ui.cw.wish.end": {"da": "Ønsket afrejse", "en": "Wished departure"},
    "ui.cw.wish.end_help": {
        "da": "Dagen, borgeren rejser hjem. Kan stå tom ved et akut ophold (så {nights} døgn).",
        "en": "The day the person goes home. May be left empty for an acute stay ({nights} "
        "nights then).",
    },
    "ui.cw.wish.flex": {"da": "Fleksibilitet (dage)", "en": "Flexibility (days)"},
    "ui.cw.wish.flex_help": {
        "da": "Hvor mange dage ankomsten må rykkes frem eller tilbage.",
        "en": "How many days the arrival may move either way.",
    },
    "ui.cw.wish.received": {"da": "Modtaget", "en": "Received"},
    "ui.cw.wish.received_help": {
        "da": "Dagen, ønsket kom ind (afgør fristen for sommerønsker og rækkefølgen).",
        "en": "The day the wish came in (decides the summer deadline and the order).",
    },
    "ui.cw.wish.kind": {"da": "Type", "en": "Kind"},
    "ui.cw.wish.kind_planned": {"da": "Planlagt", "en": "Planned"},
    "ui.cw.wish.kind_acute": {"da": "Akut", "en": "Acute"},
    "ui.cw.wish.priority": {"da": "Prioritet", "en": "Priority"},
    "ui.cw.wish.priority_help": {
        "da": "0 er almindelig; et højere tal går forud ved planlægningen.",
        "en": "0 is ordinary; a higher number goes first in planning.",
    },
    "ui.cw.wish.centre": {"da": "Foretrukket sted", "en": "Preferred centre"},
    "ui.cw.wish.any_centre": {"da": "Intet bestemt sted", "en": "No particular centre"},
    "ui.cw.wish.find": {"da": "Find en plads nu", "en": "Find a place now"},
    "ui.cw.wish.keep": {"da": "Gem til næste planlægning", "en": "Keep for the next planning"},
    "ui.cw.wish.fits": {
        "da": "Ønsket {request} kan få plads nu: {stay}, {bed}.",
        "en": "Request {request} fits now: {stay}, {bed}.",
    },
    "ui.cw.wish.book_explain": {
        "da": "Intet er gemt endnu. »Book og offentliggør« gemmer ønsket og lover opholdet i en "
        "ny planversion; ingen andre ophold flyttes.",
        "en": "Nothing is saved yet. “Book and publish” saves the wish and promises the stay in "
        "a new plan version; no other stay moves.",
    },
    "ui.cw.wish.book": {"da": "Book og offentliggør", "en": "Book and publish"},
    "ui.cw.wish.drop": {"da": "Fortryd", "en": "Not now"},
    "ui.cw.wish.no_fit": {
        "da": "Ønsket {request} kan ikke få plads i den offentliggjorte plan nu: {reason}. "
        "Intet er gemt.",
        "en": "Request {request} does not fit into the published plan now: {reason}. Nothing "
        "is saved.",
    },
    "ui.cw.wish.take_earliest": {
        "da": "Brug det tidligste senere ophold, der passer: {stay}",
        "en": "Use the earliest later stay that fits: {stay}",
    },
    "ui.cw.wish.no_later": {
        "da": "Intet senere ophold i planperioden passer uden at flytte andre.",
        "en": "No later stay in the planning horizon fits without moving others.",
    },
    "ui.cw.wish.or_keep": {
        "da": "Du kan også ændre datoerne ovenfor og prøve igen, eller gemme ønsket til næste "
        "planlægning.",
        "en": "You can also change the dates above and try again, or keep the wish for the "
        "next planning.",
    },
    "ui.cw.wish.booked": {
        "da": "Ønsket {request} er gemt og bevilget: {stay}, {bed}. Planversion {version} er "
        "offentliggjort.",
        "en": "Request {request} is saved and granted: {stay}, {bed}. Plan version {version} is "
        "published.",
    },
    "ui.cw.wish.booked_elsewhere": {
        "da": "Ønsket {request} er gemt og bevilget, men planen var ændret imens: {stay}, {bed}. "
        "Planversion {version} er offentliggjort.",
        "en": "Request {request} is saved and granted, but the plan had changed meanwhile: "
        "{stay}, {bed}. Plan version {version} is published.",
    },
    "ui.cw.wish.gone": {
        "da": "Pladsen til ønsket {request} er taget imens; intet er gemt. Find en plads igen.",
        "en": "The place for request {request} was taken meanwhile; nothing is saved. Find a "
        "place again.",
    },
    # a changed promise
    "ui.cw.change.title": {"da": "Ændr et lovet ophold", "en": "Change a promised stay"},
    "ui.cw.change.request": {"da": "Ønske med lovet ophold", "en": "Request with a promised stay"},
    "ui.cw.change.now": {
        "da": "**Lovet nu:** {stay}, {bed}",
        "en": "**Promised now:** {stay}, {bed}",
    },
    "ui.cw.change.explain": {
        "da": "Flyt, forkort, forlæng eller skift sted. Flyttes ankomsten, flytter afrejsen med, "
        "så længden bevares; ret afrejsen bagefter for at forkorte eller forlænge. Ændringen "
        "kontrolleres mod alle regler og alle andre lovede ophold, før noget gemmes.",
        "en": "Move, shorten, extend or change the centre. When the arrival moves, the "
        "departure moves with it, keeping the length; change the departure afterwards to "
        "shorten or extend. The change is checked against every rule and every other promised "
        "stay before anything is saved.",
    },
    "ui.cw.change.arrived": {
        "da": "Borgeren er ankommet: kun afrejsen kan ændres.",
        "en": "The person has arrived: only the departure can change.",
    },
    "ui.cw.change.closed": {
        "da": "Opholdet er afsluttet (udeblivelse eller afrejse er registreret) og kan ikke "
        "ændres.",
        "en": "The stay is closed (a no-show or a departure is recorded) and cannot be changed.",
    },
    "ui.cw.change.start": {"da": "Ankomst", "en": "Arrival"},
    "ui.cw.change.start_help": {
        "da": "Afrejsen flytter med, så længden bevares.",
        "en": "The departure moves with it, keeping the length.",
    },
    "ui.cw.change.end": {"da": "Afrejse", "en": "Departure"},
    "ui.cw.change.centre": {"da": "Aflastningssted", "en": "Centre"},
    "ui.cw.change.nights": {
        "da": "{nights} døgn (nu {before} døgn)",
        "en": "{nights} nights (now {before} nights)",
    },
    "ui.cw.change.check": {"da": "Se om ændringen passer", "en": "See whether the change fits"},
    "ui.cw.change.pick_dates": {
        "da": "Vælg både ankomst og afrejse.",
        "en": "Pick both the arrival and the departure.",
    },
    "ui.cw.change.unchanged": {
        "da": "Opholdet er allerede sådan; ret ankomst, afrejse eller sted først.",
        "en": "The stay is like that already; change the arrival, departure or centre first.",
    },
    "ui.cw.change.fits": {
        "da": "Ændringen passer: {before} bliver til {after}, {bed}. Ingen andre lovede ophold "
        "flyttes.",
        "en": "The change fits: {before} becomes {after}, {bed}. No other promised stay moves.",
    },
    "ui.cw.change.relabelled": {
        "da": "{count} andre ophold på stedet får en anden seng (ikke andre datoer).",
        "en": "{count} other stays at the centre get another bed (not other dates).",
    },
    "ui.cw.change.confirm_explain": {
        "da": "Intet er ændret endnu. Bekræft for at offentliggøre ændringen som en ny "
        "planversion (bygget på planversion {version}).",
        "en": "Nothing is changed yet. Confirm to publish the change as a new plan version "
        "(built on plan version {version}).",
    },
    "ui.cw.change.confirm": {
        "da": "Bekræft og offentliggør ændringen",
        "en": "Confirm and publish the change",
    },
    "ui.cw.change.drop": {"da": "Fortryd", "en": "Not now"},
    "ui.cw.change.breaks": {
        "da": "{after} passer ikke. Intet er ændret. Disse regler ville blive brudt:",
        "en": "{after} does not fit. Nothing is changed. These rules would be broken:",
    },
    "ui.cw.change.instead": {
        "da": "**Det her passer** (klik for at se det som ændring):",
        "en": "**These fit** (click to see one as the change):",
    },
    "ui.cw.change.take_nearest": {
        "da": "Nærmeste datoer samme sted: {stay}",
        "en": "Nearest dates at the same centre: {stay}",
    },
    "ui.cw.change.take_other_centre": {
        "da": "Samme datoer et andet sted: {stay}",
        "en": "The same dates at another centre: {stay}",
    },
    "ui.cw.change.take_longest": {
        "da": "Den længste forlængelse, der passer: {stay}",
        "en": "The longest extension that fits: {stay}",
    },
    "ui.cw.change.blocking": {
        "da": "**For at gøre plads på de ønskede datoer skulle disse ophold flyttes først:**",
        "en": "**To make room on the wished dates these stays would have to move first:**",
    },
    "ui.cw.change.blocking_line": {
        "da": "Ønske {request}: {stay}, {bed} ({kind})",
        "en": "Request {request}: {stay}, {bed} ({kind})",
    },
    "ui.cw.change.open": {"da": "Åbn ønske {request}", "en": "Open request {request}"},
    "ui.cw.change.nothing": {
        "da": "Intet andet ophold passer uden at flytte andre løfter.",
        "en": "No other stay fits without moving other promises.",
    },
    "ui.cw.change.no_longer": {
        "da": "Planen er ændret imens, og ændringen passer ikke længere. Intet er ændret; se "
        "vurderingen nedenfor.",
        "en": "The plan changed meanwhile and the change no longer fits. Nothing is changed; "
        "see the verdict below.",
    },
    "ui.cw.change.done": {
        "da": "Opholdet for ønske {request} er ændret: {stay}, {bed}. Planversion {version} er "
        "offentliggjort.",
        "en": "The stay of request {request} is changed: {stay}, {bed}. Plan version {version} "
        "is published.",
    },
    # what happened to a stay
    "ui.cw.record.none": {"da": "Intet registreret", "en": "Nothing recorded"},
    "ui.cw.record.status_arrived": {"da": "Ankom {day}", "en": "Arrived {day}"},
    "ui.cw.record.status_left": {"da": "rejste {day}", "en": "left {day}"},
    "ui.cw.record.status_no_show": {"da": "Udeblev", "en": "Did not come"},
    "ui.cw.record.state": {"da": "**Forløb:** {status}", "en": "**What happened:** {status}"},
    "ui.cw.record.undo_button": {
        "da": "Fortryd seneste registrering …",
        "en": "Undo the last record …",
    },
    "ui.cw.record.dialog_undo": {"da": "Fortryd registrering", "en": "Undo the record"},
    "ui.cw.record.question_undo": {
        "da": "Registreret for ønsket {request}: {status}. Fortryd den seneste registrering? "
        "Opholdet får de døgn tilbage, registreringen tog fra det, hvis de stadig er ledige.",
        "en": "Recorded for request {request}: {status}. Undo the last record? The stay gets "
        "back the nights the record took from it, if they are still free.",
    },
    "ui.cw.record.undo_confirm": {"da": "Ja, fortryd", "en": "Yes, undo it"},
    "ui.cw.record.closed": {
        "da": "Opholdet er afsluttet; der er ikke mere at registrere.",
        "en": "The stay is closed; there is nothing more to record.",
    },
    "ui.cw.record.arrival": {"da": "**Ankomst**", "en": "**Arrival**"},
    "ui.cw.record.arrival_day": {"da": "Ankom den", "en": "Arrived on"},
    "ui.cw.record.arrival_help": {
        "da": "Den planlagte ankomst eller en senere dag i opholdet; en sen ankomst forkorter "
        "opholdet.",
        "en": "The planned arrival or a later day of the stay; a late arrival shortens the stay.",
    },
    "ui.cw.record.arrival_button": {"da": "Registrér ankomst …", "en": "Record the arrival …"},
    "ui.cw.record.no_show": {"da": "**Udeblivelse**", "en": "**No-show**"},
    "ui.cw.record.no_show_help": {
        "da": "Borgeren kom ikke. Opholdet udgår af planen, og døgnene bruges ikke.",
        "en": "The person did not come. The stay leaves the plan and uses no nights.",
    },
    "ui.cw.record.no_show_late": {
        "da": "Borgeren er ankommet.",
        "en": "The person has arrived.",
    },
    "ui.cw.record.no_show_button": {
        "da": "Registrér udeblivelse …",
        "en": "Record a no-show …",
    },
    "ui.cw.record.left": {"da": "**Rejst før tid**", "en": "**Left early**"},
    "ui.cw.record.left_day": {"da": "Rejste den", "en": "Left on"},
    "ui.cw.record.left_help": {
        "da": "Efter ankomsten og før den planlagte afrejse {end}.",
        "en": "After the arrival and before the planned departure {end}.",
    },
    "ui.cw.record.left_none": {
        "da": "Opholdet er for kort til en tidlig afrejse.",
        "en": "The stay is too short for an early departure.",
    },
    "ui.cw.record.left_button": {"da": "Registrér afrejse …", "en": "Record the departure …"},
    "ui.cw.record.dialog_arrived": {"da": "Registrér ankomst", "en": "Record the arrival"},
    "ui.cw.record.dialog_no_show": {"da": "Registrér udeblivelse", "en": "Record a no-show"},
    "ui.cw.record.dialog_left": {
        "da": "Registrér afrejse før tid",
        "en": "Record an early departure",
    },
    "ui.cw.record.question_arrived": {
        "da": "{person} ankom den {day} til opholdet {period} (ønske {request}). Er det rigtigt?",
        "en": "{person} arrived on {day} for the stay {period} (request {request}). Is that right?",
    },
    "ui.cw.record.question_no_show": {
        "da": "{person} kom ikke til opholdet {period} (ønske {request}). Opholdet udgår af den "
        "offentliggjorte plan, og sengen frigives. Det kan ikke fortrydes. Er det rigtigt?",
        "en": "{person} did not come to the stay {period} (request {request}). The stay leaves "
        "the published plan and the bed is freed. This cannot be undone. Is that right?",
    },
    "ui.cw.record.question_left": {
        "da": "{person} rejste den {day} fra opholdet {period} (ønske {request}). Døgnene derefter "
        "frigives. Er det rigtigt?",
        "en": "{person} left on {day} from the stay {period} (request {request}). The nights "
        "after are freed. Is that right?",
    },
    "ui.cw.record.confirm": {"da": "Ja, registrér", "en": "Yes, record it"},
    "ui.cw.record.cancel": {"da": "Fortryd", "en": "Go back"},
    "ui.cw.record.done_arrived": {
        "da": "Ankomsten {day} er registreret for ønske {request}.",
        "en": "The arrival on {day} is recorded for request {request}.",
    },
    "ui.cw.record.done_no_show": {
        "da": "Udeblivelsen er registreret for ønske {request}.",
        "en": "The no-show is recorded for request {request}.",
    },
    "ui.cw.record.done_left": {
        "da": "Afrejsen {day} er registreret for ønske {request}.",
        "en": "The departure on {day} is recorded for request {request}.",
    },
    "ui.cw.record.freed": {
        "da": "{nights} døgn er frigivet; planversion {version} er offentliggjort.",
        "en": "{nights} nights are freed; plan version {version} is published.",
    },
    "ui.cw.record.freed_planner": {
        "da": "{nights} døgn er frigivet; planversion {version} er offentliggjort. Se "
        "ventelisten under Ønsker.",
        "en": "{nights} nights are freed; plan version {version} is published. See the waiting "
        "list under Requests.",
    },
    # Belægning: the next days' stays and closures
    "ui.cw.occ.title": {
        "da": "Registrér ankomst, udeblivelse og afrejse",
        "en": "Record arrivals, no-shows and departures",
    },
    "ui.cw.occ.explain": {
        "da": "De lovede ophold, der begynder, varer eller slutter i de {days} dage fra datoen "
        "ovenfor. Vælg et ophold for at registrere, hvad der skete.",
        "en": "The promised stays that begin, go on or end in the {days} days from the date "
        "above. Choose a stay to record what happened.",
    },
    "ui.cw.occ.none": {
        "da": "Ingen lovede ophold her i dagene fra {first}.",
        "en": "No promised stays here in the days from {first}.",
    },
    "ui.cw.occ.choose": {"da": "Ophold", "en": "Stay"},
    "ui.cw.occ.stay_label": {
        "da": "{person} – ønske {request}",
        "en": "{person} – request {request}",
    },
    "ui.cw.closure.title": {"da": "Meld senge lukket", "en": "Report beds closed"},
    "ui.cw.closure.explain": {
        "da": "Fx et værelse, der males, eller en seng, der bruges til andet. Lukningen "
        "kontrolleres som ved indlæsning af en fil og mod de lovede ophold: er der ikke plads "
        "til dem alle, gemmes intet.",
        "en": "E.g. a room being painted or a bed used for something else. The closure is "
        "checked as a file import checks it and against the promised stays: if they do not all "
        "fit, nothing is saved.",
    },
    "ui.cw.closure.centre": {"da": "Aflastningssted", "en": "Centre"},
    "ui.cw.closure.start": {"da": "Første lukkede nat", "en": "First night closed"},
    "ui.cw.closure.start_help": {
        "da": "Natten fra denne dag til den næste er den første, sengene er lukket.",
        "en": "The night from this day to the next is the first the beds are closed.",
    },
    "ui.cw.closure.end": {"da": "Åbner igen", "en": "Open again on"},
    "ui.cw.closure.end_help": {
        "da": "Dagen, sengene kan bruges igen (den sidste lukkede nat er natten før).",
        "en": "The day the beds can be used again (the last night closed is the night before).",
    },
    "ui.cw.closure.beds": {"da": "Senge lukket", "en": "Beds closed"},
    "ui.cw.closure.check": {"da": "Meld lukning …", "en": "Report the closure …"},
    "ui.cw.closure.question": {
        "da": "**{beds} seng(e) lukket på {centre}** nætterne {first} – {last} ({nights} nætter; "
        "åbner igen {opens}).",
        "en": "**{beds} bed(s) closed at {centre}** on the nights {first} – {last} ({nights} "
        "nights; open again on {opens}).",
    },
    "ui.cw.closure.question_explain": {
        "da": "Intet er gemt endnu. Når du bekræfter, kontrolleres de lovede ophold; passer de "
        "stadig, gemmes lukningen og offentliggøres som en ny planversion.",
        "en": "Nothing is saved yet. When you confirm, the promised stays are checked; if they "
        "still fit, the closure is saved and published as a new plan version.",
    },
    "ui.cw.closure.confirm": {"da": "Bekræft lukningen", "en": "Confirm the closure"},
    "ui.cw.closure.drop": {"da": "Fortryd", "en": "Not now"},
    "ui.cw.closure.done": {
        "da": "Lukningen er gemt: {beds} seng(e) på {centre} nætterne {first} – {last}.",
        "en": "The closure is saved: {beds} bed(s) at {centre} on the nights {first} – {last}.",
    },
    "ui.cw.closure.version": {
        "da": "Alle lovede ophold passer stadig; planversion {version} er offentliggjort.",
        "en": "Every promised stay still fits; plan version {version} is published.",
    },
    "ui.cw.closure.stay": {
        "da": "• Ønske {request}: {period}, {bed}",
        "en": "• Request {request}: {period}, {bed}",
    },
    # Borgere: one person's promises
    "ui.cw.account.title": {
        "da": "Lovede ophold og forløb",
        "en": "Promised stays and what happened",
    },
    "ui.cw.account.no_stays": {
        "da": "Ingen lovede ophold i den offentliggjorte plan.",
        "en": "No promised stays in the published plan.",
    },
    "ui.cw.account.no_show": {
        "da": "Udeblev: ønske {request}, {period} ({centre}).",
        "en": "Did not come: request {request}, {period} ({centre}).",
    },
    "ui.cw.account.exception": {
        "da": "Undtagelse for ønske {request} fra reglen om {rule}: »{reason}« ({by}, {day}).",
        "en": "Exception for request {request} to the rule on {rule}: “{reason}” ({by}, {day}).",
    },
    "ui.cw.account.draft_stays": {
        "da": "Ophold i kladden (planversion {version}, ikke offentliggjort)",
        "en": "Stays in the draft (plan version {version}, not published)",
    },
    "ui.cw.account.choose": {
        "da": "Ophold at ændre eller registrere",
        "en": "Stay to change or record",
    },
    "ui.cw.account.tab_change": {"da": "Ændr opholdet", "en": "Change the stay"},
    "ui.cw.account.tab_record": {"da": "Registrér forløb", "en": "Record what happened"},
    # Borgere: the person's rules
    "ui.cw.rules.title": {
        "da": "Ret behov, døgn pr. år, samtykke, § 94 og bevillingsår",
        "en": "Change needs, nights a year, consent, § 94 and grant year",
    },
    "ui.cw.rules.explain": {
        "da": "Ændringen kontrolleres først mod borgerens lovede ophold. Bryder den nogle, vælger "
        "du for hvert: flyt, aflys eller behold som undtagelse med en begrundelse. Intet gemmes "
        "før til sidst.",
        "en": "The change is first checked against the person's promised stays. If it breaks "
        "any, you choose for each: move, cancel or keep as an exception with a reason. Nothing "
        "is saved until the end.",
    },
    "ui.cw.rules.check": {"da": "Kontrollér ændringen", "en": "Check the change"},
    "ui.cw.rules.change_line": {
        "da": "- {field}: {old} → **{new}**",
        "en": "- {field}: {old} → **{new}**",
    },
    "ui.cw.rules.field_needs": {"da": "Behov", "en": "Needs"},
    "ui.cw.rules.field_annual_nights": {"da": "Døgn pr. år", "en": "Nights a year"},
    "ui.cw.rules.field_consent": {"da": "Samtykke", "en": "Consent"},
    "ui.cw.rules.field_helper": {
        "da": "Selvudpeget hjælper (§ 94)",
        "en": "Self-appointed helper (§ 94)",
    },
    "ui.cw.rules.field_grant_start": {"da": "Bevillingsår begynder", "en": "Grant year begins"},
    "ui.cw.rules.none": {"da": "ingen", "en": "none"},
    "ui.cw.rules.profile": {"da": "kvalitetsstandardens", "en": "the quality standard's"},
    "ui.cw.rules.yes": {"da": "ja", "en": "yes"},
    "ui.cw.rules.no": {"da": "nej", "en": "no"},
    "ui.cw.rules.calendar_year": {"da": "kalenderår", "en": "calendar year"},
    "ui.cw.rules.nothing_broken": {
        "da": "Ændringen bryder ingen lovede ophold.",
        "en": "The change breaks no promised stay.",
    },
    "ui.cw.rules.broken": {
        "da": "Ændringen bryder {count} lovet(e) ophold. Vælg for hvert, hvad der skal ske:",
        "en": "The change breaks {count} promised stay(s). Choose for each what is to happen:",
    },
    "ui.cw.rules.promise": {
        "da": "**Ønske {request}**: {stay}",
        "en": "**Request {request}**: {stay}",
    },
    "ui.cw.rules.choose": {"da": "Hvad skal der ske med opholdet?", "en": "What is to happen?"},
    "ui.cw.rules.move": {"da": "Flyt", "en": "Move"},
    "ui.cw.rules.cancel": {"da": "Aflys", "en": "Cancel"},
    "ui.cw.rules.keep": {"da": "Behold som undtagelse", "en": "Keep as an exception"},
    "ui.cw.rules.pick": {"da": "Vælg, hvad der skal ske.", "en": "Choose what is to happen."},
    "ui.cw.rules.cancel_explain": {
        "da": "Ønsket aflyses, og sengen frigives til ventelisten.",
        "en": "The request is cancelled and the bed freed for the waiting list.",
    },
    "ui.cw.rules.reason": {"da": "Begrundelse (skal udfyldes)", "en": "Reason (required)"},
    "ui.cw.rules.reason_placeholder": {
        "da": "Fx: aftalt med stedets leder, at personalet klarer det i dette ophold",
        "en": "E.g.: agreed with the centre's manager that the staff can manage this stay",
    },
    "ui.cw.rules.reason_required": {
        "da": "Skriv en begrundelse for undtagelsen.",
        "en": "Give a reason for the exception.",
    },
    "ui.cw.rules.keep_explain": {
        "da": "Opholdet beholdes og undtages fra netop de brudte regler; begrundelsen gemmes "
        "og vises ved borgeren.",
        "en": "The stay is kept and excused from exactly the rules it breaks; the reason is "
        "stored and shown with the person.",
    },
    "ui.cw.rules.move_to": {"da": "Flyt til", "en": "Move to"},
    "ui.cw.rules.own_dates": {"da": "Andre datoer eller sted …", "en": "Other dates or centre …"},
    "ui.cw.rules.no_alternatives": {
        "da": "Intet andet ophold passer uden at flytte andre; angiv selv datoer.",
        "en": "No other stay fits without moving others; give the dates yourself.",
    },
    "ui.cw.rules.publish_explain": {
        "da": "Intet er gemt endnu. Gem for at gemme borgeren og valgene i én ændring, "
        "offentliggjort som en ny planversion (bygget på planversion {version}).",
        "en": "Nothing is saved yet. Save to store the person and the choices as one change, "
        "published as a new plan version (built on plan version {version}).",
    },
    "ui.cw.rules.save": {"da": "Gem ændringen", "en": "Save the change"},
    "ui.cw.rules.drop": {"da": "Fortryd", "en": "Not now"},
    "ui.cw.rules.saved": {
        "da": "Borgeren {person} er ændret.",
        "en": "Person {person} is changed.",
    },
    "ui.cw.rules.saved_version": {
        "da": "Planversion {version} er offentliggjort.",
        "en": "Plan version {version} is published.",
    },
    "ui.cw.rules.saved_moved": {
        "da": "Ønske {request} er flyttet: {stay}.",
        "en": "Request {request} is moved: {stay}.",
    },
    "ui.cw.rules.saved_cancelled": {
        "da": "Ønske {request} er aflyst.",
        "en": "Request {request} is cancelled.",
    },
    "ui.cw.rules.saved_kept": {
        "da": "Ønske {request} er beholdt som undtagelse.",
        "en": "Request {request} is kept as an exception.",
    },
}
