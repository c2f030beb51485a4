"""Messages of case work all year: entering a person, a wish or a closure, changing a promise,
recording what happened to a stay, a person's years, and editing what decides their grants."""

MESSAGES: dict[str, dict[str, str]] = {
    # faults on an entered field
    "casework.id_taken": {
        "da": 'id\'et "{value}" er allerede brugt; vælg et nyt',
        "en": 'the id "{value}" is already taken; choose a new one',
    },
    "casework.not_editable": {
        "da": "feltet kan ikke ændres her",
        "en": "the field cannot be changed here",
    },
    "casework.field_fault": {"da": "{flag}: {message}", "en": "{flag}: {message}"},
    # refusals
    "casework.stale_preview": {
        "da": "Planen er ændret, siden du så forslaget (du så planversion {seen}, nu gælder "
        "{published}). Intet er gemt; se forslaget igen.",
        "en": "The plan has changed since you saw the proposal (you saw plan version {seen}, "
        "now {published} holds). Nothing is saved; look at the proposal again.",
    },
    "casework.not_granted": {
        "da": "Ønsket {request} har intet bevilget ophold i den offentliggjorte plan.",
        "en": "Request {request} has no granted stay in the published plan.",
    },
    "casework.bad_dates": {
        "da": "Afrejsen ({end}) skal ligge efter ankomsten ({start}).",
        "en": "The departure ({end}) must come after the arrival ({start}).",
    },
    "casework.no_change": {
        "da": "Ønsket {request} har allerede det ophold; intet at ændre.",
        "en": "Request {request} already has that stay; nothing to change.",
    },
    "casework.stay_closed": {
        "da": "Opholdet for ønsket {request} er afsluttet (udeblivelse eller afrejse er "
        "registreret) og kan ikke ændres.",
        "en": "The stay of request {request} is closed (a no-show or a departure is recorded) "
        "and cannot be changed.",
    },
    "casework.arrived_keeps_start": {
        "da": "Borgeren er ankommet til opholdet for ønsket {request}; kun afrejsedagen kan "
        "ændres.",
        "en": "The person has arrived for the stay of request {request}; only the departure "
        "day can be changed.",
    },
    "casework.other_centre": {
        "da": "Opholdet for ønsket {request} er ikke på {centre}; du kan kun registrere ophold "
        "på dit eget aflastningssted.",
        "en": "The stay of request {request} is not at {centre}; you can only record stays at "
        "your own centre.",
    },
    "casework.own_centre_only": {
        "da": "Du kan kun melde lukninger på dit eget aflastningssted ({centre}).",
        "en": "You can only report closures at your own centre ({centre}).",
    },
    "casework.nothing_recorded": {
        "da": "Der er intet registreret for opholdet for ønsket {request}, så der er intet at "
        "fortryde.",
        "en": "Nothing is recorded for the stay of request {request}, so there is nothing to undo.",
    },
    "casework.undo_no_room": {
        "da": "Registreringen for ønsket {request} kan ikke fortrydes: de døgn, den frigav, er "
        "ikke længere ledige som planlagt (de er givet videre, eller en regel brydes nu). Intet "
        "er ændret. Ændr i stedet løftet under Ønsker.",
        "en": "The record for request {request} cannot be undone: the nights it freed are no "
        "longer free as planned (they were given on, or a rule is broken now). Nothing was "
        "changed. Change the promise under Ønsker instead.",
    },
    "casework.already_recorded": {
        "da": "Der er allerede registreret det for opholdet for ønsket {request}.",
        "en": "That is already recorded for the stay of request {request}.",
    },
    "casework.bad_arrival": {
        "da": "Ankomsten {day} ligger ikke i opholdet for ønsket {request} ({start} – {end}).",
        "en": "The arrival {day} does not lie in the stay of request {request} ({start} – {end}).",
    },
    "casework.bad_departure": {
        "da": "Afrejsen {day} skal ligge efter ankomsten {arrived} og før den planlagte afrejse "
        "{end} (ønske {request}).",
        "en": "The departure {day} must come after the arrival {arrived} and before the "
        "planned departure {end} (request {request}).",
    },
    "casework.closure_breaks": {
        "da": "Lukningen er ikke gemt: {centre} ville få færre åbne senge end de lovede ophold "
        "({requests}). Flyt eller aflys dem først.",
        "en": "The closure is not saved: {centre} would have fewer open beds than the promised "
        "stays ({requests}). Move or cancel them first.",
    },
    "casework.choice_missing": {
        "da": "Vælg for hvert brudt løfte, om det skal flyttes, aflyses eller beholdes som "
        "undtagelse: {requests}. Intet er gemt.",
        "en": "Choose for each broken promise whether to move, cancel or keep it as an "
        "exception: {requests}. Nothing is saved.",
    },
    "casework.choice_unneeded": {
        "da": "Ændringen bryder ikke opholdene for {requests}; der skal ikke vælges for dem. "
        "Intet er gemt.",
        "en": "The change breaks no rule for the stays of {requests}; no choice is needed for "
        "them. Nothing is saved.",
    },
    "casework.bad_reason": {
        "da": "Skriv en begrundelse (højst {most} tegn, ingen styretegn) for at beholde "
        "opholdet for ønsket {request} som undtagelse.",
        "en": "Give a reason (at most {most} characters, no control characters) for keeping "
        "the stay of request {request} as an exception.",
    },
    "casework.cannot_keep": {
        "da": "Opholdet for ønsket {request} kan ikke beholdes som undtagelse fra reglen »{rule}«.",
        "en": "The stay of request {request} cannot be kept as an exception to the rule “{rule}”.",
    },
    "casework.move_does_not_fit": {
        "da": "Flytningen af {request} passer ikke ({rules}). Intet er gemt.",
        "en": "Moving {request} does not fit ({rules}). Nothing is saved.",
    },
    # version origins
    "ui.solver_status.placed": {"da": "ønske placeret", "en": "wish placed"},
    "ui.solver_status.changed": {"da": "ophold ændret", "en": "stay changed"},
    "ui.solver_status.recorded": {"da": "forløb registreret", "en": "stay recorded"},
    "ui.solver_status.edited": {"da": "borger ændret", "en": "person edited"},
    "ui.solver_status.closure": {"da": "senge lukket", "en": "beds closed"},
    # rule names
    "casework.rule.suitability": {"da": "egnethed", "en": "suitability"},
    "casework.rule.eligibility": {"da": "berettigelse", "en": "eligibility"},
    "casework.rule.annual_limit": {"da": "årlige døgn", "en": "yearly nights"},
    "casework.rule.stays_limit": {"da": "årlige ophold", "en": "yearly stays"},
    "casework.rule.stay_limit": {"da": "opholdets længde", "en": "length of a stay"},
    "casework.rule.weekday": {"da": "ankomst- og afrejsedage", "en": "arrival and departure days"},
    "casework.rule.capacity": {"da": "ledige senge", "en": "free beds"},
    "casework.rule.person_overlap": {"da": "ét ophold ad gangen", "en": "one stay at a time"},
    "casework.rule.horizon": {"da": "planperioden", "en": "planning horizon"},
    # the command line
    "casework.person.added": {
        "da": "Borgeren {person} er oprettet.",
        "en": "Person {person} is added.",
    },
    "casework.request.added": {
        "da": "Ønsket {request} er gemt; det planlægges ved næste planlægning.",
        "en": "Request {request} is saved; it is planned in the next planning run.",
    },
    "casework.request.placed": {
        "da": "Ønsket {request} er gemt og bevilget: {centre} ({centre_id}), seng {bed}, "
        "{start} – {end} ({nights} døgn). Offentliggjort som planversion {version}.",
        "en": "Request {request} is saved and granted: {centre} ({centre_id}), bed {bed}, "
        "{start} – {end} ({nights} nights). Published as plan version {version}.",
    },
    "casework.request.not_placed": {
        "da": "Ønsket {request} passer ikke ind i den offentliggjorte plan: {reason}. Intet er "
        "gemt; indtast det med andre datoer, eller uden --place-now til næste planlægning.",
        "en": "Request {request} does not fit into the published plan: {reason}. Nothing is "
        "saved; enter it with other dates, or without --place-now for the next planning run.",
    },
    "casework.request.earliest": {
        "da": "Tidligste senere ophold, der passer: {centre} ({centre_id}), {start} – {end}.",
        "en": "Earliest later stay that fits: {centre} ({centre_id}), {start} – {end}.",
    },
    "casework.request.no_later": {
        "da": "Intet senere ophold i planperioden passer.",
        "en": "No later stay in the planning horizon fits.",
    },
    "casework.closure.added": {
        "da": "Lukningen er gemt: {centre}, {beds} senge lukket {start} – {end}.",
        "en": "The closure is saved: {centre}, {beds} beds closed {start} – {end}.",
    },
    "casework.closure.version": {
        "da": "Alle lovede ophold passer stadig; offentliggjort som planversion {version}, så "
        "ældre kladder ikke kan offentliggøres.",
        "en": "Every promised stay still fits; published as plan version {version}, so older "
        "drafts cannot be published.",
    },
    "casework.closure.stay": {
        "da": "  ønske {request}: {start} – {end}, seng {bed}",
        "en": "  request {request}: {start} – {end}, bed {bed}",
    },
    "casework.change.done": {
        "da": "Opholdet for ønsket {request} er ændret: {centre} ({centre_id}), seng {bed}, "
        "{start} – {end} ({nights} døgn). Offentliggjort som planversion {version}.",
        "en": "The stay of request {request} is changed: {centre} ({centre_id}), bed {bed}, "
        "{start} – {end} ({nights} nights). Published as plan version {version}.",
    },
    "casework.change.refused": {
        "da": "Ændringen af opholdet for ønsket {request} ({centre_id}, {start} – {end}) passer "
        "ikke; intet er ændret. Regler, der ville blive brudt:",
        "en": "The change of the stay of request {request} ({centre_id}, {start} – {end}) does "
        "not fit; nothing is changed. Rules it would break:",
    },
    "casework.alt.nearest": {
        "da": "Nærmeste datoer, der passer på samme sted:",
        "en": "Nearest dates that fit at the same centre:",
    },
    "casework.alt.other_centres": {
        "da": "Samme datoer på et andet sted:",
        "en": "The same dates at another centre:",
    },
    "casework.alt.longest": {
        "da": "Længste forlængelse, der passer: {start} – {end} ({nights} døgn) på {centre}.",
        "en": "Longest extension that fits: {start} – {end} ({nights} nights) at {centre}.",
    },
    "casework.alt.stay": {
        "da": "  {centre} ({centre_id}), {start} – {end} ({nights} døgn)",
        "en": "  {centre} ({centre_id}), {start} – {end} ({nights} nights)",
    },
    "casework.alt.blocking": {
        "da": "For at gøre plads på de ønskede datoer skulle disse ophold flyttes:",
        "en": "To make room on the wished dates these stays would have to move:",
    },
    "casework.alt.blocking_line": {
        "da": "  ønske {request}: {start} – {end}, seng {bed} ({kind})",
        "en": "  request {request}: {start} – {end}, bed {bed} ({kind})",
    },
    "casework.alt.promised": {"da": "lovet familien", "en": "promised to the family"},
    "casework.alt.unpinned": {"da": "ikke låst", "en": "not pinned"},
    "casework.alt.none": {
        "da": "Intet andet ophold passer uden at flytte andre løfter.",
        "en": "No other stay fits without moving other promises.",
    },
    "casework.record.arrived": {
        "da": "Ankomst {day} registreret for ønsket {request}.",
        "en": "Arrival on {day} recorded for request {request}.",
    },
    "casework.record.no_show": {
        "da": "Udeblivelse registreret for ønsket {request}.",
        "en": "No-show recorded for request {request}.",
    },
    "casework.record.left": {
        "da": "Afrejse {day} registreret for ønsket {request}.",
        "en": "Departure on {day} recorded for request {request}.",
    },
    "casework.record.undone": {
        "da": "Den seneste registrering for ønsket {request} er fortrudt.",
        "en": "The last record for request {request} is undone.",
    },
    "casework.record.undone_published": {
        "da": "Den seneste registrering for ønsket {request} er fortrudt; opholdet har sine "
        "døgn igen, offentliggjort som planversion {version}.",
        "en": "The last record for request {request} is undone; the stay has its nights back, "
        "published as plan version {version}.",
    },
    "casework.record.freed": {
        "da": "{nights} døgn er frigivet; offentliggjort som planversion {version}. Se "
        "ventelisten med 'respite offers'.",
        "en": "{nights} nights are freed; published as plan version {version}. See the waiting "
        "list with 'respite offers'.",
    },
    "casework.person.header": {
        "da": "Borger {person}: {name}; behov: {needs}; årlige døgn: {limit}",
        "en": "Person {person}: {name}; needs: {needs}; yearly nights: {limit}",
    },
    "casework.person.no_needs": {"da": "ingen", "en": "none"},
    "casework.person.year": {
        "da": "  {period}: bevilget {granted} døgn, brugt {used} (heraf {opening} før planen), "
        "tilbage {left} af {limit}",
        "en": "  {period}: granted {granted} nights, used {used} ({opening} of them before the "
        "plan), left {left} of {limit}",
    },
    "casework.person.year_stays": {
        "da": "    ophold: bevilget {granted}, brugt {used}, tilbage {left} af {limit}",
        "en": "    stays: granted {granted}, used {used}, left {left} of {limit}",
    },
    "casework.person.stays": {"da": "Lovede ophold:", "en": "Promised stays:"},
    "casework.person.stay": {
        "da": "  {request}: {centre_id}, {start} – {end} ({nights} døgn){status}",
        "en": "  {request}: {centre_id}, {start} – {end} ({nights} nights){status}",
    },
    "casework.person.arrived": {"da": "; ankom {day}", "en": "; arrived {day}"},
    "casework.person.departed": {"da": "; rejste {day}", "en": "; left {day}"},
    "casework.person.no_show": {
        "da": "  {request}: udeblev fra {start} – {end} ({centre_id})",
        "en": "  {request}: did not come to {start} – {end} ({centre_id})",
    },
    "casework.person.exception": {
        "da": "  {request}: undtagelse fra {rule}: {reason} ({by}, {at})",
        "en": "  {request}: exception to {rule}: {reason} ({by}, {at})",
    },
    "casework.person.exceptions": {"da": "Undtagelser:", "en": "Exceptions:"},
    "casework.person.none": {"da": "  ingen", "en": "  none"},
    "casework.edit.saved": {
        "da": "Borgeren {person} er ændret.",
        "en": "Person {person} is changed.",
    },
    "casework.edit.published": {
        "da": "Ændringen er offentliggjort som planversion {version}; ældre kladder kan ikke "
        "offentliggøres.",
        "en": "The change is published as plan version {version}; older drafts cannot be "
        "published.",
    },
    "casework.person.no_shows": {"da": "Udeblivelser:", "en": "No-shows:"},
    "casework.edit.broken": {
        "da": "Ændringen bryder {count} lovede ophold; intet er gemt. Vælg for hvert med "
        "--move, --cancel eller --keep:",
        "en": "The change breaks {count} promised stays; nothing is saved. Choose for each with "
        "--move, --cancel or --keep:",
    },
    "casework.edit.stay": {
        "da": "Ønske {request}: {centre_id}, {start} – {end}",
        "en": "Request {request}: {centre_id}, {start} – {end}",
    },
    "casework.edit.bad_choice": {
        "da": "Kan ikke læse valget {value!r}: skriv ØNSKE=DATO[:DATO][@STED] for --move, "
        "ØNSKE for --cancel og ØNSKE=BEGRUNDELSE for --keep.",
        "en": "Cannot read the choice {value!r}: write REQUEST=DATE[:DATE][@CENTRE] for --move, "
        "REQUEST for --cancel and REQUEST=REASON for --keep.",
    },
}
