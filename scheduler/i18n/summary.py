"""Messages of the plan summary and the solve progress line."""

MESSAGES = {
    "summary.col.tier": {"da": "Gruppe", "en": "Tier"},
    "summary.col.requests": {"da": "Ønsker", "en": "Requests"},
    "summary.col.granted": {"da": "Bevilget", "en": "Granted"},
    "summary.col.rejected": {"da": "Afvist", "en": "Rejected"},
    "summary.col.families": {"da": "Familier", "en": "Families"},
    "summary.col.nights": {"da": "Døgn", "en": "Nights"},
    "summary.total": {"da": "I alt", "en": "Total"},
    "summary.reasons": {"da": "Afslag efter årsag:", "en": "Rejections by reason:"},
    "summary.status.optimal": {
        "da": "Løser: CP-SAT – planen er bevist optimal.",
        "en": "Solver: CP-SAT – the plan is proven optimal.",
    },
    "summary.status.unproven": {
        "da": "Løser: CP-SAT – tiden løb ud; planen er gyldig, men ikke bevist optimal. "
        "Bedste grænse:",
        "en": "Solver: CP-SAT – time ran out; the plan is valid but not proven optimal. "
        "Best bound:",
    },
    "summary.status.unproven_unknown": {
        "da": "Løser: CP-SAT – tiden løb ud; planen er gyldig, men ikke bevist optimal "
        "(grænsen kendes ikke for alle mål).",
        "en": "Solver: CP-SAT – time ran out; the plan is valid but not proven optimal "
        "(the bound is not known for every measure).",
    },
    "summary.status.greedy": {
        "da": "Løser: først-til-mølle (grådig) – ingen garanti for den bedste plan.",
        "en": "Solver: first come, first served (greedy) – no guarantee of the best plan.",
    },
    "summary.gap": {
        "da": "{entry}: {value} (højst muligt: {bound})",
        "en": "{entry}: {value} (at most possible: {bound})",
    },
    "summary.gap_min": {
        "da": "{entry}: {value} (mindst muligt: {bound})",
        "en": "{entry}: {value} (at least: {bound})",
    },
    "summary.time": {"da": "Tid: {seconds} s", "en": "Time: {seconds} s"},
    "summary.entry.persons": {"da": "familier", "en": "families"},
    "summary.entry.nights": {"da": "døgn", "en": "nights"},
    "summary.entry.priority": {
        "da": "{tier} (prioritet {priority}), {measure}",
        "en": "{tier} (priority {priority}), {measure}",
    },
    "summary.entry.shift": {
        "da": "dage ankomster er flyttet i alt",
        "en": "days arrivals are moved in all",
    },
    "summary.entry.preferred": {"da": "ophold på ønsket sted", "en": "stays at preferred centre"},
    "summary.entry.changes": {"da": "ændringer i tidligere plan", "en": "changes to previous plan"},
    "progress.line": {
        "da": "⏳ {seconds} s · del {part}/{parts} · {entry}: bedste {value}, grænse {bound}",
        "en": "⏳ {seconds} s · part {part}/{parts} · {entry}: best {value}, bound {bound}",
    },
    "cli.file_error": {
        "da": "{path}: {problem}; der er ikke skrevet noget.",
        "en": "{path}: {problem}; nothing was written.",
    },
    "solve.written": {"da": "Planen er skrevet til {path}", "en": "The plan was written to {path}"},
    "solve.invalid": {
        "da": "Inddata har fejl; der er ikke skrevet noget:",
        "en": "The input has errors; nothing was written:",
    },
    "check.ok": {
        "da": "Planen overholder alle regler ({requests} ønsker).",
        "en": "The plan keeps every rule ({requests} requests).",
    },
    "generate.written": {
        "da": "Scenarie {size} (frø {seed}) skrevet til {path}: {centres} steder, {beds} senge, "
        "{persons} borgere, {requests} ønsker.",
        "en": "Scenario {size} (seed {seed}) written to {path}: {centres} centres, {beds} beds, "
        "{persons} persons, {requests} requests.",
    },
}
