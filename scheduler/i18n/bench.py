"""Messages of ``respite bench``: the benchmark table, its notes and progress lines."""

MESSAGES = {
    "bench.machine": {
        "da": "Maskine: {cpus} CPU'er ({model}), {memory} GiB RAM, Python {python}, "
        "OR-Tools {ortools}",
        "en": "Machine: {cpus} CPUs ({model}), {memory} GiB RAM, Python {python}, "
        "OR-Tools {ortools}",
    },
    "bench.settings": {
        "da": "Frø: {seeds}; tidsgrænse pr. kørsel: {limit} s. Tallene er medianer over frøene.",
        "en": "Seeds: {seeds}; time limit per run: {limit} s. Numbers are medians over the seeds.",
    },
    "bench.note": {
        "da": "Celler: familier / døgn. Gab = CP-SAT's beviste grænse minus værdien, summeret pr. "
        "gruppe (n/a: ingen grænse kendt).",
        "en": "Cells: families / nights. Gap = CP-SAT's proven bound minus the value, summed per "
        "tier (n/a: no bound known).",
    },
    "bench.note.partial": {
        "da": "* median over de frø, hvor grænsen kendes",
        "en": "* median over the seeds whose bound is known",
    },
    "bench.col.size": {"da": "Str.", "en": "Size"},
    "bench.col.method": {"da": "Metode", "en": "Method"},
    "bench.col.runs": {"da": "Kørsler", "en": "Runs"},
    "bench.col.acute": {"da": "Akut", "en": "Acute"},
    "bench.col.timely": {"da": "Rettidige", "en": "Timely"},
    "bench.col.late": {"da": "Sene", "en": "Late summer"},
    "bench.col.families": {"da": "Familier", "en": "Families"},
    "bench.col.more": {"da": "+fam. mod grådig", "en": "+fam. vs greedy"},
    "bench.col.gap": {"da": "Gab {tier}", "en": "Gap {tier}"},
    "bench.col.proven": {"da": "Bevist", "en": "Proven"},
    "bench.col.time": {"da": "Tid s", "en": "Time s"},
    "bench.col.memory": {"da": "Maks. MiB", "en": "Peak MiB"},
    "bench.method.greedy": {"da": "grådig", "en": "greedy"},
    "bench.method.cpsat": {"da": "CP-SAT", "en": "CP-SAT"},
    "bench.method.highs": {"da": "HiGHS (MIP)", "en": "HiGHS (MIP)"},
    "bench.run": {
        "da": "{size} frø {seed} {method}: {families} familier, {seconds} s, {memory} MiB",
        "en": "{size} seed {seed} {method}: {families} families, {seconds} s, {memory} MiB",
    },
    "bench.run.failed": {
        "da": "{size} frø {seed} {method}: fejlede: {error}",
        "en": "{size} seed {seed} {method}: failed: {error}",
    },
    "bench.written": {"da": "Skrevet: {paths}", "en": "Written: {paths}"},
    "bench.no_results": {
        "da": "Ingen resultater i {path}",
        "en": "No results in {path}",
    },
    "bench.bad_size": {
        "da": "Ukendt størrelse {size}; vælg blandt {sizes}",
        "en": "Unknown size {size}; choose from {sizes}",
    },
    "bench.targets": {"da": "Mål (issue 5 og 16):", "en": "Targets (issues 5 and 16):"},
    "bench.targets.why": {
        "da": "Hvorfor et mål ikke er nået: se bench/README.md.",
        "en": "Why a target is missed: see bench/README.md.",
    },
    "bench.target.met": {"da": "nået", "en": "met"},
    "bench.target.missed": {"da": "IKKE nået", "en": "MISSED"},
    "bench.target.s": {
        "da": "leksikografisk optimum bevist på højst 2 s",
        "en": "lexicographic optimum proven in at most 2 s",
    },
    "bench.target.m": {
        "da": "højst 1 % fra den beviste grænse for familier og døgn i hver gruppe ved 60 s",
        "en": "within 1 % of the proven bound on families and nights, every tier, at 60 s",
    },
    "bench.target.l_time": {
        "da": "gyldig, maksimal plan på højst 60 s",
        "en": "a valid, maximal plan in at most 60 s",
    },
    "bench.target.l_memory": {"da": "hukommelse under 2 GiB", "en": "peak memory below 2 GiB"},
    "bench.target.l_gap": {
        "da": "højst 3 % fra grænsen ved 300 s",
        "en": "within 3 % of the bound at 300 s",
    },
    "bench.measured.proven": {
        "da": "bevist i {proven} af {runs} kørsler, median {seconds:.1f} s",
        "en": "proven in {proven} of {runs} runs, median {seconds:.1f} s",
    },
    "bench.measured.gap": {
        "da": "største gab til grænsen {percent}",
        "en": "largest gap to the bound {percent}",
    },
    "bench.measured.time": {
        "da": "median {seconds:.1f} s med grænse {limit:.0f} s",
        "en": "median {seconds:.1f} s with a limit of {limit:.0f} s",
    },
    "bench.measured.memory": {"da": "højst {gib:.2f} GiB", "en": "at most {gib:.2f} GiB"},
    "bench.target.replan": {
        "da": "én ændring genplanlagt på højst 2 s (median), gyldig og aldrig ringere",
        "en": "one change re-planned in at most 2 s (median), valid and never worse",
    },
    "bench.measured.replan": {
        "da": "median {seconds:.2f} s (længst {longest:.2f} s), bevist {proven}/{changes}, "
        "ugyldige eller ringere {bad}",
        "en": "median {seconds:.2f} s (longest {longest:.2f} s), proven {proven}/{changes}, "
        "invalid or worse {bad}",
    },
    "bench.target.peer": {
        "da": "en åben model ved siden af (tidsindekseret MIP, HiGHS), planer gyldige",
        "en": "an open peer model beside it (time-indexed MIP, HiGHS), plans valid",
    },
    "bench.measured.peer": {
        "da": "bevist/kørsler og median pr. størrelse: {runs}; fejlede eller ugyldige {failed}",
        "en": "proven/runs and median per size: {runs}; failed or invalid {failed}",
    },
    "bench.replan.title": {
        "da": "Genplanlægning af én ændring (issue 16, punkt 4): tilfældige ændringer af en "
        "offentliggjort plan",
        "en": "Re-planning one change (issue 16, point 4): random changes to a published plan",
    },
    "bench.col.seed": {"da": "Frø", "en": "Seed"},
    "bench.col.changes": {"da": "Ændringer", "en": "Changes"},
    "bench.col.median": {"da": "Median s", "en": "Median s"},
    "bench.col.longest": {"da": "Længst s", "en": "Longest s"},
    "bench.col.valid": {"da": "Gyldige", "en": "Valid"},
    "bench.col.no_worse": {"da": "Ikke ringere", "en": "Never worse"},
    "bench.col.publish": {"da": "Plan s", "en": "Publish s"},
}
