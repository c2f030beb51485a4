"""Messages of daily operations: acute stays, cancellations, the waiting list, case deadlines
and the decision letters (whose quotes of the quality standards stay Danish in every language).
"""

MESSAGES = {
    "expect.amount": {
        "da": "et beløb på 0 eller mere (fx 150,00)",
        "en": "an amount of 0 or more (e.g. 150.00)",
    },
    "operations.nothing_published": {
        "da": "Der er endnu ingen offentliggjort plan. Offentliggør en med 'respite publish'.",
        "en": "No plan has been published yet. Publish one with 'respite publish'.",
    },
    "operations.unknown_request": {
        "da": "Ønsket {request} findes ikke.",
        "en": "There is no request {request}.",
    },
    "operations.unknown_person": {
        "da": "Borgeren {person} findes ikke.",
        "en": "There is no person {person}.",
    },
    "operations.already_cancelled": {
        "da": "Ønsket {request} er allerede aflyst.",
        "en": "Request {request} is already cancelled.",
    },
    "operations.stale": {
        "da": "Ændringen er ikke gemt: en anden sagsbehandler offentliggjorde planversion "
        "{published}, mens den blev lavet. Intet er ændret; prøv igen på den nye plan.",
        "en": "The change was not saved: another case worker published plan version "
        "{published} while it was being made. Nothing was changed; try again on the new plan.",
    },
    "operations.lost_race": {
        "da": "Ændringen er ikke gemt: andre sagsbehandlere offentliggjorde en ny plan hver af "
        "de {attempts} gange, den blev forsøgt (senest planversion {published}). Intet er "
        "ændret; prøv igen.",
        "en": "The change was not saved: other case workers published a new plan each of the "
        "{attempts} times it was tried (last plan version {published}). Nothing was changed; "
        "try again.",
    },
    "operations.retried": {
        "da": "En anden sagsbehandler offentliggjorde en ny plan samtidig; ændringen er lavet "
        "igen på den nye plan, som det står ovenfor.",
        "en": "Another case worker published a new plan at the same moment; the change was "
        "made again on that plan, as stated above.",
    },
    "operations.bad_length": {
        "da": "Et ophold skal vare mindst 1 døgn og fleksibiliteten være 0 dage eller mere "
        "(fik {nights} døgn, {flex} dage).",
        "en": "A stay lasts at least 1 night and the flexibility is 0 days or more "
        "(got {nights} nights, {flex} days).",
    },
    "operations.outside_horizon": {
        "da": "Startdagen {start} ligger uden for planperioden {first} – {end}.",
        "en": "The start {start} lies outside the planning horizon {first} – {end}.",
    },
    "operations.not_rejected": {
        "da": "Ønsket {request} er ikke afvist i den offentliggjorte plan og står ikke på "
        "ventelisten.",
        "en": "Request {request} is not rejected in the published plan and is not waiting.",
    },
    "operations.no_room": {
        "da": "Der er ikke længere plads til ønsket {request}. Se ventelisten med "
        "'respite offers'.",
        "en": "Request {request} no longer fits. See the waiting list with 'respite offers'.",
    },
    "operations.undecided": {
        "da": "Den offentliggjorte plan har ikke truffet afgørelse om ønsket {request}; der kan "
        "ikke skrives et brev endnu.",
        "en": "The published plan has not decided request {request}; no letter can be written yet.",
    },
    "operations.bad_letter_format": {
        "da": "Kan ikke skrive {path}: filtypen skal være en af {formats}.",
        "en": "Cannot write {path}: the file type must be one of {formats}.",
    },
    "acute.placed": {
        "da": "Akut ophold {request} bevilget: {centre} ({centre_id}), seng {bed}, "
        "{start} – {end} ({nights} døgn). Offentliggjort som planversion {version}.",
        "en": "Acute stay {request} granted: {centre} ({centre_id}), bed {bed}, "
        "{start} – {end} ({nights} nights). Published as plan version {version}.",
    },
    "acute.rejected": {
        "da": "Intet ophold passer til det akutte ønske {request}: {reason}. Ønsket er "
        "registreret som afvist i planversion {version}.",
        "en": "No stay fits the acute request {request}: {reason}. It is recorded as rejected "
        "in plan version {version}.",
    },
    "acute.waiting": {
        "da": "Ønsket står øverst på ventelisten ('respite offers'), når der bliver plads.",
        "en": "The request heads the waiting list ('respite offers') when room is freed.",
    },
    "acute.earliest": {
        "da": "Tidligste ophold, der passer uden at flytte noget: {centre} ({centre_id}), "
        "{start} – {end}.",
        "en": "Earliest stay that fits without moving anything: {centre} ({centre_id}), "
        "{start} – {end}.",
    },
    "acute.no_later": {
        "da": "Intet senere ophold i planperioden passer uden at flytte noget.",
        "en": "No later stay in the planning horizon fits without moving anything.",
    },
    "acute.sooner": {
        "da": "Ophold {start} – {end} på {centre} ({centre_id}) kræver, at disse ikke-låste "
        "bookinger flyttes:",
        "en": "A stay {start} – {end} at {centre} ({centre_id}) needs these unpinned bookings "
        "moved:",
    },
    "acute.move_line": {
        "da": "  ønske {request}: {start} – {end}, seng {bed}",
        "en": "  request {request}: {start} – {end}, bed {bed}",
    },
    "acute.no_sooner": {
        "da": "Ingen ikke-låste bookinger kan flyttes for at give plads tidligere (alle "
        "offentliggjorte ophold er lovet familierne).",
        "en": "No unpinned bookings could be moved to make room sooner (every published stay "
        "is promised to its family).",
    },
    "cancel.done": {
        "da": "Ønsket {request} er aflyst; opholdet {start} – {end} på {centre} er frigivet. "
        "Offentliggjort som planversion {version}. Se ventelisten med 'respite offers'.",
        "en": "Request {request} is cancelled; the stay {start} – {end} at {centre} is freed. "
        "Published as plan version {version}. See the waiting list with 'respite offers'.",
    },
    "cancel.rejected": {
        "da": "Ønsket {request} er aflyst og taget af ventelisten (planversion {version}).",
        "en": "Request {request} is cancelled and off the waiting list (plan version {version}).",
    },
    "cancel.undecided": {
        "da": "Ønsket {request} er aflyst; den offentliggjorte plan havde ikke afgjort det.",
        "en": "Request {request} is cancelled; the published plan had not decided it.",
    },
    "offers.none": {
        "da": "Ventelisten er tom: ingen afviste ønsker passer ind i planen nu.",
        "en": "The waiting list is empty: no rejected request fits into the plan now.",
    },
    "offers.header": {
        "da": "Venteliste ({count}), bedst placerede først:",
        "en": "Waiting list ({count}), best ranked first:",
    },
    "offers.line": {
        "da": "{rank:>4}. {request} ({tier}, prioritet {priority}, modtaget {received}): "
        "{centre} ({centre_id}), seng {bed}, {start} – {end} ({nights} døgn)",
        "en": "{rank:>4}. {request} ({tier}, priority {priority}, received {received}): "
        "{centre} ({centre_id}), bed {bed}, {start} – {end} ({nights} nights)",
    },
    "accept.done": {
        "da": "Ønsket {request} er bevilget: {centre} ({centre_id}), seng {bed}, "
        "{start} – {end}. Offentliggjort som planversion {version}.",
        "en": "Request {request} is granted: {centre} ({centre_id}), bed {bed}, "
        "{start} – {end}. Published as plan version {version}.",
    },
    "letter.written": {
        "da": "Brev om ønsket {request} skrevet til {path}",
        "en": "Letter on request {request} written to {path}",
    },
    "letters.written": {
        "da": "{count} breve skrevet til {path}",
        "en": "{count} letters written to {path}",
    },
    "overdue.none": {
        "da": "Ingen ønsker har overskredet sagsbehandlingsfristen.",
        "en": "No request is past its case-processing deadline.",
    },
    "overdue.header": {
        "da": "{count} ønsker er ikke afgjort inden for sagsbehandlingsfristen:",
        "en": "{count} requests are not decided within the case-processing deadline:",
    },
    "overdue.line": {
        "da": "  {request} ({kind}, borger {person}): modtaget {received}, frist {due}, "
        "{days} dage over",
        "en": "  {request} ({kind}, person {person}): received {received}, due {due}, "
        "{days} days over",
    },
    "kind.planned": {"da": "planlagt", "en": "planned"},
    "kind.acute": {"da": "akut", "en": "acute"},
    "letter.weekdays": {
        "da": "mandag,tirsdag,onsdag,torsdag,fredag,lørdag,søndag",
        "en": "Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday",
    },
    "letter.months": {
        "da": "januar,februar,marts,april,maj,juni,juli,august,september,oktober,november,december",
        "en": "January,February,March,April,May,June,July,August,September,October,November,"
        "December",
    },
    "letter.date": {
        "da": "{weekday} {day}. {month} {year}",
        "en": "{weekday} {day} {month} {year}",
    },
    "letter.kroner": {"da": "{amount} kr.", "en": "DKK {amount}"},
    "letter.file_title": {
        "da": "Afgørelse om aflastning, ønske {request}",
        "en": "Decision on respite, request {request}",
    },
    "letter.office": {"da": "Visitationen", "en": "The allocation office (Visitationen)"},
    "letter.title": {"da": "Afgørelse om aflastning", "en": "Decision on respite care"},
    "letter.title_acute": {
        "da": "Afgørelse om akutaflastning",
        "en": "Decision on acute respite care",
    },
    "letter.to": {"da": "Til {name}", "en": "To {name}"},
    "letter.about": {
        "da": "Vedrørende {name} (borger {person}). Ønske {request}, modtaget {received}.",
        "en": "Concerning {name} (person {person}). Request {request}, received {received}.",
    },
    "letter.concerns": {
        "da": "Afgørelsen vedrører {name} (borger {person}). Ønske {request}, modtaget {received}.",
        "en": "This decision concerns {name} (person {person}). Request {request}, received "
        "{received}.",
    },
    "letter.granted": {
        "da": "Vi har bevilget et aflastningsophold på {centre}:",
        "en": "We have granted a respite stay at {centre}:",
    },
    "letter.centre": {"da": "Aflastningssted", "en": "Centre"},
    "letter.arrival": {"da": "Ankomst", "en": "Arrival"},
    "letter.departure": {"da": "Afrejse", "en": "Departure"},
    "letter.nights": {"da": "Antal døgn", "en": "Nights"},
    "letter.payment": {"da": "Egenbetaling", "en": "Own payment"},
    "letter.payment_sum": {
        "da": "{nights} døgn × {rate} = {total}",
        "en": "{nights} nights × {rate} = {total}",
    },
    "letter.payment_council": {
        "da": "Der er egenbetaling for opholdet. Prisen fastsættes af kommunalbestyrelsen hvert "
        "år og står ikke i dette brev; {office} oplyser den.",
        "en": "There is an own payment for the stay. The municipal council sets its price each "
        "year, so it is not stated in this letter; {office} can tell you the price.",
    },
    "letter.payment_none": {"da": "Ingen", "en": "None"},
    "letter.payment_exempt": {
        "da": "Der opkræves ingen egenbetaling for dette ophold.",
        "en": "No own payment is charged for this stay.",
    },
    "letter.payment_exempt_rule": {
        "da": "Om undtagelse fra egenbetaling siger kvalitetsstandarden:",
        "en": "On who pays no own payment the quality standard says (in Danish):",
    },
    "letter.payment_rule": {
        "da": "Om egenbetaling siger kvalitetsstandarden:",
        "en": "On own payment the quality standard says (in Danish):",
    },
    "letter.acute_length": {
        "da": "Om akutaflastningens længde siger kvalitetsstandarden:",
        "en": "On the length of acute respite the quality standard says (in Danish):",
    },
    "letter.transport_title": {"da": "Transport", "en": "Transport"},
    "letter.rejected": {
        "da": "Vi har desværre ikke kunnet imødekomme ønsket om et ophold fra {start} til {end}.",
        "en": "We are sorry that we could not grant the wished stay from {start} to {end}.",
    },
    "letter.why": {"da": "Begrundelse", "en": "Reasons"},
    "letter.reason.self_appointed_helper": {
        "da": "Du er ansat af kommunen som selvudpeget hjælper for din pårørende (servicelovens "
        "§ 94). Aflastning for de samme opgaver ville kompensere det samme behov to gange.",
        "en": "You are employed by the municipality as your relative's self-appointed helper "
        "(§ 94 of the Social Services Act). Respite for the same tasks would compensate the "
        "same need twice.",
    },
    "letter.reason.self_appointed_helper.self": {
        "da": "Du har en selvudpeget hjælper, som kommunen har ansat (servicelovens § 94). "
        "Aflastning for de samme opgaver ville kompensere det samme behov to gange.",
        "en": "You have a self-appointed helper employed by the municipality (§ 94 of the "
        "Social Services Act). Respite for the same tasks would compensate the same need twice.",
    },
    "letter.reason.no_consent": {
        "da": "Din pårørende har ikke sagt ja til at tage imod et tilbud om aflastning.",
        "en": "Your relative has not agreed to accept an offer of respite care.",
    },
    "letter.reason.no_consent.self": {
        "da": "Du har ikke sagt ja til at tage imod et tilbud om aflastning.",
        "en": "You have not agreed to accept an offer of respite care.",
    },
    "letter.reason.no_suitable_centre": {
        "da": "Ingen af de aflastningssteder, kommunen bruger til aflastning, har det, din "
        "pårørende har brug for under opholdet.",
        "en": "None of the centres the municipality uses for respite has what your relative "
        "needs during the stay.",
    },
    "letter.reason.no_suitable_centre.self": {
        "da": "Ingen af de aflastningssteder, kommunen bruger, har det, du har brug for under "
        "opholdet.",
        "en": "None of the centres the municipality uses has what you need during the stay.",
    },
    "letter.reason.stay_limit": {
        "da": "Det ønskede ophold er længere end det, der højst kan bevilges pr. forløb.",
        "en": "The wished stay is longer than the most that can be granted per stay.",
    },
    "letter.reason.stay_limit.short": {
        "da": "Det ønskede ophold er kortere end det, der mindst skal bevilges pr. forløb.",
        "en": "The wished stay is shorter than the least that can be granted per stay.",
    },
    "letter.reason.outside_horizon": {
        "da": "Det ønskede ophold ligger uden for den periode, der planlægges for nu. Kontakt "
        "os, så vi kan aftale et tidspunkt.",
        "en": "The wished stay lies outside the period being planned now. Contact us to agree "
        "on a time.",
    },
    "letter.reason.arrival_day": {
        "da": "Et ophold kan ikke begynde på de ønskede dage.",
        "en": "A stay cannot begin on the wished days.",
    },
    "letter.reason.annual_limit": {
        "da": "Med de ophold, der allerede er bevilget i året, ville dette ophold overskride "
        "det antal døgn, din pårørende kan få pr. år.",
        "en": "With the stays already granted this year, this stay would exceed the nights "
        "your relative can have per year.",
    },
    "letter.reason.annual_limit.self": {
        "da": "Med de ophold, der allerede er bevilget i året, ville dette ophold overskride "
        "det antal døgn, du kan få pr. år.",
        "en": "With the stays already granted this year, this stay would exceed the nights "
        "you can have per year.",
    },
    "letter.reason.stays_limit": {
        "da": "Med de ophold, der allerede er bevilget i året, ville dette ophold overskride "
        "det antal ophold, din pårørende kan få pr. år.",
        "en": "With the stays already granted this year, this stay would exceed the number of "
        "stays your relative can have per year.",
    },
    "letter.reason.stays_limit.self": {
        "da": "Med de ophold, der allerede er bevilget i året, ville dette ophold overskride "
        "det antal ophold, du kan få pr. år.",
        "en": "With the stays already granted this year, this stay would exceed the number of "
        "stays you can have per year.",
    },
    "letter.reason.person_overlap": {
        "da": "Opholdet ville overlappe eller ligge lige op ad et andet ophold, din pårørende "
        "har fået bevilget; de to ville være ét forløb.",
        "en": "The stay would overlap or touch another stay granted to your relative; the two "
        "would be one stay.",
    },
    "letter.reason.person_overlap.self": {
        "da": "Opholdet ville overlappe eller ligge lige op ad et andet ophold, du har fået "
        "bevilget; de to ville være ét forløb.",
        "en": "The stay would overlap or touch another stay granted to you; the two would be "
        "one stay.",
    },
    "letter.reason.capacity": {
        "da": "Der er ingen ledig plads på et egnet aflastningssted i den ønskede periode. "
        "Ønsket står på venteliste, og vi kontakter dig, hvis der bliver en plads ledig.",
        "en": "No suitable centre has a free bed in the wished period. The request is on the "
        "waiting list, and we will contact you if a bed becomes free.",
    },
    "letter.rule_lead": {
        "da": "Reglen i kommunens kvalitetsstandard ({title}):",
        "en": "The rule in the municipality's quality standard ({title}), in Danish:",
    },
    "letter.no_rule": {
        "da": "Afgørelsen følger kommunens regler for aflastning.",
        "en": "The decision follows the municipality's rules for respite care.",
    },
    "letter.late_summer": {
        "da": "Ønsket kom efter fristen for sommerønsker, så ønsker, der kom rettidigt, er "
        "planlagt først:",
        "en": "The wish came after the deadline for summer wishes, so wishes that came in time "
        "were planned first:",
    },
    "letter.legal_basis": {
        "da": "Afgørelsen er truffet efter serviceloven:",
        "en": "The decision is made under the Social Services Act (in Danish):",
    },
    "letter.acute_handling": {
        "da": "Om behandlingen af akutte ønsker:",
        "en": "On how acute requests are handled (in Danish):",
    },
    "letter.case_deadline": {
        "da": "Om sagsbehandlingsfristen:",
        "en": "On the case-processing deadline (in Danish):",
    },
    "letter.complaint_title": {"da": "Klagevejledning", "en": "How to complain"},
    "letter.complaint": {
        "da": "Du kan klage over afgørelsen. Klagen skal være modtaget senest 4 uger efter, at "
        "du har modtaget denne afgørelse. Send klagen til {office}, skriftligt eller mundtligt. "
        "Vi vurderer så afgørelsen igen. Giver vi dig ikke helt ret, sender vi klagen videre "
        "til Ankestyrelsen, som træffer afgørelse i sagen.",
        "en": "You may complain about this decision. The complaint must reach us within 4 "
        "weeks of receiving this decision. Send it to {office}, in writing or orally. We will "
        "then reconsider the decision; if we do not agree with you fully, we forward the "
        "complaint to the National Social Appeals Board (Ankestyrelsen), which decides.",
    },
    "letter.complaint_lead": {
        "da": "Kvalitetsstandarden siger:",
        "en": "The quality standard says (in Danish):",
    },
    "letter.contact_title": {"da": "Kontakt", "en": "Contact"},
}
