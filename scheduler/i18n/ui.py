"""Text of the Streamlit app (``ui/``): page titles, labels, columns, messages."""

MESSAGES = {
    "ui.app.title": {"da": "Aflastningspladser", "en": "Respite beds"},
    "ui.seed.done": {
        "da": "Databasen var tom; {scenario} er indlæst.",
        "en": "The database was empty; {scenario} was imported.",
    },
    "ui.seed.skipped": {
        "da": "Databasen har allerede data; {scenario} er ikke indlæst.",
        "en": "The database already holds data; {scenario} was not imported.",
    },
    "ui.language": {"da": "Sprog", "en": "Language"},
    "ui.language.da": {"da": "Dansk", "en": "Danish"},
    "ui.language.en": {"da": "Engelsk", "en": "English"},
    # pages
    "ui.page.calendar": {"da": "Kalender", "en": "Calendar"},
    "ui.page.occupancy": {"da": "Belægning", "en": "Occupancy"},
    "ui.page.requests": {"da": "Ønsker", "en": "Requests"},
    "ui.page.acute": {"da": "Akut", "en": "Acute"},
    "ui.page.planning": {"da": "Planlægning", "en": "Planning"},
    "ui.page.persons": {"da": "Borgere", "en": "Persons"},
    # roles, log-in and the demo switch
    "ui.role.planner": {"da": "Visitator (planlægger)", "en": "Planner (Visitationen)"},
    "ui.role.centre_manager": {"da": "Leder af aflastningssted", "en": "Centre manager"},
    "ui.login": {"da": "Log ind", "en": "Log in"},
    "ui.logout": {"da": "Log ud", "en": "Log out"},
    "ui.login.please": {
        "da": "Log ind med din kommunale konto for at se planen.",
        "en": "Log in with your municipal account to see the plan.",
    },
    "ui.login.as": {"da": "Logget ind som {who}", "en": "Logged in as {who}"},
    "ui.login.no_role": {
        "da": "Din konto har ingen rolle i aflastningsplanen. Kontakt Visitationen.",
        "en": "Your account has no role in the respite plan. Contact Visitationen.",
    },
    "ui.demo.title": {"da": "**DEMO – rolleskift**", "en": "**DEMO – role switch**"},
    "ui.demo.explain": {
        "da": "Demoudgave uden log-ind med fiktive data. Vælg, hvem du vil se appen som.",
        "en": "Demo without log-in, with fictitious data. Choose whom to see the app as.",
    },
    "ui.demo.role": {"da": "Rolle", "en": "Role"},
    "ui.demo.centre": {"da": "Aflastningssted", "en": "Centre"},
    "ui.demo.not_local": {
        "da": "Demoudgaven uden log-ind må kun lytte på denne maskine (server.address = "
        "localhost). Konfigurér [auth] for at åbne appen for andre.",
        "en": "The demo without log-in may only listen on this machine (server.address = "
        "localhost). Configure [auth] to open the app to others.",
    },
    # common words
    "ui.week": {"da": "uge {week}", "en": "week {week}"},
    "ui.bed": {"da": "Seng {bed}", "en": "Bed {bed}"},
    "ui.bed.none": {"da": "Uden seng", "en": "No bed yet"},
    "ui.stay": {"da": "{centre}, {bed}, {start} – {end}", "en": "{centre}, {bed}, {start} – {end}"},
    "ui.period": {"da": "Periode (nætter)", "en": "Period (nights)"},
    "ui.period.pick_end": {
        "da": "Vælg også periodens slutdato.",
        "en": "Pick the period's end too.",
    },
    "ui.version.none": {
        "da": "Der er endnu ingen plan. Lav en under Planlægning.",
        "en": "There is no plan yet. Make one under Planning.",
    },
    "ui.planning.no_plan": {
        "da": "Der er endnu ingen plan. Lav den første med knappen »Lav ny plan« ovenfor.",
        "en": "There is no plan yet. Make the first one with the ‘Make a new plan’ button above.",
    },
    "ui.version.shown": {
        "da": "Viser planversion {number} ({status}).",
        "en": "Showing plan version {number} ({status}).",
    },
    "ui.version.draft": {"da": "kladde", "en": "draft"},
    "ui.version.published": {"da": "offentliggjort", "en": "published"},
    "ui.category.pinned": {"da": "Lovet (fastlåst)", "en": "Promised (pinned)"},
    "ui.category.draft": {"da": "Kladde", "en": "Draft"},
    "ui.category.acute": {"da": "Akut", "en": "Acute"},
    "ui.category.late": {"da": "Sent sommerønske", "en": "Late summer wish"},
    "ui.standing.granted": {"da": "Bevilget", "en": "Granted"},
    "ui.standing.rejected": {"da": "Afvist", "en": "Rejected"},
    "ui.standing.unplanned": {"da": "Ikke planlagt", "en": "Not planned"},
    "ui.kind.planned": {"da": "planlagt", "en": "planned"},
    "ui.kind.acute": {"da": "akut", "en": "acute"},
    "ui.move.arrival": {"da": "Ankomst", "en": "Arrival"},
    "ui.move.departure": {"da": "Afrejse", "en": "Departure"},
    # filters
    "ui.filter.all": {"da": "Alle", "en": "All"},
    "ui.filter.none": {"da": "Vælg mindst ét sted", "en": "Choose at least one centre"},
    "ui.choose": {"da": "Vælg …", "en": "Choose …"},
    "ui.filter.centre": {"da": "Aflastningssted", "en": "Centre"},
    "ui.filter.status": {"da": "Status", "en": "Status"},
    "ui.filter.tier": {"da": "Gruppe", "en": "Tier"},
    "ui.filter.reason": {"da": "Afslagsgrund", "en": "Reason for rejection"},
    "ui.filter.person": {"da": "Borger (navn eller id)", "en": "Person (name or id)"},
    # table columns
    "ui.col.request": {"da": "Ønske", "en": "Request"},
    "ui.col.person": {"da": "Borger", "en": "Person"},
    "ui.col.received": {"da": "Modtaget", "en": "Received"},
    "ui.col.wished_start": {"da": "Ønsket ankomst", "en": "Wished arrival"},
    "ui.col.wished_end": {"da": "Ønsket afrejse", "en": "Wished departure"},
    "ui.col.nights": {"da": "Døgn", "en": "Nights"},
    "ui.col.flex": {"da": "Fleks (dage)", "en": "Flex (days)"},
    "ui.col.priority": {"da": "Prioritet", "en": "Priority"},
    "ui.col.tier": {"da": "Gruppe", "en": "Tier"},
    "ui.col.status": {"da": "Status", "en": "Status"},
    "ui.col.centre": {"da": "Sted", "en": "Centre"},
    "ui.col.bed": {"da": "Seng", "en": "Bed"},
    "ui.col.start": {"da": "Ankomst", "en": "Arrival"},
    "ui.col.end": {"da": "Afrejse", "en": "Departure"},
    "ui.col.reason": {"da": "Begrundelse", "en": "Reason"},
    "ui.col.night": {"da": "Nat", "en": "Night"},
    "ui.col.week": {"da": "Uge", "en": "Week"},
    "ui.col.beds": {"da": "Senge", "en": "Beds"},
    "ui.col.closed": {"da": "Lukket", "en": "Closed"},
    "ui.col.occupied": {"da": "Optaget", "en": "Occupied"},
    "ui.col.free": {"da": "Ledige", "en": "Free"},
    "ui.col.least_free": {"da": "Færrest ledige", "en": "Fewest free"},
    "ui.col.bed_nights": {"da": "Sengedøgn", "en": "Bed-nights"},
    "ui.col.percent": {"da": "Belægning %", "en": "Occupancy %"},
    "ui.col.day": {"da": "Dag", "en": "Day"},
    "ui.col.move": {"da": "Hændelse", "en": "Event"},
    "ui.col.needs": {"da": "Behov", "en": "Needs"},
    "ui.col.year": {"da": "År", "en": "Year"},
    "ui.col.limit": {"da": "Døgn pr. år", "en": "Nights a year"},
    "ui.col.used": {"da": "Brugt", "en": "Used"},
    "ui.col.granted": {"da": "Bevilget", "en": "Granted"},
    "ui.col.left": {"da": "Tilbage", "en": "Left"},
    "ui.col.stays_limit": {"da": "Ophold pr. år", "en": "Stays a year"},
    "ui.col.stays_used": {"da": "Ophold brugt", "en": "Stays used"},
    "ui.col.stays_granted": {"da": "Ophold bevilget", "en": "Stays granted"},
    "ui.col.stays_left": {"da": "Ophold tilbage", "en": "Stays left"},
    "ui.col.change": {"da": "Ændring", "en": "Change"},
    "ui.col.before": {"da": "Før (offentliggjort)", "en": "Before (published)"},
    "ui.col.after": {"da": "Nu (kladde)", "en": "Now (draft)"},
    "ui.col.count": {"da": "Antal", "en": "Count"},
    # calendar
    "ui.calendar.centre": {"da": "{name} ({beds} senge)", "en": "{name} ({beds} beds)"},
    "ui.calendar.hover": {
        "da": "Ankomst {start}, afrejse {end}: {nights} døgn",
        "en": "Arrival {start}, departure {end}: {nights} nights",
    },
    "ui.calendar.request": {"da": "Ønske {request}", "en": "Request {request}"},
    "ui.calendar.holidays": {
        "da": "Helligdage (skraveret): {days}",
        "en": "Public holidays (shaded): {days}",
    },
    # occupancy
    "ui.occupancy.percent": {"da": "Belægning", "en": "Occupancy"},
    "ui.occupancy.average": {"da": "Belægning i perioden", "en": "Occupancy in the period"},
    "ui.occupancy.full_nights": {"da": "Nætter uden ledig seng", "en": "Nights without a free bed"},
    "ui.occupancy.closed_nights": {
        "da": "Nætter med lukkede senge",
        "en": "Nights with beds closed",
    },
    "ui.occupancy.closure": {
        "da": "Lukket: {beds} seng(e) nætterne {start} – {end}",
        "en": "Closed: {beds} bed(s) on the nights {start} – {end}",
    },
    "ui.occupancy.per_week": {"da": "Pr. uge", "en": "Per week"},
    "ui.occupancy.movements": {
        "da": "Ankomster og afrejser de næste {days} dage",
        "en": "Arrivals and departures in the next {days} days",
    },
    "ui.occupancy.from": {"da": "Fra", "en": "From"},
    "ui.occupancy.no_movements": {
        "da": "Ingen ankomster eller afrejser i de dage.",
        "en": "No arrivals or departures in those days.",
    },
    "ui.occupancy.downloads": {"da": "Hent stedets plan", "en": "Download the centre's plan"},
    "ui.download_xlsx": {"da": "Regneark (.xlsx)", "en": "Spreadsheet (.xlsx)"},
    "ui.download_ics": {"da": "Kalender (.ics)", "en": "Calendar (.ics)"},
    # requests
    "ui.requests.shown": {"da": "{shown} af {total} ønsker", "en": "{shown} of {total} requests"},
    "ui.upload.title": {"da": "Indlæs ønsker og data", "en": "Import requests and data"},
    "ui.upload.explain": {
        "da": "Et regneark (.xlsx) eller en zip-fil med CSV-filerne: hele scenariet eller kun nye "
        "og ændrede rækker (fx kun arket requests); borgere og steder, der allerede findes, "
        "behøver ikke være med. Før noget gemmes, ser du, hvad der tilføjes og ændres. Findes "
        "der fejl, indlæses intet.",
        "en": "A workbook (.xlsx) or a zip of the CSV files: the whole scenario or only new and "
        "changed rows (e.g. only the requests sheet); persons and centres already stored need "
        "not be in it. Before anything is saved you see what is added and changed. If any "
        "fault is found, nothing is imported.",
    },
    "ui.upload.file": {"da": "Fil", "en": "File"},
    "ui.upload.count": {
        "da": "{entity}: {inserted} nye, {updated} ændrede",
        "en": "{entity}: {inserted} new, {updated} changed",
    },
    "ui.upload.done": {"da": "Indlæst. {counts}", "en": "Imported. {counts}"},
    "ui.faults": {
        "da": "{count} fejl fundet – intet er indlæst eller ændret.",
        "en": "{count} faults found – nothing was imported or changed.",
    },
    "ui.fault.file": {"da": "Fil", "en": "File"},
    "ui.fault.row": {"da": "Række", "en": "Row"},
    "ui.fault.column": {"da": "Kolonne", "en": "Column"},
    "ui.fault.value": {"da": "Værdi", "en": "Value"},
    "ui.fault.message": {"da": "Fejl", "en": "Fault"},
    "ui.edit.title": {"da": "Ret et ønske", "en": "Edit a request"},
    "ui.edit.explain": {
        "da": "Rettelsen kontrolleres som en række i requests.csv og gemmes kun uden fejl. "
        "Den næste plan tager den med.",
        "en": "The edit is checked as a row of requests.csv and saved only without faults. "
        "The next plan takes it into account.",
    },
    "ui.edit.request": {"da": "Ønske", "en": "Request"},
    "ui.edit.save": {"da": "Gem rettelse", "en": "Save the edit"},
    "ui.edit.unchanged": {"da": "Intet er ændret.", "en": "Nothing was changed."},
    "ui.edit.done": {"da": "Ønske {request} er rettet.", "en": "Request {request} was edited."},
    # planning
    "ui.solve.time_limit": {"da": "Tidsgrænse (sekunder)", "en": "Time limit (seconds)"},
    "ui.solve.method": {"da": "Metode", "en": "Method"},
    "ui.solve.method.cpsat": {"da": "Optimering (CP-SAT)", "en": "Optimisation (CP-SAT)"},
    "ui.solve.method.greedy": {"da": "Hurtig (først til mølle)", "en": "Quick (first come)"},
    "ui.solve.method.highs": {"da": "MIP-model (HiGHS)", "en": "MIP model (HiGHS)"},
    "ui.solve.run": {"da": "Lav ny plan", "en": "Make a new plan"},
    "ui.solve.starting": {
        "da": "Planlægger … {seconds} af {limit} s · Forbereder",
        "en": "Planning … {seconds} of {limit} s · Preparing",
    },
    "ui.solve.progress": {
        "da": "Planlægger … {seconds} af {limit} s · Forbedrer: {goal} ({best})",
        "en": "Planning … {seconds} of {limit} s · Improving: {goal} ({best})",
    },
    "ui.solve.best": {"da": "{value} indtil nu", "en": "{value} so far"},
    "ui.solve.best_bound": {
        "da": "{value} indtil nu, højst muligt {bound}",
        "en": "{value} so far, at most {bound}",
    },
    "ui.solve.goal.persons": {"da": "flest familier med ophold", "en": "most families with a stay"},
    "ui.solve.goal.nights": {"da": "flest døgn bevilget", "en": "most nights granted"},
    "ui.solve.goal.shift": {"da": "færrest dage flyttet i alt", "en": "fewest days moved in all"},
    "ui.solve.goal.preferred": {
        "da": "flest ophold på det ønskede sted",
        "en": "most stays at the preferred centre",
    },
    "ui.solve.goal.changes": {
        "da": "færrest ændringer i den tidligere plan",
        "en": "fewest changes to the previous plan",
    },
    "ui.solve.goal.tier": {"da": "{goal} i gruppen {tier}", "en": "{goal} in the group {tier}"},
    "ui.solve.goal.priority": {
        "da": "{goal} i gruppen {tier}, prioritet {priority}",
        "en": "{goal} in the group {tier}, priority {priority}",
    },
    "ui.solve.unit.persons": {"da": "{count} familier", "en": "{count} families"},
    "ui.solve.unit.persons.one": {"da": "{count} familie", "en": "{count} family"},
    "ui.solve.unit.nights": {"da": "{count} døgn", "en": "{count} nights"},
    "ui.solve.unit.nights.one": {"da": "{count} døgn", "en": "{count} night"},
    "ui.solve.unit.shift": {"da": "{count} dage", "en": "{count} days"},
    "ui.solve.unit.shift.one": {"da": "{count} dag", "en": "{count} day"},
    "ui.solve.unit.preferred": {"da": "{count} ophold", "en": "{count} stays"},
    "ui.solve.unit.preferred.one": {"da": "{count} ophold", "en": "{count} stay"},
    "ui.solve.unit.changes": {"da": "{count} ændringer", "en": "{count} changes"},
    "ui.solve.unit.changes.one": {"da": "{count} ændring", "en": "{count} change"},
    "ui.solve.done": {
        "da": "Ny kladde: planversion {version} ({status}, {seconds} s).",
        "en": "New draft: plan version {version} ({status}, {seconds} s).",
    },
    "ui.solve.failed": {
        "da": "Planlægningen mislykkedes. Prøv igen, eller kontakt support.",
        "en": "Planning failed. Try again, or contact support.",
    },
    "ui.solver_status.optimal": {"da": "bevist bedst mulig", "en": "proven best possible"},
    "ui.solver_status.feasible": {
        "da": "gyldig, tiden løb ud",
        "en": "valid, time ran out",
    },
    "ui.solver_status.greedy": {"da": "hurtig plan", "en": "quick plan"},
    "ui.solver_status.imported": {"da": "indlæst", "en": "imported"},
    "ui.solver_status.acute": {"da": "akut ophold indsat", "en": "acute stay inserted"},
    "ui.solver_status.cancelled": {"da": "ophold aflyst", "en": "stay cancelled"},
    "ui.solver_status.accepted": {"da": "tilbud booket", "en": "offer booked"},
    "ui.compare.title": {
        "da": "Kladden sammenlignet med den offentliggjorte plan",
        "en": "The draft compared with the published plan",
    },
    "ui.compare.gains": {"da": "Får ophold", "en": "Gains a stay"},
    "ui.compare.loses": {"da": "Mister ophold", "en": "Loses a stay"},
    "ui.compare.moves": {"da": "Flyttes", "en": "Moves"},
    "ui.compare.none": {"da": "Ingen forskelle.", "en": "No differences."},
    "ui.publish.button": {
        "da": "Offentliggør planversion {version} …",
        "en": "Publish plan version {version} …",
    },
    "ui.publish.title": {"da": "Offentliggør planen", "en": "Publish the plan"},
    "ui.publish.question": {
        "da": "Når planversion {version} offentliggøres, er dens ophold lovet familierne og "
        "fastlåses i de kommende planer. Vil du offentliggøre den?",
        "en": "Once plan version {version} is published, its stays are promised to the "
        "families and pinned in later plans. Publish it?",
    },
    "ui.publish.confirm": {"da": "Ja, offentliggør", "en": "Yes, publish"},
    "ui.publish.cancel": {"da": "Annullér", "en": "Cancel"},
    "ui.publish.done": {
        "da": "Planversion {version} er offentliggjort.",
        "en": "Plan version {version} is published.",
    },
    "ui.rejections.title": {"da": "Afslag efter begrundelse", "en": "Rejections by reason"},
    "ui.rejections.none": {"da": "Ingen afslag.", "en": "No rejections."},
    # persons
    "ui.persons.choose": {"da": "Vis borger", "en": "Show person"},
    "ui.persons.stays": {"da": "Ophold", "en": "Stays"},
    "ui.persons.no_stays": {"da": "Ingen bevilgede ophold.", "en": "No granted stays."},
    "ui.persons.rejected": {"da": "Afviste ønsker", "en": "Rejected requests"},
    "ui.persons.no_rejected": {"da": "Ingen afviste ønsker.", "en": "No rejected requests."},
    "ui.persons.rejection": {
        "da": "- Ønske **{request}** ({start} – {end}) er afvist: {reason}.",
        "en": "- Request **{request}** ({start} – {end}) was rejected: {reason}.",
    },
    "ui.persons.unplanned": {
        "da": "{count} ønske(r) er endnu ikke planlagt.",
        "en": "{count} request(s) are not planned yet.",
    },
    "ui.persons.carer": {"da": "**Pårørende:** {name}", "en": "**Carer:** {name}"},
    "ui.persons.no_carer": {"da": "ingen angivet", "en": "none given"},
    "ui.persons.exempt": {
        "da": "Fritaget for egenbetaling: brevene oplyser, at der ikke opkræves egenbetaling.",
        "en": "Exempt from own payment: the letters say that none is charged.",
    },
    "ui.persons.edit.title": {
        "da": "Ret pårørende og egenbetaling",
        "en": "Edit the carer and own payment",
    },
    "ui.persons.edit.explain": {
        "da": "Den pårørende modtager afgørelsesbrevene om borgerens ophold; lad feltet stå "
        "tomt, hvis ingen er angivet. Rettelsen gemmes med det samme og ændrer ikke planen.",
        "en": "The carer receives the decision letters on the person's stays; leave the field "
        "empty if there is none. The edit is saved at once and does not change the plan.",
    },
    "ui.persons.edit.carer": {"da": "Pårørendes navn", "en": "Carer's name"},
    "ui.persons.edit.exempt": {
        "da": "Fritaget for egenbetaling (fx borgerstyret personlig assistance eller "
        "merudgifter efter servicelovens § 100)",
        "en": "Exempt from own payment (e.g. citizen-directed personal assistance or extra "
        "costs under § 100 of the Social Services Act)",
    },
    "ui.persons.edit.save": {"da": "Gem", "en": "Save"},
    "ui.persons.edit.done": {
        "da": "Borger {person} er rettet.",
        "en": "Person {person} was edited.",
    },
    # daily operations on the published plan
    "ui.ops.nothing_published": {
        "da": "Der er endnu ingen offentliggjort plan. Offentliggør en under Planlægning.",
        "en": "No plan has been published yet. Publish one under Planning.",
    },
    "ui.acute.explain": {
        "da": "Først vises mulighederne for et akut ophold i den offentliggjorte plan, uden at "
        "andre bookinger flyttes: pladsen, der blev fundet, ellers den tidligste senere dato, "
        "eller ventelisten. Intet gemmes, før du vælger; kun det valgte bookes.",
        "en": "First the options for an acute stay in the published plan are shown, without "
        "moving other bookings: the place found, else the earliest later date, or the waiting "
        "list. Nothing is saved until you choose; only what you choose is booked.",
    },
    "ui.acute.person": {"da": "Borger", "en": "Person"},
    "ui.acute.start": {"da": "Første nat", "en": "First night"},
    "ui.acute.nights": {"da": "Antal døgn", "en": "Nights"},
    "ui.acute.flex": {"da": "Fleksibilitet (dage)", "en": "Flexibility (days)"},
    "ui.acute.flex_help": {
        "da": "Hvor mange dage starten må rykkes frem eller tilbage.",
        "en": "How many days the start may move either way.",
    },
    "ui.acute.pick_person": {"da": "Vælg en borger.", "en": "Choose a person."},
    "ui.acute.placed": {
        "da": "Akut ophold {request} er bevilget til {person}: {stay} ({nights} døgn). "
        "Planversion {version} er offentliggjort.",
        "en": "Acute stay {request} is granted to {person}: {stay} ({nights} nights). "
        "Plan version {version} is published.",
    },
    "ui.acute.waiting": {
        "da": "Ønsket står på ventelisten under Ønsker og kan bookes derfra, når der bliver plads.",
        "en": "The request is on the waiting list under Requests and can be booked there when "
        "room is freed.",
    },
    "ui.acute.no_later": {
        "da": "Intet senere ophold i planperioden passer uden at flytte nogen.",
        "en": "No later stay in the planning horizon fits without moving anyone.",
    },
    "ui.cancel.title": {"da": "Aflys et ophold", "en": "Cancel a stay"},
    "ui.cancel.explain": {
        "da": "Aflysningen frigiver sengen i den offentliggjorte plan. Bagefter viser ventelisten "
        "de ønsker, der nu kan få plads.",
        "en": "Cancelling frees the bed in the published plan. The waiting list then shows the "
        "requests that fit now.",
    },
    "ui.cancel.request": {"da": "Bevilget ønske", "en": "Granted request"},
    "ui.cancel.button": {"da": "Aflys ønske {request} …", "en": "Cancel request {request} …"},
    "ui.cancel.dialog": {"da": "Aflys opholdet", "en": "Cancel the stay"},
    "ui.cancel.question": {
        "da": "Ønske {request} for {person} ({stay}) aflyses, og sengen frigives. Det kan ikke "
        "fortrydes. Vil du aflyse?",
        "en": "Request {request} of {person} ({stay}) is cancelled and the bed freed. This "
        "cannot be undone. Cancel it?",
    },
    "ui.cancel.confirm": {"da": "Ja, aflys", "en": "Yes, cancel"},
    "ui.cancel.keep": {"da": "Fortryd", "en": "Keep it"},
    "ui.cancel.done": {
        "da": "Ønske {request} er aflyst, og opholdet {stay} er frigivet. Planversion {version} "
        "er offentliggjort. Se ventelisten nedenfor.",
        "en": "Request {request} is cancelled and the stay {stay} freed. Plan version {version} "
        "is published. See the waiting list below.",
    },
    "ui.waiting.title": {"da": "Venteliste", "en": "Waiting list"},
    "ui.waiting.explain": {
        "da": "Afviste ønsker, der nu kan få plads, bedst placerede først. Book bevilger ønsket "
        "det viste ophold; det kan tage pladsen fra et andet tilbud på listen.",
        "en": "Rejected requests that fit now, best ranked first. Book grants the request the "
        "stay shown; it may take the room of another offer on the list.",
    },
    "ui.waiting.none": {
        "da": "Ventelisten er tom: ingen afviste ønsker passer ind i planen nu.",
        "en": "The waiting list is empty: no rejected request fits into the plan now.",
    },
    "ui.waiting.offer": {
        "da": "**{rank}. {request}** · {person} · {stay} ({nights} døgn)",
        "en": "**{rank}. {request}** · {person} · {stay} ({nights} nights)",
    },
    "ui.waiting.more": {
        "da": "Viser de første {shown} af {total} tilbud.",
        "en": "Showing the first {shown} of {total} offers.",
    },
    "ui.waiting.book": {"da": "Book", "en": "Book"},
    "ui.waiting.booked": {
        "da": "Ønske {request} er bevilget: {stay}. Planversion {version} er offentliggjort.",
        "en": "Request {request} is granted: {stay}. Plan version {version} is published.",
    },
    "ui.letters.title": {"da": "Afgørelsesbreve", "en": "Decision letters"},
    "ui.letters.explain": {
        "da": "Brevene skrives ud fra den offentliggjorte plan og dateres i dag.",
        "en": "The letters are written from the published plan and dated today.",
    },
    "ui.letters.request": {"da": "Brev om ønske", "en": "Letter on request"},
    "ui.letters_pdf": {"da": "Hent brev (PDF)", "en": "Download letter (PDF)"},
    "ui.letters_html": {"da": "Hent brev (HTML)", "en": "Download letter (HTML)"},
    "ui.letters.preview": {"da": "Vis brevet", "en": "Show the letter"},
    "ui.letters.filtered": {
        "da": "{count} af de viste ønsker har en afgørelse i den offentliggjorte plan.",
        "en": "{count} of the requests shown are decided in the published plan.",
    },
    "ui.letters.format": {"da": "Format", "en": "Format"},
    "ui.letters.make_zip": {
        "da": "Skriv {count} breve i en zip-fil",
        "en": "Write {count} letters into a zip file",
    },
    "ui.letters.zip": {"da": "Hent {count} breve (.zip)", "en": "Download {count} letters (.zip)"},
    "ui.letters.zip_name": {"da": "afgoerelsesbreve.zip", "en": "decision-letters.zip"},
    "ui.overdue.badge": {
        "da": "{count} over sagsbehandlingsfristen",
        "en": "{count} past the case deadline",
    },
    "ui.overdue.title": {
        "da": "Ønsker over sagsbehandlingsfristen",
        "en": "Requests past the case deadline",
    },
    "ui.overdue.none": {
        "da": "Ingen ønsker er over sagsbehandlingsfristen.",
        "en": "No request is past its case deadline.",
    },
    "ui.overdue.no_deadline": {
        "da": "Kommunens regler har ingen sagsbehandlingsfrist.",
        "en": "The municipality's rules set no case deadline.",
    },
    "ui.col.due": {"da": "Frist", "en": "Due"},
    "ui.col.days_over": {"da": "Dage over", "en": "Days over"},
    "ui.col.kind": {"da": "Type", "en": "Kind"},
}
