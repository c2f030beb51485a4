"""Messages for rule profiles in plain words (``respite profile check`` and ``show``).

``scheduler.io.profile_text`` puts a profile's rules into these sentences, one per topic, for a
case worker to compare with the municipality's quality standard (kvalitetsstandard).
"""

MESSAGES: dict[str, dict[str, str]] = {
    # units and lists
    "profile.nights.one": {"da": "{count} døgn", "en": "{count} night"},
    "profile.nights": {"da": "{count} døgn", "en": "{count} nights"},
    "profile.stays.one": {"da": "{count} ophold", "en": "{count} stay"},
    "profile.stays": {"da": "{count} ophold", "en": "{count} stays"},
    "profile.weeks.one": {"da": "{count} uge", "en": "{count} week"},
    "profile.weeks": {"da": "{count} uger", "en": "{count} weeks"},
    "profile.or": {"da": "eller", "en": "or"},
    "profile.and": {"da": "og", "en": "and"},
    "profile.weekdays": {
        "da": "mandag,tirsdag,onsdag,torsdag,fredag,lørdag,søndag",
        "en": "Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday",
    },
    "profile.weekdays.all": {"da": "alle ugedage", "en": "any day of the week"},
    "profile.months": {
        "da": "januar,februar,marts,april,maj,juni,juli,august,september,oktober,november,december",
        "en": "January,February,March,April,May,June,July,August,September,October,November,"
        "December",
    },
    "profile.day_month": {"da": "{day}. {month}", "en": "{day} {month}"},
    "profile.kroner": {"da": "{amount} kr.", "en": "DKK {amount}"},
    # one sentence per topic
    "profile.name": {"da": "Profil: {name}", "en": "Profile: {name}"},
    "profile.annual_nights": {
        "da": "Højst {nights} pr. borger pr. år.",
        "en": "At most {nights} per person per year.",
    },
    "profile.annual_nights.own": {
        "da": (
            "Hver borger har sit eget årlige antal døgn (annual_nights i persons.csv);"
            " profilen giver intet standardtal."
        ),
        "en": (
            "Each person carries their own yearly nights (annual_nights in persons.csv);"
            " the profile gives no default."
        ),
    },
    "profile.stays_per_year": {
        "da": "Højst {stays} pr. borger pr. år (et ophold tæller i det år, hvor det begynder).",
        "en": "At most {stays} per person per year (a stay counts in the year it begins).",
    },
    "profile.stays_per_year.none": {
        "da": "Intet loft over antal ophold pr. år.",
        "en": "No limit on the number of stays per year.",
    },
    "profile.stay.range": {
        "da": "Hvert ophold varer {shortest}–{longest} døgn.",
        "en": "Each stay lasts {shortest}–{longest} nights.",
    },
    "profile.stay.exact": {
        "da": "Hvert ophold varer præcis {nights}.",
        "en": "Each stay lasts exactly {nights}.",
    },
    "profile.stay.max_only": {
        "da": "Hvert ophold varer højst {nights}.",
        "en": "Each stay lasts at most {nights}.",
    },
    "profile.stay.min_only": {
        "da": "Hvert ophold varer mindst {nights}; der er ingen øvre grænse.",
        "en": "Each stay lasts at least {nights}; there is no upper limit.",
    },
    "profile.stay.none": {
        "da": "Ingen grænse for et opholds længde.",
        "en": "No limit on the length of a stay.",
    },
    "profile.arrival": {"da": "Ankomst: {days}.", "en": "Arrival: {days}."},
    "profile.departure": {"da": "Afrejse: {days}.", "en": "Departure: {days}."},
    "profile.summer": {
        "da": (
            "Sommerperioden er {start} – {end}; sommerønsker modtaget senest {deadline} er"
            " rettidige, senere ønsker planlægges efter de rettidige."
        ),
        "en": (
            "The summer period is {start} – {end}; summer wishes received on or before"
            " {deadline} are on time, later ones are planned after the timely ones."
        ),
    },
    "profile.summer.none": {
        "da": "Ingen sommerregel: der er ingen frist for sommerønsker.",
        "en": "No summer rule: there is no deadline for summer wishes.",
    },
    "profile.centre_kinds": {
        "da": "Ophold gives på steder af typen {kinds}.",
        "en": "Stays are given at centres of the kind {kinds}.",
    },
    "profile.acute_centre_kinds": {
        "da": "Akutte ophold gives på steder af typen {kinds}.",
        "en": "Acute stays are given at centres of the kind {kinds}.",
    },
    "profile.acute_centre_kinds.same": {
        "da": "Akutte ophold gives på de samme typer steder ({kinds}).",
        "en": "Acute stays are given at the same kinds of centre ({kinds}).",
    },
    "profile.acute_nights": {
        "da": "Et akut ophold uden slutdato varer {nights}.",
        "en": "An acute stay with no end date lasts {nights}.",
    },
    "profile.acute_counts": {
        "da": "Akutte ophold tæller med i de årlige grænser (døgn og ophold).",
        "en": "Acute stays count toward the yearly limits (nights and stays).",
    },
    "profile.acute_counts.no": {
        "da": "Akutte ophold tæller ikke med i de årlige grænser (døgn og ophold).",
        "en": "Acute stays do not count toward the yearly limits (nights and stays).",
    },
    "profile.helper": {
        "da": "Ingen aflastning, når pårørende er selvudpeget hjælper (servicelovens § 94).",
        "en": "No respite where the carer is a self-appointed helper (§ 94 of the Social"
        " Services Act).",
    },
    "profile.helper.no": {
        "da": "At pårørende er selvudpeget hjælper (servicelovens § 94), udelukker ikke"
        " aflastning.",
        "en": "A carer who is a self-appointed helper (§ 94 of the Social Services Act) may"
        " still get respite.",
    },
    "profile.consent": {
        "da": "Borgeren skal have givet samtykke.",
        "en": "The person must have given consent.",
    },
    "profile.consent.no": {
        "da": "Borgerens samtykke er ikke et krav.",
        "en": "The person's consent is not required.",
    },
    "profile.rule.helper": {"da": "§ 94-reglen", "en": "the § 94 rule"},
    "profile.rule.consent": {"da": "kravet om samtykke", "en": "the consent requirement"},
    "profile.acute_eligibility": {
        "da": "Akutte anmodninger er også omfattet af {rules}.",
        "en": "Acute requests are subject to {rules} too.",
    },
    "profile.acute_eligibility.no": {
        "da": "Akutte anmodninger er ikke omfattet af {rules}.",
        "en": "Acute requests are not subject to {rules}.",
    },
    "profile.acute_eligibility.none": {
        "da": "Hverken § 94-reglen eller kravet om samtykke gælder, heller ikke for akutte"
        " anmodninger.",
        "en": "Neither the § 94 rule nor the consent requirement applies, to acute requests"
        " either.",
    },
    "profile.case_deadline": {
        "da": "Sagsbehandlingsfrist: {weeks} fra modtagelsen.",
        "en": "Case-processing deadline: {weeks} from receipt.",
    },
    "profile.case_deadline.none": {
        "da": "Profilen fastsætter ingen sagsbehandlingsfrist.",
        "en": "The profile sets no case-processing deadline.",
    },
    "profile.payment": {
        "da": "Egenbetaling: {amount} pr. døgn.",
        "en": "Own payment: {amount} per night.",
    },
    "profile.payment.none": {
        "da": "Egenbetaling: fastsættes af byrådet hvert år; profilen nævner intet beløb.",
        "en": "Own payment: set by the council each year; no amount stated.",
    },
    # day-centre places and relief at home
    "profile.days.one": {"da": "{count} dag", "en": "{count} day"},
    "profile.days": {"da": "{count} dage", "en": "{count} days"},
    "profile.hours.one": {"da": "{count} time", "en": "{count} hour"},
    "profile.hours": {"da": "{count} timer", "en": "{count} hours"},
    "profile.day_centre": {
        "da": "Dagcenter: pladser på steder af typen {kinds}, højst {days} om ugen; er der ingen"
        " ledig plads, kommer ønsket på venteliste.",
        "en": "Day centre: places at centres of the kind {kinds}, at most {days} a week; where"
        " no seat is free, the wish goes on the waiting list.",
    },
    "profile.day_centre.any_days": {
        "da": "Dagcenter: pladser på steder af typen {kinds}, på op til alle ugens dage; er der"
        " ingen ledig plads, kommer ønsket på venteliste.",
        "en": "Day centre: places at centres of the kind {kinds}, on up to every day of the"
        " week; where no seat is free, the wish goes on the waiting list.",
    },
    "profile.day_centre.none": {
        "da": "Profilen tilbyder ikke dagcenterpladser.",
        "en": "The profile offers no day-centre places.",
    },
    "profile.relief.both": {
        "da": "Afløsning i hjemmet: højst {week} pr. uge eller {fortnight} pr. 14 dage, regnet"
        " fra bevillingens første dag; ubrugte timer bortfalder.",
        "en": "Relief at home: at most {week} per week or {fortnight} per 14 days, counted from"
        " the grant's first day; unused hours lapse.",
    },
    "profile.relief.week": {
        "da": "Afløsning i hjemmet: højst {week} pr. uge, regnet fra bevillingens første dag;"
        " ubrugte timer bortfalder.",
        "en": "Relief at home: at most {week} per week, counted from the grant's first day;"
        " unused hours lapse.",
    },
    "profile.relief.fortnight": {
        "da": "Afløsning i hjemmet: højst {fortnight} pr. 14 dage, regnet fra bevillingens første"
        " dag; ubrugte timer bortfalder.",
        "en": "Relief at home: at most {fortnight} per 14 days, counted from the grant's first"
        " day; unused hours lapse.",
    },
    "profile.relief.no_cap": {
        "da": "Afløsning i hjemmet: hver bevilling har sine egne timer; profilen sætter intet"
        " loft. Ubrugte timer bortfalder ved periodens slutning.",
        "en": "Relief at home: each grant carries its own hours; the profile sets no cap."
        " Unused hours lapse at the end of each period.",
    },
    "profile.relief.no_night": {
        "da": "Ingen afløsning i hjemmet om natten ({start}–{end}).",
        "en": "No relief at home at night ({start}–{end}).",
    },
    "profile.relief.any_hour": {
        "da": "Afløsning i hjemmet kan gives på alle tider af døgnet.",
        "en": "Relief at home may be given at any hour.",
    },
    "profile.relief.none": {
        "da": "Profilen tilbyder ikke afløsning i hjemmet.",
        "en": "The profile offers no relief at home.",
    },
    # the command line
    "profile.valid": {
        "da": "{file}: profilen er gyldig.",
        "en": "{file}: the profile is valid.",
    },
    "profile.invalid": {
        "da": "Profilen har fejl og kan ikke bruges:",
        "en": "The profile has errors and cannot be used:",
    },
    "profile.unknown": {
        "da": (
            'Der findes ingen regelprofil "{name}" (der findes: {known}).'
            ' Tjek en anden fil med "respite profile check FIL".'
        ),
        "en": (
            'There is no rule profile "{name}" (available: {known}).'
            ' Check another file with "respite profile check FILE".'
        ),
    },
}
