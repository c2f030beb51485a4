"""Messages of the store commands (import, plan, publish, export, db) and the plan exports."""

MESSAGES = {
    "store.imported": {
        "da": "Indlæst i {db}:",
        "en": "Imported into {db}:",
    },
    "store.changes": {
        "da": "  {entity}: {inserted} nye, {updated} ændrede, {unchanged} uændrede",
        "en": "  {entity}: {inserted} new, {updated} changed, {unchanged} unchanged",
    },
    "store.entity.settings": {"da": "regler og planperiode", "en": "rules and horizon"},
    "store.entity.centre": {"da": "aflastningssteder", "en": "centres"},
    "store.entity.closure": {
        "da": "lukninger (skrevet/fjernet)",
        "en": "closures (written/removed)",
    },
    "store.entity.person": {"da": "borgere", "en": "persons"},
    "store.entity.request": {"da": "ønsker", "en": "requests"},
    "import.refused": {
        "da": "Indlæsningen er afvist: den ville bryde {count} løfte(r) i den offentliggjorte "
        "plan (planversion {version}). Intet er indlæst.",
        "en": "The import is refused: it would break {count} promise(s) of the published plan "
        "(plan version {version}). Nothing was imported.",
    },
    "import.broken": {
        "da": "  ønske {request} (borger {person}) på {centre}, {start} – {end}: {problem}",
        "en": "  request {request} (person {person}) at {centre}, {start} – {end}: {problem}",
    },
    "import.refused_hint": {
        "da": "Ret filen, så opholdene stadig passer, eller flyt eller aflys dem først "
        "('respite change', 'respite cancel'), og indlæs så igen.",
        "en": "Correct the file so that the stays still fit, or move or cancel them first "
        "('respite change', 'respite cancel'), then import again.",
    },
    "store.imported_bookings": {
        "da": "Bookingerne er gemt som kladde, planversion {version}.",
        "en": "The bookings are stored as draft plan version {version}.",
    },
    "store.planned": {
        "da": "Ny kladde: planversion {version}.",
        "en": "New draft: plan version {version}.",
    },
    "store.published": {
        "da": "Planversion {version} er offentliggjort; dens ophold er nu lovet familierne.",
        "en": "Plan version {version} is published; its stays are now promised to the families.",
    },
    "store.exported": {
        "da": "Planversion {version} skrevet til {path}",
        "en": "Plan version {version} written to {path}",
    },
    "store.upgraded": {
        "da": "Databasen {db} har nu skemaversion {revision}.",
        "en": "The database {db} now has schema revision {revision}.",
    },
    "store.empty": {
        "da": "Databasen indeholder endnu ingen data. Indlæs først et scenarie med "
        "'respite import'.",
        "en": "The database holds no data yet. Import a scenario first with 'respite import'.",
    },
    "store.no_versions": {
        "da": "Der er endnu ingen planversion. Lav en med 'respite plan'.",
        "en": "There is no plan version yet. Make one with 'respite plan'.",
    },
    "store.unknown_version": {
        "da": "Planversion {version} findes ikke.",
        "en": "Plan version {version} does not exist.",
    },
    "store.not_draft": {
        "da": "Planversion {version} er allerede offentliggjort; kun en kladde kan offentliggøres.",
        "en": "Plan version {version} is already published; only a draft can be published.",
    },
    "store.stale": {
        "da": "Planversion {version} kan ikke offentliggøres: den bygger på et grundlag, der "
        "ikke længere gælder, for planversion {published} er offentliggjort siden. Intet er "
        "gået tabt: version {version} er stadig en kladde. Kør 'respite plan' for en ny kladde "
        "på det gældende grundlag.",
        "en": "Plan version {version} cannot be published: it was made on a base that no "
        "longer holds, because plan version {published} has been published since. Nothing is "
        "lost: version {version} is still a draft. Run 'respite plan' for a new draft on the "
        "current base.",
    },
    "store.needs_upgrade": {
        "da": "Databasen {db} har et ældre skema. Kør 'respite db upgrade --db ...' først.",
        "en": "The database {db} has an older schema. Run 'respite db upgrade --db ...' first.",
    },
    "store.migration_broke_references": {
        "da": "Opdateringen af databasens skema blev afbrudt: den ville efterlade rækker, der "
        "henviser til noget, der ikke findes. Intet er ændret.",
        "en": "The schema upgrade was stopped: it would leave rows that refer to something "
        "that does not exist. Nothing was changed.",
    },
    "store.bad_rules": {
        "da": "De gemte regler er ugyldige ({keys}). Indlæs scenariet igen.",
        "en": "The stored rules are invalid ({keys}). Import the scenario again.",
    },
    "store.bad_format": {
        "da": "Kan ikke skrive {path}: filtypen skal være en af {formats}.",
        "en": "Cannot write {path}: the file type must be one of {formats}.",
    },
    "store.unknown_centre": {
        "da": "Aflastningsstedet {centre} findes ikke.",
        "en": "There is no centre {centre}.",
    },
    "store.unreachable": {
        "da": "Databasen kan ikke bruges: {error}",
        "en": "The database cannot be used: {error}",
    },
    "xlsx.sheet.plan": {"da": "Plan", "en": "Plan"},
    "xlsx.sheet.occupancy": {"da": "Belægning", "en": "Occupancy"},
    "xlsx.sheet.rejected": {"da": "Afviste", "en": "Rejected"},
    "xlsx.col.request": {"da": "Ønske", "en": "Request"},
    "xlsx.col.person": {"da": "Borger", "en": "Person"},
    "xlsx.col.status": {"da": "Status", "en": "Status"},
    "xlsx.col.centre": {"da": "Aflastningssted", "en": "Centre"},
    "xlsx.col.bed": {"da": "Seng", "en": "Bed"},
    "xlsx.col.start": {"da": "Ankomst", "en": "Arrival"},
    "xlsx.col.end": {"da": "Afrejse", "en": "Departure"},
    "xlsx.col.nights": {"da": "Døgn", "en": "Nights"},
    "xlsx.col.reason": {"da": "Årsag", "en": "Reason"},
    "xlsx.col.night": {"da": "Nat", "en": "Night"},
    "xlsx.col.beds": {"da": "Senge", "en": "Beds"},
    "xlsx.col.occupied": {"da": "Optaget", "en": "Occupied"},
    "xlsx.col.free": {"da": "Ledige", "en": "Free"},
    "xlsx.col.wished_start": {"da": "Ønsket ankomst", "en": "Wished arrival"},
    "xlsx.col.wished_end": {"da": "Ønsket afrejse", "en": "Wished departure"},
    "ics.calendar": {"da": "Aflastning – {centre}", "en": "Respite – {centre}"},
    "ics.all_centres": {"da": "alle steder", "en": "all centres"},
    "ics.summary": {
        "da": "Aflastning: borger {person}, seng {bed}",
        "en": "Respite: person {person}, bed {bed}",
    },
    "ics.description": {
        "da": "Ønske {request} på {centre}: ankomst {start}, afrejse {end} ({nights} døgn).",
        "en": "Request {request} at {centre}: arrival {start}, departure {end} ({nights} nights).",
    },
    "store.versions.none": {
        "da": "Der er ingen planversioner endnu.",
        "en": "There are no plan versions yet.",
    },
    "store.versions.line": {
        "da": "Planversion {version}: {status}, lavet {created} af {actor} ({solver}); "
        "{granted} bevilget, {rejected} afvist",
        "en": "Plan version {version}: {status}, made {created} by {actor} ({solver}); "
        "{granted} granted, {rejected} rejected",
    },
}
