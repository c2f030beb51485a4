"""Words shared by several areas: tiers, statuses and rejection reasons."""

MESSAGES = {
    "tier.acute": {"da": "Akut", "en": "Acute"},
    "tier.timely": {"da": "Rettidige", "en": "Timely"},
    "tier.late": {"da": "Sene sommerønsker", "en": "Late summer wishes"},
    "status.granted": {"da": "Bevilget", "en": "Granted"},
    "status.rejected": {"da": "Afvist", "en": "Rejected"},
    "reason.self_appointed_helper": {
        "da": "pårørende er selvudpeget hjælper (servicelovens § 94)",
        "en": "the carer is a self-appointed helper (§ 94)",
    },
    "reason.no_consent": {
        "da": "borgeren har ikke givet samtykke",
        "en": "the person has not consented",
    },
    "reason.no_suitable_centre": {
        "da": "intet egnet aflastningssted har det, borgeren har brug for",
        "en": "no suitable centre has what the person needs",
    },
    "reason.stay_limit": {
        "da": "opholdets længde ligger uden for det tilladte pr. forløb",
        "en": "the stay's length is outside what is allowed per stay",
    },
    "reason.outside_horizon": {
        "da": "opholdet ligger uden for planperioden",
        "en": "the stay lies outside the planning horizon",
    },
    "reason.arrival_day": {
        "da": "ingen mulig ankomst og afrejse på tilladte ugedage",
        "en": "no possible arrival and departure on allowed weekdays",
    },
    "reason.annual_limit": {
        "da": "borgerens årlige antal døgn er brugt op",
        "en": "the person's yearly nights are used up",
    },
    "reason.stays_limit": {
        "da": "borgerens årlige antal ophold er brugt op",
        "en": "the person's yearly stays are used up",
    },
    "reason.person_overlap": {
        "da": "overlapper eller støder op til et andet ophold for samme borger",
        "en": "overlaps or touches another stay of the same person",
    },
    "reason.capacity": {
        "da": "ingen ledig plads i perioden",
        "en": "no free bed in the period",
    },
}
