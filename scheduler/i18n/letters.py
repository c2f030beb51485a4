"""Text of the letter record (issue 13, point 3): the letters on a change, a cancellation and an
offer from the waiting list, the list of letters not yet sent, and their download."""

MESSAGES = {
    "letters.unknown": {
        "da": "Der er intet brev med nummer {letter}.",
        "en": "There is no letter number {letter}.",
    },
    "letters.requests_or_unsent": {
        "da": "Angiv enten ønskernes numre eller --unsent (brevene, der ikke er sendt), ikke "
        "begge.",
        "en": "Give either the requests' ids or --unsent (the letters not sent yet), not both.",
    },
    "letters.unsent_written": {
        "da": "{count} breve, der ikke var sendt, skrevet til {path} og markeret som sendt",
        "en": "{count} letters not sent yet written to {path} and marked sent",
    },
    # the letters on a change, a cancellation and an offer (scheduler.io.letter_changes)
    "letter.change.title": {
        "da": "Afgørelse om ændring af aflastningsophold",
        "en": "Decision on a change of a respite stay",
    },
    "letter.change.lead": {
        "da": "Vi har ændret det aflastningsophold, der tidligere er bevilget.",
        "en": "We have changed the respite stay granted earlier.",
    },
    "letter.change.after": {"da": "Opholdet efter ændringen", "en": "The stay after the change"},
    "letter.change.before": {
        "da": "Opholdet, som det var bevilget før",
        "en": "The stay as it was granted before",
    },
    "letter.change.rest": {
        "da": "Resten af bevillingen er uændret. Det tidligere ophold gælder ikke længere.",
        "en": "The rest of the grant is unchanged. The earlier stay no longer holds.",
    },
    "letter.change.end_date": {
        "da": "Om opholdets slutdato siger kvalitetsstandarden:",
        "en": "On the stay's end date the quality standard says (in Danish):",
    },
    "letter.timing_lead": {
        "da": "Om hvornår et ophold finder sted siger kvalitetsstandarden:",
        "en": "On when a stay takes place the quality standard says (in Danish):",
    },
    "letter.duty_lead": {
        "da": "Husk, at du skal fortælle os om ændringer:",
        "en": "Please remember to tell us of changes (in Danish):",
    },
    "letter.cancel.title": {
        "da": "Bekræftelse af aflyst aflastningsophold",
        "en": "Confirmation of a cancelled respite stay",
    },
    "letter.cancel.lead": {
        "da": "Vi bekræfter, at dette aflastningsophold er aflyst:",
        "en": "We confirm that this respite stay has been cancelled:",
    },
    "letter.cancel.again": {
        "da": "Sengen er givet fri. Har du brug for et andet ophold, kan du søge igen hos "
        "{office}.",
        "en": "The bed has been freed. If you need another stay, you may apply again to {office}.",
    },
    "letter.offer.title": {
        "da": "Tilbud om aflastningsophold",
        "en": "Offer of a respite stay",
    },
    "letter.offer.lead": {
        "da": "Du ønskede aflastning fra {start} til {end}, og ønsket stod på ventelisten. Nu er "
        "der blevet en seng ledig, og vi kan tilbyde dette ophold:",
        "en": "You wished for respite from {start} to {end}, and the wish was on the waiting "
        "list. A bed has now become free, and we can offer this stay:",
    },
    "letter.offer.answer": {
        "da": "Opholdet er reserveret til dig. Giv {office} besked, hvis du ikke kan tage imod "
        "tilbuddet, så sengen kan gå videre til en anden.",
        "en": "The stay is kept for you. Please tell {office} if you cannot accept the offer, "
        "so that the bed can go to someone else.",
    },
    # Ønsker: the letters not sent yet (ui.screens.sections.unsent_letters)
    "ui.unsent.title": {"da": "Breve der ikke er sendt", "en": "Letters not sent yet"},
    "ui.unsent.none": {
        "da": "Alle breve er sendt. Nye breve kommer her, når en afgørelse træffes.",
        "en": "Every letter has been sent. New letters appear here when a decision is made.",
    },
    "ui.unsent.explain.one": {
        "da": "Ét brev venter på at blive sendt. Det er lavet ved en afgørelse. Hent det som en "
        "zip-fil med en PDF: det markeres som sendt, når du henter filen.",
        "en": "One letter is waiting to be sent. It was made at a decision. Download it as a "
        "zip holding a PDF: it is marked sent when you download the file.",
    },
    "ui.unsent.explain": {
        "da": "{count} breve venter på at blive sendt. Hvert brev er lavet ved en afgørelse "
        "(bevilling, afslag, ændring, aflysning, tilbud eller ophør). Hent dem samlet som en "
        "zip-fil med PDF'er: de markeres som sendt, når du henter filen.",
        "en": "{count} letters are waiting to be sent. Each was made at a decision (grant, "
        "rejection, change, cancellation, offer or ending). Download them together as a zip of "
        "PDFs: they are marked sent when you download the file.",
    },
    "ui.unsent.col.number": {"da": "Brev nr.", "en": "Letter no."},
    "ui.unsent.col.kind": {"da": "Brev", "en": "Letter"},
    "ui.unsent.col.person": {"da": "Borger", "en": "Person"},
    "ui.unsent.col.request": {"da": "Ønske", "en": "Request"},
    "ui.unsent.col.made": {"da": "Lavet", "en": "Made"},
    "ui.unsent.col.by": {"da": "Lavet af", "en": "Made by"},
    "ui.unsent.kind.grant": {"da": "Bevilling", "en": "Grant"},
    "ui.unsent.kind.rejection": {"da": "Afslag", "en": "Rejection"},
    "ui.unsent.kind.change": {"da": "Ændring", "en": "Change"},
    "ui.unsent.kind.cancellation": {"da": "Aflysning", "en": "Cancellation"},
    "ui.unsent.kind.offer": {"da": "Tilbud fra ventelisten", "en": "Offer from the waiting list"},
    "ui.unsent.kind.ending": {"da": "Ophør", "en": "Ending"},
    "ui.unsent.language": {"da": "Brevenes sprog", "en": "Language of the letters"},
    "ui.unsent.language.da": {"da": "Dansk", "en": "Danish"},
    "ui.unsent.language.en": {"da": "Engelsk", "en": "English"},
    "ui.unsent.make.one": {"da": "Lav zip-fil med brevet", "en": "Make a zip of the letter"},
    "ui.unsent.make": {
        "da": "Lav zip-fil med {count} breve",
        "en": "Make a zip of {count} letters",
    },
    "ui.letter_job.starting": {
        "da": "Går i gang med brevene … Du kan bruge siden imens.",
        "en": "Starting on the letters … You can use the page meanwhile.",
    },
    "ui.letter_job.making": {
        "da": "Laver brevene: {made} af {total}. Du kan bruge siden imens.",
        "en": "Making the letters: {made} of {total}. You can use the page meanwhile.",
    },
    "ui.letter_job.failed": {
        "da": "Brevene kunne ikke laves. Prøv igen.",
        "en": "The letters could not be made. Please try again.",
    },
    "ui.unsent.failed": {
        "da": "Brevene kunne ikke laves. Intet er markeret som sendt. Prøv igen.",
        "en": "The letters could not be made. Nothing is marked sent. Please try again.",
    },
    "ui.unsent.download.one": {"da": "Hent brevet (zip)", "en": "Download the letter (zip)"},
    "ui.unsent.download": {
        "da": "Hent {count} breve (zip)",
        "en": "Download {count} letters (zip)",
    },
    "ui.unsent.download_marks": {
        "da": "Brevene markeres som sendt af dig, når du henter filen.",
        "en": "The letters are marked sent by you when you download the file.",
    },
    "ui.unsent.zip_name": {"da": "breve-til-afsendelse.zip", "en": "letters-to-send.zip"},
    "ui.unsent.marked.one": {
        "da": "Brevet er markeret som sendt.",
        "en": "The letter is marked sent.",
    },
    "ui.unsent.marked": {
        "da": "{count} breve er markeret som sendt.",
        "en": "{count} letters are marked sent.",
    },
    "ui.unsent.already": {
        "da": "Brevene var allerede markeret som sendt af en anden.",
        "en": "The letters had already been marked sent by someone else.",
    },
    "ui.unsent.one": {"da": "Ét brev ad gangen", "en": "One letter at a time"},
    "ui.unsent.label": {
        "da": "Brev {number} · {kind} · {person}{request}",
        "en": "Letter {number} · {kind} · {person}{request}",
    },
    "ui.unsent.mark_one": {"da": "Markér som sendt", "en": "Mark as sent"},
}
