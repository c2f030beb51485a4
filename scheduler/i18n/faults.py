"""Messages for input faults (``scheduler.domain.faults.Fault``) and how they are located.

A message says what is wrong with the cell; ``scheduler.io.fault_text`` puts the file, row and
column in front. Every message may use ``{value}`` (the cell's text) and ``{column}``, plus the
fault's own params. ``expect.*`` keys describe what a rule value should be; they fill the
``{expected}`` placeholder of ``rules.bad_value``.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # where a fault is
    "fault.row": {"da": "række {row}", "en": "row {row}"},
    "fault.column": {"da": "kolonne {column}", "en": "column {column}"},
    "fault.key": {"da": "nøgle {column}", "en": "key {column}"},
    # files, sheets and uploads
    "file.unreadable": {"da": "filen kan ikke læses", "en": "the file cannot be read"},
    "file.missing": {"da": "filen mangler", "en": "the file is missing"},
    "file.empty": {
        "da": "filen er tom; første række skal have kolonnernes navne",
        "en": "the file is empty; the first row must hold the column names",
    },
    "sheet.missing": {
        "da": "arket mangler i projektmappen",
        "en": "the sheet is missing from the workbook",
    },
    "file.too_large": {
        "da": "filen er for stor; respite læser højst {most} MB pr. fil (udpakket)",
        "en": "the file is too large; respite reads at most {most} MB per file (unpacked)",
    },
    "file.encrypted": {
        "da": "filen er krypteret (beskyttet med adgangskode); lav zip-filen igen uden adgangskode",
        "en": "the file is encrypted (protected by a password); make the zip file again without"
        " a password",
    },
    "table.too_many_rows": {
        "da": "tabellen har {count} rækker; respite kan højst håndtere {most} (inden for 2 GiB"
        " hukommelse); del scenariet op",
        "en": "the table has {count} rows; respite handles at most {most} (within 2 GiB of"
        " memory); split the scenario",
    },
    "csv.unclosed_quote": {
        "da": 'et anførselstegn (") åbner cellen i linje {line} og lukkes aldrig, så resten af'
        ' filen ville blive én celle; tilføj det manglende " eller fjern det',
        "en": 'a quote (") opens the cell in line {line} and never closes, so the rest of the'
        ' file would become one cell; add the missing " or remove it',
    },
    "sheet.ambiguous": {
        "da": 'projektmappen har flere ark, der alle læses som "{value}": {sheets}; behold ét af'
        " dem",
        "en": 'the workbook has several sheets that all read as "{value}": {sheets}; keep one of'
        " them",
    },
    "cell.formula_without_value": {
        "da": "cellen har formlen {formula}, men intet gemt resultat; åbn og gem projektmappen i"
        " Excel, eller skriv værdien ind",
        "en": "the cell holds the formula {formula} but no stored result; open and save the"
        " workbook in Excel, or type the value in",
    },
    "toml.invalid": {
        "da": "filen er ikke gyldig TOML (fejl i linje {line})",
        "en": "the file is not valid TOML (error in line {line})",
    },
    "upload.unsupported": {
        "da": "kun en Excel-projektmappe (.xlsx) eller en zip-fil med CSV-filerne kan læses",
        "en": "only an Excel workbook (.xlsx) or a zip file of the CSV files can be read",
    },
    "upload.several_scenarios": {
        "da": "zip-filen indeholder flere scenarier (flere scenario.toml); send ét ad gangen",
        "en": "the zip file holds several scenarios (several scenario.toml); send one at a time",
    },
    # columns
    "column.missing": {"da": "kolonnen mangler", "en": "the column is missing"},
    "column.unknown": {
        "da": "ukendt kolonne; ret navnet eller fjern kolonnen",
        "en": "unknown column; correct its name or remove it",
    },
    "column.duplicate": {
        "da": "kolonnen står mere end én gang",
        "en": "the column appears more than once",
    },
    # cells
    "value.missing": {
        "da": "cellen er tom, men skal udfyldes",
        "en": "the cell is empty but must be filled in",
    },
    "value.extra_cell": {
        "da": '"{value}" står uden for tabellens kolonner',
        "en": '"{value}" lies outside the table\'s columns',
    },
    "value.bad_int": {
        "da": '"{value}" er ikke et helt tal',
        "en": '"{value}" is not a whole number',
    },
    "value.negative": {
        "da": '"{value}" er negativt; tallet skal være 0 eller mere',
        "en": '"{value}" is negative; the number must be 0 or more',
    },
    "value.too_long": {
        "da": "teksten har {length} tegn; den må højst have {most}",
        "en": "the text has {length} characters; it may have at most {most}",
    },
    "value.too_large": {
        "da": '"{value}" er for stort; højst {most}',
        "en": '"{value}" is too large; at most {most}',
    },
    "value.date_out_of_range": {
        "da": '"{value}" ligger uden for {first} – {last}',
        "en": '"{value}" lies outside {first} – {last}',
    },
    "value.period_too_long": {
        "da": "perioden er {nights} døgn lang; højst {most}",
        "en": "the period is {nights} nights long; at most {most}",
    },
    "value.control_character": {
        "da": 'teksten "{value}" indeholder et styretegn ({char}), som ikke kan gemmes; fjern det',
        "en": 'the text "{value}" holds a control character ({char}) that cannot be stored;'
        " remove it",
    },
    "value.invisible_character": {
        "da": 'id\'et "{value}" indeholder et usynligt tegn ({char}), så det ligner et andet id;'
        " skriv id'et igen uden det",
        "en": 'the id "{value}" holds an invisible character ({char}), so it looks like another'
        " id; type the id again without it",
    },
    "person.cpr_number": {
        "da": "id'et ligner et CPR-nummer; brug borgerens sagsnummer i stedet (CPR-numre må ikke"
        " stå i planer, kalendere, eksporter eller log)",
        "en": "the id looks like a CPR number; use the person's case number instead (CPR numbers"
        " must not appear in plans, calendars, exports or logs)",
    },
    "value.bad_date": {
        "da": '"{value}" er ikke en dato (ÅÅÅÅ-MM-DD)',
        "en": '"{value}" is not a date (YYYY-MM-DD)',
    },
    "value.bad_bool": {
        "da": '"{value}" er hverken ja eller nej (true/false, yes/no, ja/nej, 1/0)',
        "en": '"{value}" is neither yes nor no (true/false, yes/no, ja/nej, 1/0)',
    },
    "value.bad_kind": {
        "da": '"{value}" er hverken planned eller acute',
        "en": '"{value}" is neither planned nor acute',
    },
    "value.duplicate_id": {
        "da": '"{value}" står allerede i række {first_row}',
        "en": '"{value}" already appears in row {first_row}',
    },
    "value.end_not_after_start": {
        "da": 'slutdatoen "{value}" skal ligge efter startdatoen {start}',
        "en": 'the end "{value}" must be after the start {start}',
    },
    "ref.unknown": {
        "da": '"{value}" findes ikke i {target}',
        "en": '"{value}" does not exist in {target}',
    },
    "request.missing_end": {
        "da": "en planlagt anmodning skal have en slutdato (kun en akut må være uden)",
        "en": "a planned request needs an end date (only an acute one may go without)",
    },
    "booking.bad_bed": {
        "da": 'plads "{value}" findes ikke på {centre}, som har {beds} aflastningspladser',
        "en": 'bed "{value}" does not exist at {centre}, which has {beds} respite beds',
    },
    "booking.pinned_breaks_rule": {
        "da": "den fastlåste booking bryder en regel: {violation}",
        "en": "the pinned booking breaks a rule: {violation}",
    },
    "person.no_annual_limit": {
        "da": (
            "borgeren har intet årligt antal døgn, og profilen {profile} giver ingen standard;"
            " udfyld annual_nights"
        ),
        "en": (
            "the person has no yearly number of nights and the profile {profile} gives no"
            " default; fill in annual_nights"
        ),
    },
    # scenario settings
    "scenario.missing_key": {"da": "indstillingen mangler", "en": "the setting is missing"},
    "scenario.unknown_key": {
        "da": "ukendt indstilling; kendte er profile, horizon_start, horizon_end og rules.<regel>",
        "en": "unknown setting; known ones are profile, horizon_start, horizon_end and"
        " rules.<rule>",
    },
    "scenario.duplicate_key": {
        "da": "indstillingen står allerede i række {first_row}",
        "en": "the setting already appears in row {first_row}",
    },
    "scenario.unknown_profile": {
        "da": 'der findes ingen regelprofil "{value}" (der findes: {known})',
        "en": 'there is no rule profile "{value}" (available: {known})',
    },
    "scenario.horizon_too_long": {
        "da": "planperioden er {days} dage; den må højst være {most} dage (omkring 3 år)",
        "en": "the planning horizon is {days} days; it may be at most {most} days (about 3 years)",
    },
    "scenario.too_many_choices": {
        "da": "ønskerne giver omkring {count} mulige ophold (ønske × egnet sted × ankomstdag);"
        " respite kan højst håndtere {most} inden for 2 GiB hukommelse; del scenariet op",
        "en": "the requests offer about {count} candidate stays (request × suitable centre ×"
        " arrival day); respite handles at most {most} within 2 GiB of memory; split the"
        " scenario",
    },
    "scenario.rules_not_table": {
        "da": "[rules] skal være en tabel af regler",
        "en": "[rules] must be a table of rules",
    },
    # rule profiles and overrides
    "rules.unknown_key": {"da": "ukendt regel", "en": "unknown rule"},
    "rules.bad_value": {
        "da": '"{value}" er ikke {expected}',
        "en": '"{value}" is not {expected}',
    },
    "rules.min_above_max": {
        "da": "korteste ophold er længere end længste ophold (max_stay_nights = {longest})",
        "en": "the shortest stay is longer than the longest stay (max_stay_nights = {longest})",
    },
    "rules.missing_key": {
        "da": "reglen mangler i profilen",
        "en": "the rule is missing from the profile",
    },
    "expect.text": {"da": "en tekst", "en": "a text"},
    "expect.non_negative_int": {
        "da": "et helt tal på 0 eller mere",
        "en": "a whole number of 0 or more",
    },
    "expect.positive_int": {
        "da": "et helt tal på 1 eller mere",
        "en": "a whole number of 1 or more",
    },
    "expect.month_day": {"da": "en dag skrevet MM-DD", "en": "a day written MM-DD"},
    "expect.text_list": {"da": "en liste af tekster", "en": "a list of texts"},
    "expect.bool": {"da": "ja eller nej (true/false)", "en": "yes or no (true/false)"},
    "expect.weekdays": {
        "da": "en liste af ugedage 1–7 (1 = mandag)",
        "en": "a list of weekdays 1–7 (1 = Monday)",
    },
    # plan.csv
    "plan.bad_status": {
        "da": '"{value}" er hverken granted eller rejected',
        "en": '"{value}" is neither granted nor rejected',
    },
    "plan.bad_reason": {
        "da": '"{value}" er ikke en kendt afvisningsgrund',
        "en": '"{value}" is not a known reason for rejection',
    },
    "plan.reason_on_granted": {
        "da": "en bevilget anmodning må ikke have en afvisningsgrund",
        "en": "a granted request must not have a reason for rejection",
    },
    "plan.bad_nights": {
        "da": '"{value}" passer ikke med start og slut',
        "en": '"{value}" does not match start and end',
    },
    "plan.nights_on_rejected": {
        "da": "en afvist anmodning må ikke have et antal døgn",
        "en": "a rejected request must not have a number of nights",
    },
}
