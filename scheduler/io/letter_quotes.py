"""The sentences of the municipalities' quality standards that decision letters quote.

Each quote is copied word for word from the standard (line breaks joined by a space), so a
family reads the rule as the city council adopted it; a letter quotes only the standard of its
own municipality, and says nothing that only another municipality's standard says. A standard
is found by the name of the rule profile it belongs to (``data/profiles/<key>.toml``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType

from scheduler.domain.model import Reason, Rules
from scheduler.io.profiles import available_profiles, read_profile


@dataclass(frozen=True)
class Standard:
    """A municipality's quality standard as letters use it.

    ``quotes`` maps a topic to its sentence: one topic per rejection reason the standard has a
    rule for, and any of ``legal_basis``, ``acute_basis``, ``acute_length``, ``acute_handling``,
    ``case_deadline``, ``payment`` (that there is an own payment), ``payment_rate`` (how its
    price is set), ``payment_exempt`` (who pays none), ``transport``, ``summer``,
    ``complaint``; a topic the standard says nothing on is left out. ``source`` is the file of
    the shared seeds the quotes are copied from. ``acute_to_person`` is the standard's sentence
    saying that an acute decision goes to the person who has the stay (not to a carer), or
    ``None`` when the standard says no such thing. ``acute_topics`` are the topics whose
    sentences hold for acute stays too, where the standard writes its other rules for relief
    of the carer only; ``None``: every rule holds for acute stays.
    """

    municipality: str
    title: str
    office: str
    contact: tuple[str, ...]
    quotes: Mapping[str, str]
    source: str
    acute_to_person: str | None = None
    acute_topics: frozenset[str] | None = None

    def rule_for(self, reason: Reason) -> str | None:
        """The quoted rule behind a rejection reason, if the standard has one."""
        return self.quotes.get(reason.value)

    def for_acute(self) -> Standard:
        """The standard as an acute decision's letter quotes it: only its sentences that hold
        for acute stays."""
        if self.acute_topics is None:
            return self
        kept = {topic: q for topic, q in self.quotes.items() if topic in self.acute_topics}
        return replace(self, quotes=MappingProxyType(kept))


_HADERSLEV_TIMING = "Tidspunktet aftales med Visitationen med hensyntagen til behov og kapacitet."
_RANDERS_TIMING = (
    "Den nærmere tilrettelæggelse af, hvornår aflastningen kan finde sted vil ske i et samarbejde "
    "mellem din pårørende, aflastningsstedet og dig."
)

HADERSLEV = Standard(
    municipality="Haderslev Kommune",
    title="Aflastning og afløsning, Kvalitetsstandard 2024",
    office="Visitationen",
    contact=(
        "VISITATIONEN",
        "Rådhuset",
        "Christian X´s Vej 39",
        "6100 Haderslev",
        "Telefon: 74 34 27 57. Tryk 1.",
        "E-mail: Send sikkert til Visitationen med Digital Post",
    ),
    quotes=MappingProxyType(
        {
            Reason.SELF_APPOINTED_HELPER.value: "Det er ikke muligt at få hjælp i form af "
            "aflastning og afløsning, hvis du som borger har en selvudpeget hjælper.",
            Reason.NO_CONSENT.value: "Din pårørende er indforstået med at modtage et tilbud om "
            "afløsning og aflastning.",
            Reason.NO_SUITABLE_CENTRE.value: "Aflastning uden for egen bolig foregår på et "
            "plejecenter efter anvisning fra Visitationen. Der er ikke frit valg.",
            Reason.STAY_LIMIT.value: "Der kan søges op til 6 uger samlet pr. år. Dog højst 2 uger "
            "samlet set pr. forløb.",
            Reason.OUTSIDE_HORIZON.value: _HADERSLEV_TIMING,
            Reason.ARRIVAL_DAY.value: _HADERSLEV_TIMING,
            Reason.ANNUAL_LIMIT.value: "Der kan søges op til 6 uger samlet pr. år.",
            Reason.PERSON_OVERLAP.value: "Dog højst 2 uger samlet set pr. forløb.",
            Reason.CAPACITY.value: _HADERSLEV_TIMING,
            "summer": "Ved døgnophold i sommerperioden, kan der indgives ønsker om bestemt dato "
            "inden 15.marts for perioden 1. maj til 15. september.",
            "payment": "Der er egenbetaling for opholdet, og prisen fastsættes politisk hvert år.",
            "transport": "Du sørger selv for transport til din pårørende fra og til plejecentret.",
            "end_date": "Ved døgnophold aftales ved tildeling af opholdet en slutdato.",
            "complaint": "I folderen ”Godt at vide, hvis du har brug for hjælp” kan du læse, "
            "hvordan du søger om hjælp og andre praktiske forhold omkring hjælpen. Du kan også "
            "læse om, hvordan du klager over en afgørelse eller hjælpen.",
        }
    ),
    source="003_4c8dba1ec13d3edf.txt",
)

RANDERS = Standard(
    municipality="Randers Kommune",
    title="Kvalitetsstandard for aflastning for voksne",
    office="Myndighed Handicap/Myndighed Psykiatri",
    contact=("Randers Kommune", "Myndighed Handicap/Myndighed Psykiatri"),
    quotes=MappingProxyType(
        {
            Reason.SELF_APPOINTED_HELPER.value: "Hvis din pårørende modtager personlig og praktisk "
            "støtte og du er ansat af kommunen til at udføre disse opgaver (det vil sige, at du er "
            "selvudpeget hjælper efter servicelovens § 94), så kan der som udgangspunkt ikke ske "
            "afløsning og aflastning efter denne bestemmelse.",
            Reason.NO_CONSENT.value: "Din pårørende vil blive tilbudt en handleplan efter "
            "servicelovens § 141. Sagsbehandleren laver handleplanen i samarbejde med din "
            "pårørende.",
            Reason.NO_SUITABLE_CENTRE.value: "Døgnaflastning og akutaflastning leveres på et af "
            "socialområdets tilbud.",
            Reason.OUTSIDE_HORIZON.value: _RANDERS_TIMING,
            Reason.ARRIVAL_DAY.value: _RANDERS_TIMING,
            Reason.ANNUAL_LIMIT.value: "Døgnaflastning gives efter en konkret og individuel "
            "vurdering af din plejekrævende pårørendes behov, som en samlet mængde døgn, der skal "
            "dække et helt års aflastning.",
            Reason.PERSON_OVERLAP.value: _RANDERS_TIMING,
            Reason.CAPACITY.value: _RANDERS_TIMING,
            "legal_basis": "§ 84. Kommunalbestyrelsen skal tilbyde afløsning eller aflastning til "
            "ægtefælle, forældre eller andre nære pårørende, der passer en person med nedsat "
            "fysisk eller psykisk funktionsevne.",
            "acute_basis": "Stk. 2. Kommunen kan tilbyde midlertidigt ophold til personer, der i "
            "en periode har et særligt behov for omsorg og pleje.",
            "acute_length": "Udgangspunktet ved akutaflastning er, at du tilbydes 14 dage, men "
            "opholdets længde vil altid blive fastsat ud fra en konkret og individuel vurdering.",
            "acute_handling": "Henvendelser eller ansøgninger om akutaflastning vil blive "
            "behandlet hurtigst muligt.",
            "case_deadline": "Byrådet i Randers Kommune har fastsat en sagsbehandlingsfrist på 8 "
            "uger for ansøgninger om aflastning efter servicelovens § 84, stk. 1 (Aflastning for "
            "nære pårørende)",
            "payment": "Ved døgnaflastning uden for hjemmet vil der være en egenbetaling for din "
            "pårørende, i forhold til eksempelvis kost, tøjvask og lignende, medmindre din "
            "pårørende modtager borgerstyret personlig assistance eller merudgifter efter "
            "servicelovens § 100.",
            "payment_rate": "Egenbetaling fastsættes efter reglerne i bekendtgørelse for betaling "
            "af generelle tilbud og for tilbud om personlig og praktisk hjælp. Du kan høre mere "
            "herom hos din sagsbehandler i Myndighed Handicap/Myndighed Psykiatri.",
            "payment_exempt": "medmindre din pårørende modtager borgerstyret personlig assistance "
            "eller merudgifter efter servicelovens § 100.",
            "complaint": "Randers Kommune foretager en konkret vurdering ud fra sagens "
            "oplysninger og du vil modtage en afgørelse med klagevejledning efter § 84, stk.1.",
        }
    ),
    source="000_0adba0a8f991d15a.txt",
    # "Der sendes en afgørelse til dig som pårørende eller dig som modtager akutaflastning.":
    # akutaflastning (§ 84, stk. 2) is the person's own stay, and its decision goes to them
    acute_to_person="Der sendes en afgørelse til dig som pårørende eller dig som modtager "
    "akutaflastning.",
    # the rest of the standard (timing, yearly nights, § 94, payment for døgnaflastning,
    # complaint "efter § 84, stk.1") is written for relief of the carer under stk. 1
    acute_topics=frozenset(
        {Reason.NO_SUITABLE_CENTRE.value, "acute_basis", "acute_length", "acute_handling"}
    ),
)

STANDARDS: Mapping[str, Standard] = MappingProxyType({"haderslev": HADERSLEV, "randers": RANDERS})
"""The standards by the key of their rule profile."""


def standard_for(rules: Rules) -> Standard | None:
    """The standard of the shipped profile whose name the rules carry, if there is one."""
    for key in available_profiles():
        if key in STANDARDS and read_profile(key).get("name") == rules.name:
            return STANDARDS[key]
    return None
