"""Text of the app's safeguards (issue 12): the upload with a preview, the history of requests
and plan versions, a superseded draft, acute placement in two steps, and the confirmations and
messages next to their buttons."""

MESSAGES = {
    # a column of the scenario files as the upload preview names it
    "ui.field.name": {"da": "Navn", "en": "Name"},
    "ui.field.kind": {"da": "Type", "en": "Kind"},
    "ui.field.beds": {"da": "Senge", "en": "Beds"},
    "ui.field.tags": {"da": "Egnethed", "en": "Suitability"},
    "ui.field.needs": {"da": "Behov", "en": "Needs"},
    "ui.field.annual_nights": {"da": "Døgn pr. år", "en": "Nights a year"},
    "ui.field.used_nights": {"da": "Brugte døgn", "en": "Nights used"},
    "ui.field.used_stays": {"da": "Brugte ophold", "en": "Stays used"},
    "ui.field.self_appointed_helper": {
        "da": "Selvudpeget hjælper (§ 94)",
        "en": "Self-appointed helper (§ 94)",
    },
    "ui.field.consent": {"da": "Samtykke", "en": "Consent"},
    "ui.field.grant_start": {"da": "Bevillingsår begynder", "en": "Grant year begins"},
    "ui.field.carer_name": {"da": "Pårørende", "en": "Carer"},
    "ui.field.payment_exempt": {"da": "Fritaget for egenbetaling", "en": "Exempt from own payment"},
    "ui.field.person_id": {"da": "Borger", "en": "Person"},
    "ui.field.received": {"da": "Modtaget", "en": "Received"},
    "ui.field.start": {"da": "Ønsket ankomst", "en": "Wished arrival"},
    "ui.field.end": {"da": "Ønsket afrejse", "en": "Wished departure"},
    "ui.field.flex_days": {"da": "Fleksibilitet (dage)", "en": "Flexibility (days)"},
    "ui.field.priority": {"da": "Prioritet", "en": "Priority"},
    "ui.field.preferred_centre": {"da": "Foretrukket sted", "en": "Preferred centre"},
    "ui.field.closures": {"da": "Lukkede senge", "en": "Beds closed"},
    "ui.field.profile": {"da": "Regelprofil", "en": "Rule profile"},
    "ui.field.horizon_start": {"da": "Planperiodens start", "en": "Horizon start"},
    "ui.field.horizon_end": {"da": "Planperiodens slut", "en": "Horizon end"},
    "ui.yes": {"da": "ja", "en": "yes"},
    "ui.no": {"da": "nej", "en": "no"},
    # acute placement in two steps
    "ui.acute.find": {"da": "Find muligheder", "en": "Find the options"},
    "ui.acute.pick_start": {"da": "Vælg den første nat.", "en": "Choose the first night."},
    "ui.acute.options.title": {
        "da": "Muligheder for {person}: {nights} døgn fra {start} (± {flex} dage)",
        "en": "Options for {person}: {nights} nights from {start} (± {flex} days)",
    },
    "ui.acute.options.version": {
        "da": "Fundet i den offentliggjorte planversion {version}. Intet er gemt endnu.",
        "en": "Found in the published plan version {version}. Nothing is saved yet.",
    },
    "ui.acute.fits": {
        "da": "Der er plads i de ønskede dage.",
        "en": "There is room on the wished days.",
    },
    "ui.acute.no_room": {
        "da": "Ingen plads i de ønskede dage: {reason}.",
        "en": "No room on the wished days: {reason}.",
    },
    "ui.acute.choice": {"da": "Hvad vil du booke?", "en": "What do you want to book?"},
    "ui.acute.choice.place": {
        "da": "Book opholdet: {stay}",
        "en": "Book the stay: {stay}",
    },
    "ui.acute.choice.later": {
        "da": "Book den tidligste senere dato: {stay}",
        "en": "Book the earliest later date: {stay}",
    },
    "ui.acute.choice.wait_capacity": {
        "da": "Sæt på ventelisten: ønsket registreres som afvist (ingen ledig plads) og kan "
        "bookes fra ventelisten, når der bliver plads",
        "en": "Put on the waiting list: the request is recorded as rejected (no free bed) and "
        "can be booked from the waiting list when room is freed",
    },
    "ui.acute.choice.wait": {
        "da": "Registrér afslaget: {reason}",
        "en": "Record the rejection: {reason}",
    },
    "ui.acute.book": {"da": "Book det valgte", "en": "Book the chosen option"},
    "ui.acute.discard": {"da": "Annullér – gem intet", "en": "Cancel – save nothing"},
    "ui.acute.pick_option": {"da": "Vælg en af mulighederne.", "en": "Choose one of the options."},
    "ui.acute.discarded": {
        "da": "Mulighederne er lukket; intet er gemt.",
        "en": "The options are closed; nothing was saved.",
    },
    "ui.acute.to_move": {
        "da": "Der ville være plads {start} – {end} på {centre}, hvis disse ophold blev flyttet. "
        "Lovede ophold flyttes kun ved at ændre løftet (under Ønsker):",
        "en": "There would be room {start} – {end} at {centre} if these stays were moved. "
        "Promised stays are moved only by changing the promise (under Requests):",
    },
    "ui.col.promised": {"da": "Lovet", "en": "Promised"},
    "ui.acute.recorded": {
        "da": "Ønske {request} for {person} er registreret som afvist: {reason}. Planversion "
        "{version} er offentliggjort.",
        "en": "Request {request} of {person} is recorded as rejected: {reason}. Plan version "
        "{version} is published.",
    },
    "ui.acute.repeated": {
        "da": "Dette akutte ønske var allerede booket som {request}; der er ikke oprettet et nyt.",
        "en": "This acute need was already booked as {request}; no new request was made.",
    },
    "acute.options_changed": {
        "da": "Planen er ændret, siden mulighederne blev fundet, og den valgte mulighed findes "
        "ikke længere. Intet er gemt; se de nye muligheder.",
        "en": "The plan has changed since the options were found, and the chosen option is no "
        "longer there. Nothing was saved; see the new options.",
    },
    # the waiting list: Book asks first
    "ui.waiting.dialog": {"da": "Book fra ventelisten", "en": "Book from the waiting list"},
    "ui.waiting.question": {
        "da": "Ønske {request} for {person} bevilges opholdet {stay} ({nights} døgn), og en ny "
        "planversion offentliggøres. Vil du booke det?",
        "en": "Request {request} of {person} is granted the stay {stay} ({nights} nights), and a "
        "new plan version is published. Do you want to book it?",
    },
    "ui.waiting.confirm": {"da": "Ja, book", "en": "Yes, book"},
    "ui.waiting.keep": {"da": "Fortryd", "en": "Go back"},
    # plan versions
    "ui.origin.planned": {"da": "ny plan, {verdict}", "en": "new plan, {verdict}"},
    "ui.version.named": {
        "da": "planversion {number} ({origin}, {when} af {who})",
        "en": "plan version {number} ({origin}, {when} by {who})",
    },
    "ui.page.versions": {"da": "Versioner", "en": "Versions"},
    "ui.versions.explain": {
        "da": "Hver ændring af planen gemmes som en ny planversion; intet overskrives. Her ses, "
        "hvem der lavede hvad og hvornår, og hvad hver version ændrede i forhold til den "
        "version, den blev lavet ud fra.",
        "en": "Every change of the plan is kept as a new plan version; nothing is overwritten. "
        "Here you see who made what and when, and what each version changed against the "
        "version it was made from.",
    },
    "ui.versions.newest": {
        "da": "Viser de nyeste {shown} af {total} versioner.",
        "en": "Showing the newest {shown} of {total} versions.",
    },
    "ui.versions.choose": {"da": "Vis ændringerne i", "en": "Show the changes of"},
    "ui.versions.option": {
        "da": "Planversion {number} – {origin}, {when}",
        "en": "Plan version {number} – {origin}, {when}",
    },
    "ui.versions.changes": {
        "da": "Planversion {number}: den første plan",
        "en": "Plan version {number}: the first plan",
    },
    "ui.versions.changes_on": {
        "da": "Planversion {number} i forhold til planversion {base}",
        "en": "Plan version {number} against plan version {base}",
    },
    "ui.col.version": {"da": "Version", "en": "Version"},
    "ui.col.origin": {"da": "Hvad", "en": "What"},
    "ui.col.made": {"da": "Lavet", "en": "Made"},
    "ui.col.by": {"da": "Af", "en": "By"},
    "ui.col.published_at": {"da": "Offentliggjort", "en": "Published"},
    "ui.col.base": {"da": "Lavet ud fra", "en": "Made from"},
    "ui.col.rejected": {"da": "Afvist", "en": "Rejected"},
    "ui.col.changes": {"da": "Ændringer", "en": "Changes"},
    "ui.col.was": {"da": "Før", "en": "Before"},
    "ui.col.became": {"da": "Efter", "en": "After"},
    "ui.col.decision": {"da": "Afgørelse", "en": "Decision"},
    "ui.shift.gains": {"da": "Får ophold", "en": "Gains a stay"},
    "ui.shift.loses": {"da": "Mister ophold", "en": "Loses its stay"},
    "ui.shift.moves": {"da": "Flyttet", "en": "Moved"},
    "ui.shift.rejected": {"da": "Afvist", "en": "Rejected"},
    "ui.shift.reason": {"da": "Ny afslagsgrund", "en": "New reason"},
    "ui.shift.removed": {"da": "Aflyst / udgået", "en": "Cancelled / left out"},
    "ui.shift.count.gains": {"da": "{count} får ophold", "en": "{count} gain a stay"},
    "ui.shift.count.loses": {"da": "{count} mister ophold", "en": "{count} lose their stay"},
    "ui.shift.count.moves": {"da": "{count} flyttet", "en": "{count} moved"},
    "ui.shift.count.rejected": {"da": "{count} afvist", "en": "{count} rejected"},
    "ui.shift.count.reason": {"da": "{count} ny afslagsgrund", "en": "{count} new reason"},
    "ui.shift.count.removed": {"da": "{count} aflyst/udgået", "en": "{count} cancelled/left out"},
    "ui.shift.none": {"da": "Ingen ændringer.", "en": "No changes."},
    # a draft superseded by a newer publication
    "ui.superseded": {
        "da": "Kladden, {draft}, er forældet: {published} blev offentliggjort, efter kladden blev "
        "lavet. Kladden kender ikke den ændring og kan derfor ikke offentliggøres. Lav en ny "
        "plan for at planlægge videre fra den offentliggjorte.",
        "en": "The draft, {draft}, is out of date: {published} was published after the draft "
        "was made. The draft does not know of that change and so cannot be published. Make a "
        "new plan to go on from the published one.",
    },
    "ui.superseded.where": {
        "da": "En ny plan laves under Planlægning.",
        "en": "A new plan is made under Planning.",
    },
    "ui.superseded.replan": {"da": "Lav en ny plan nu", "en": "Make a new plan now"},
    # the history of a request
    "ui.history.title": {"da": "Historik for et ønske", "en": "History of a request"},
    "ui.history.explain": {
        "da": "Hver planversion, der ændrede ønskets afgørelse: hvornår, af hvem og hvordan. "
        "Aflyste ønsker og udeblivelser er med.",
        "en": "Each plan version that changed the request's decision: when, by whom and how. "
        "Cancelled requests and no-shows are included.",
    },
    "ui.history.request": {"da": "Ønske", "en": "Request"},
    "ui.history.wish": {
        "da": "Ønske **{request}**: modtaget {received}, ønsket {start} – {end} (± {flex} dage).",
        "en": "Request **{request}**: received {received}, wished {start} – {end} (± {flex} days).",
    },
    "ui.history.cancelled": {
        "da": "Aflyst {when}. Det frigivne ophold står i historikken nedenfor.",
        "en": "Cancelled {when}. The stay it freed is in the history below.",
    },
    "ui.history.no_show": {
        "da": "Borgeren kom ikke (udeblivelse registreret).",
        "en": "The person did not come (no-show recorded).",
    },
    "ui.history.undecided": {
        "da": "Ingen planversion har afgjort ønsket endnu.",
        "en": "No plan version has decided the request yet.",
    },
    "ui.history.rejected": {"da": "afvist: {reason}", "en": "rejected: {reason}"},
    "ui.history.left_out": {"da": "ikke længere i planen", "en": "no longer in the plan"},
    # the upload with a preview
    "ui.upload.look": {"da": "Vis hvad der ændres", "en": "Show what changes"},
    "ui.upload.reading": {"da": "Læser filen …", "en": "Reading the file …"},
    "ui.upload.importing": {"da": "Indlæser …", "en": "Importing …"},
    "ui.upload.preview": {
        "da": "**{name}**: dette vil indlæsningen gøre. Intet er gemt endnu.",
        "en": "**{name}**: this is what the import would do. Nothing is saved yet.",
    },
    "ui.upload.added": {"da": "Nye", "en": "New"},
    "ui.upload.changed": {"da": "Ændrede felter", "en": "Changed fields"},
    "ui.upload.overwritten": {"da": "Overskriver appen", "en": "Overwrites the app"},
    "ui.upload.broken": {"da": "Brudte løfter", "en": "Broken promises"},
    "ui.upload.tab.added": {"da": "Nye ({count})", "en": "New ({count})"},
    "ui.upload.tab.changed": {"da": "Ændringer ({count})", "en": "Changes ({count})"},
    "ui.upload.tab.overwritten": {
        "da": "Overskriver ændringer i appen ({count})",
        "en": "Overwrites changes in the app ({count})",
    },
    "ui.upload.tab.broken": {"da": "Brudte løfter ({count})", "en": "Broken promises ({count})"},
    "ui.upload.none_added": {"da": "Intet nyt.", "en": "Nothing new."},
    "ui.upload.none_changed": {"da": "Intet ændres.", "en": "Nothing changes."},
    "ui.upload.none_overwritten": {
        "da": "Filen overskriver ingen ændringer, der er lavet i appen.",
        "en": "The file overwrites no changes made in the app.",
    },
    "ui.upload.none_broken": {
        "da": "Ingen lovede ophold brydes.",
        "en": "No promised stay is broken.",
    },
    "ui.upload.overwrites": {
        "da": "Filen overskriver {count} ændring(er), der er lavet i appen, efter rækken sidst "
        "blev indlæst. Tjek fanen »Overskriver ændringer i appen«, før du indlæser.",
        "en": "The file overwrites {count} change(s) made in the app after the row was last "
        'imported. Check the tab "Overwrites changes in the app" before you import.',
    },
    "ui.upload.refused": {
        "da": "Filen kan ikke indlæses: den ville bryde {count} løfte(r) i den offentliggjorte "
        "planversion {version} (se fanen »Brudte løfter«). Ret filen, eller flyt eller aflys "
        "opholdene først.",
        "en": "The file cannot be imported: it would break {count} promise(s) of the published "
        'plan version {version} (see the tab "Broken promises"). Correct the file, or move '
        "or cancel the stays first.",
    },
    "ui.upload.bookings": {
        "da": "Filen har {count} booking(er); de bliver en ny kladde.",
        "en": "The file holds {count} booking(s); they become a new draft.",
    },
    "ui.upload.nothing": {
        "da": "Filen ændrer intet: alt i den er allerede gemt.",
        "en": "The file changes nothing: everything in it is stored already.",
    },
    "ui.upload.confirm": {"da": "Indlæs ændringerne", "en": "Import the changes"},
    "ui.upload.cancel": {"da": "Annullér", "en": "Cancel"},
    "ui.upload.cancelled": {
        "da": "Indlæsningen er annulleret; intet er gemt.",
        "en": "The import was cancelled; nothing was saved.",
    },
    "ui.upload.stale": {
        "da": "Data er ændret, siden du så ændringerne; intet er indlæst. Se de opdaterede "
        "ændringer, og indlæs igen.",
        "en": "The data changed since you saw the changes; nothing was imported. See the updated "
        "changes and import again.",
    },
    "ui.upload.no_counts": {"da": "intet ændret", "en": "nothing changed"},
    "ui.upload.request_text": {
        "da": "{person}, {start} – {end}",
        "en": "{person}, {start} – {end}",
    },
    "ui.upload.closure": {
        "da": "{beds} seng(e) {start} – {end}",
        "en": "{beds} bed(s) {start} – {end}",
    },
    "ui.upload.entity.settings": {"da": "regler og planperiode", "en": "rules and horizon"},
    "ui.upload.entity.centre": {"da": "sted", "en": "centre"},
    "ui.upload.entity.closure": {"da": "lukninger", "en": "closures"},
    "ui.upload.entity.person": {"da": "borger", "en": "person"},
    "ui.upload.entity.request": {"da": "ønske", "en": "request"},
    "ui.col.what": {"da": "Hvad", "en": "What"},
    "ui.col.id": {"da": "Id", "en": "Id"},
    "ui.col.about": {"da": "Om", "en": "About"},
    "ui.col.field": {"da": "Felt", "en": "Field"},
    "ui.col.old": {"da": "Nu", "en": "Now"},
    "ui.col.new": {"da": "Efter indlæsning", "en": "After the import"},
    "ui.col.app_change": {"da": "Ændret i appen", "en": "Changed in the app"},
    "ui.col.period": {"da": "Periode", "en": "Period"},
    "ui.col.problem": {"da": "Hvad der brydes", "en": "What breaks"},
    "ui.action.edit": {"da": "rettet", "en": "edited"},
    "ui.action.add": {"da": "oprettet", "en": "added"},
    "ui.action.change": {"da": "ophold ændret", "en": "stay changed"},
    "ui.action.cancel": {"da": "aflyst", "en": "cancelled"},
    # the requests table: what happened to a request
    "ui.standing.cancelled": {"da": "Aflyst", "en": "Cancelled"},
    "ui.standing.no_show": {"da": "Udeblev", "en": "No-show"},
    "ui.standing.changed": {"da": "Løfte ændret", "en": "Promise changed"},
    "ui.col.history": {"da": "Historik", "en": "History"},
    "ui.requests.cancelled_on": {"da": "aflyst {day}", "en": "cancelled {day}"},
    "ui.requests.no_show": {"da": "borgeren kom ikke", "en": "the person did not come"},
    "ui.requests.changed": {
        "da": "ændret {times} gang(e); først lovet {centre} {start} – {end}",
        "en": "changed {times} time(s); first promised {centre} {start} – {end}",
    },
    # Borgere: what happened to a person's requests
    "ui.persons.gone": {
        "da": "Aflyste, udeblevne og ændrede ophold",
        "en": "Cancelled, missed and changed stays",
    },
    "ui.persons.no_gone": {
        "da": "Ingen af borgerens ophold er aflyst, udeblevet eller ændret.",
        "en": "None of the person's stays was cancelled, missed or changed.",
    },
    "ui.persons.history": {"da": "Historik for ønske", "en": "History of request"},
    "ui.col.last_decision": {"da": "Sidste afgørelse", "en": "Last decision"},
    "ui.col.times": {"da": "Ændret (gange)", "en": "Changed (times)"},
    "ui.col.first_promise": {"da": "Først lovet", "en": "First promised"},
    "ui.col.promise_now": {"da": "Nu", "en": "Now"},
    # the calendar
    "ui.calendar.centres_help": {
        "da": "Kalenderen åbner på det første sted, når der er mange; vælg flere her. Valget "
        "huskes, mens du bruger appen.",
        "en": "The calendar opens on the first centre when there are many; choose more here. "
        "The choice is kept while you use the app.",
    },
}
