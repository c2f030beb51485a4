"""Messages of the plan checker (``respite check``): one line per broken rule."""

MESSAGES: dict[str, dict[str, str]] = {
    "checker.none": {"da": "ingen", "en": "none"},
    "checker.weekday.1": {"da": "mandag", "en": "Monday"},
    "checker.weekday.2": {"da": "tirsdag", "en": "Tuesday"},
    "checker.weekday.3": {"da": "onsdag", "en": "Wednesday"},
    "checker.weekday.4": {"da": "torsdag", "en": "Thursday"},
    "checker.weekday.5": {"da": "fredag", "en": "Friday"},
    "checker.weekday.6": {"da": "lørdag", "en": "Saturday"},
    "checker.weekday.7": {"da": "søndag", "en": "Sunday"},
    "checker.missing_decision": {
        "da": "Anmodning {request} mangler i planen.",
        "en": "Request {request} has no row in the plan.",
    },
    "checker.duplicate_decision": {
        "da": "Anmodning {request} står {count} gange i planen; kun den første række er vurderet.",
        "en": "Request {request} appears {count} times in the plan; only the first row was judged.",
    },
    "checker.unknown_request": {
        "da": "Planen har en række for anmodning {request}, som ikke findes blandt anmodningerne.",
        "en": "The plan has a row for request {request}, which is not among the requests.",
    },
    "checker.person_mismatch": {
        "da": "Anmodning {request} hører til borger {expected}, men planen angiver borger {found}.",
        "en": "Request {request} belongs to person {expected}, but the plan names person {found}.",
    },
    "checker.unknown_centre": {
        "da": "Anmodning {request}: aflastningsstedet {centre} findes ikke.",
        "en": "Request {request}: there is no centre {centre}.",
    },
    "checker.bed_label": {
        "da": "Anmodning {request}: seng {bed} findes ikke på {centre}, som har senge 1–{beds}.",
        "en": "Request {request}: {centre} has no bed {bed}; its beds are 1–{beds}.",
    },
    "checker.bed_clash": {
        "da": "Anmodning {first} og {second} har begge seng {bed} på {centre} natten til {night}.",
        "en": "Requests {first} and {second} both have bed {bed} at {centre} on the night of "
        "{night}.",
    },
    "checker.capacity": {
        "da": "{centre} er overbooket nætterne {first} til {last}: op til {excess} ophold for "
        "mange i forhold til de åbne senge.",
        "en": "{centre} is overbooked on the nights {first} to {last}: up to {excess} stays more "
        "than its open beds.",
    },
    "checker.stay_limit": {
        "da": "Anmodning {request}: opholdet varer {nights} døgn, men højst {limit} døgn pr. "
        "forløb er tilladt.",
        "en": "Request {request}: the stay lasts {nights} nights, but at most {limit} nights per "
        "stay are allowed.",
    },
    "checker.stay_limit_min": {
        "da": "Anmodning {request}: opholdet varer {nights} døgn, men mindst {limit} døgn pr. "
        "forløb kræves.",
        "en": "Request {request}: the stay lasts {nights} nights, but at least {limit} nights per "
        "stay are required.",
    },
    "checker.length": {
        "da": "Anmodning {request}: opholdet varer {nights} døgn, men der er ønsket {wished} døgn.",
        "en": "Request {request}: the stay lasts {nights} nights, but {wished} nights were wished.",
    },
    "checker.flex": {
        "da": "Anmodning {request}: ankomst {start} ligger {shift} dage fra den ønskede {wished}; "
        "højst {flex} dage er tilladt.",
        "en": "Request {request}: arrival {start} is {shift} days from the wished {wished}; at "
        "most {flex} days are allowed.",
    },
    "checker.weekday": {
        "da": "Anmodning {request}: ankomst en {weekday}, som ikke er en tilladt ankomstdag.",
        "en": "Request {request}: arrival on a {weekday}, which is not an allowed arrival day.",
    },
    "checker.departure_weekday": {
        "da": "Anmodning {request}: afrejse en {weekday}, som ikke er en tilladt afrejsedag.",
        "en": "Request {request}: departure on a {weekday}, which is not an allowed departure day.",
    },
    "checker.horizon": {
        "da": "Anmodning {request}: opholdet {start} til {end} ligger ikke inden for planperioden "
        "{horizon_start} til {horizon_end}.",
        "en": "Request {request}: the stay {start} to {end} does not lie within the planning "
        "period {horizon_start} to {horizon_end}.",
    },
    "checker.annual_limit": {
        "da": "Borger {person} har {nights} døgn i året {period} (anmodning {requests}; heraf "
        "{used} brugt uden for planen), men højst {limit} døgn om året.",
        "en": "Person {person} has {nights} nights in the year {period} (requests {requests}; "
        "{used} of them used outside the plan), but at most {limit} nights a year.",
    },
    "checker.stays_limit": {
        "da": "Borger {person} har {stays} ophold i året {period} (anmodning {requests}; heraf "
        "{used} brugt uden for planen), men højst {limit} ophold om året.",
        "en": "Person {person} has {stays} stays in the year {period} (requests {requests}; "
        "{used} of them used outside the plan), but at most {limit} stays a year.",
    },
    "checker.person_overlap": {
        "da": "Anmodning {first} ({first_start} til {first_end}) og {second} ({second_start} til "
        "{second_end}) for samme borger overlapper eller støder op til hinanden; næste ankomst "
        "skal ligge efter afrejsedagen.",
        "en": "Requests {first} ({first_start} to {first_end}) and {second} ({second_start} to "
        "{second_end}) of the same person overlap or touch; the next arrival must come after the "
        "departure day.",
    },
    "checker.eligibility_helper": {
        "da": "Anmodning {request} er bevilget, selv om pårørende er selvudpeget hjælper "
        "(servicelovens § 94).",
        "en": "Request {request} is granted although the carer is a self-appointed helper (§ 94).",
    },
    "checker.eligibility_consent": {
        "da": "Anmodning {request} er bevilget, selv om borgeren ikke har givet samtykke.",
        "en": "Request {request} is granted although the person has not consented.",
    },
    "checker.suitability_kind": {
        "da": "Anmodning {request}: {centre} er af typen {kind}, som ikke bruges til denne "
        "slags ophold her.",
        "en": "Request {request}: {centre} is of the kind {kind}, which is not used for this "
        "kind of stay here.",
    },
    "checker.suitability_needs": {
        "da": "Anmodning {request}: {centre} mangler {missing}, som borgeren har brug for.",
        "en": "Request {request}: {centre} lacks {missing}, which the person needs.",
    },
    "checker.pinned_moved": {
        "da": "Anmodning {request}: den faste aftale ({centre}, {start} til {end}) er ikke holdt.",
        "en": "Request {request}: the pinned booking ({centre}, {start} to {end}) is not kept.",
    },
    "checker.pinned_rejected": {
        "da": "Anmodning {request} er afvist, men den faste aftale ({centre}, {start} til {end}) "
        "er lovet familien.",
        "en": "Request {request} is rejected, but its pinned booking ({centre}, {start} to {end}) "
        "was promised to the family.",
    },
    "checker.wrong_reason": {
        "da": "Anmodning {request} er afvist med begrundelsen »{stated}«, men den første "
        "gældende begrundelse er »{true}«.",
        "en": "Request {request} is rejected because “{stated}”, but the first reason that "
        "applies is “{true}”.",
    },
    "checker.not_maximal": {
        "da": "Anmodning {request} er afvist (»{stated}«), men kan bevilges som planen står: "
        "{centre}, {start} til {end}.",
        "en": "Request {request} is rejected (“{stated}”), but it fits into the plan as it is: "
        "{centre}, {start} to {end}.",
    },
}
