"""A rule profile in plain sentences, one per topic, for a case worker to hold against the
municipality's quality standard (``respite profile show`` and ``check``).

Every key of the profile is put into words, including what its absence means (FORMAT.md,
"Rule profile keys"): no yearly default, no limit, no summer rule, no amount stated.
"""

from __future__ import annotations

from collections.abc import Iterable

from scheduler.domain.model import ALL_WEEKDAYS, MonthDay, Rules
from scheduler.domain.relief import clock_text
from scheduler.domain.services import ServiceRules
from scheduler.i18n import t


def rules_sentences(rules: Rules, lang: str, services: ServiceRules | None = None) -> list[str]:
    """The rules as sentences in ``lang`` (``da`` or ``en``), the profile's name first; with
    ``services``, the day-centre and relief rules after them."""
    return [*_stay_sentences(rules, lang), *_service_sentences(services, lang)]


def _stay_sentences(rules: Rules, lang: str) -> list[str]:
    return [
        t("profile.name", lang, name=rules.name),
        _annual_nights(rules, lang),
        _stays_per_year(rules, lang),
        _stay_length(rules, lang),
        t("profile.arrival", lang, days=_weekdays(rules.arrival_weekdays, lang)),
        t("profile.departure", lang, days=_weekdays(rules.departure_weekdays, lang)),
        _summer(rules, lang),
        t("profile.centre_kinds", lang, kinds=_listed(rules.centre_kinds, "profile.or", lang)),
        _acute_centre_kinds(rules, lang),
        t("profile.acute_nights", lang, nights=_count("profile.nights", rules.acute_nights, lang)),
        t(
            "profile.acute_counts"
            if rules.acute_counts_toward_limits
            else "profile.acute_counts.no",
            lang,
        ),
        t("profile.helper" if rules.exclude_self_appointed_helper else "profile.helper.no", lang),
        t("profile.consent" if rules.require_consent else "profile.consent.no", lang),
        _acute_eligibility(rules, lang),
        _case_deadline(rules, lang),
        *_follow_up(rules, lang),
        _payment(rules, lang),
    ]


def _annual_nights(rules: Rules, lang: str) -> str:
    if rules.annual_nights is None:
        return t("profile.annual_nights.own", lang)
    nights = _count("profile.nights", rules.annual_nights, lang)
    return t("profile.annual_nights", lang, nights=nights)


def _stays_per_year(rules: Rules, lang: str) -> str:
    if rules.max_stays_per_year is None:
        return t("profile.stays_per_year.none", lang)
    stays = _count("profile.stays", rules.max_stays_per_year, lang)
    return t("profile.stays_per_year", lang, stays=stays)


def _stay_length(rules: Rules, lang: str) -> str:
    """Shortest and longest stay; a shortest of one night is no lower limit (FORMAT.md)."""
    shortest = rules.min_stay_nights if (rules.min_stay_nights or 1) > 1 else None
    longest = rules.max_stay_nights
    if shortest is not None and longest is not None:
        if shortest == longest:
            return t("profile.stay.exact", lang, nights=_count("profile.nights", longest, lang))
        return t("profile.stay.range", lang, shortest=shortest, longest=longest)
    if longest is not None:
        return t("profile.stay.max_only", lang, nights=_count("profile.nights", longest, lang))
    if shortest is not None:
        return t("profile.stay.min_only", lang, nights=_count("profile.nights", shortest, lang))
    return t("profile.stay.none", lang)


def _weekdays(days: frozenset[int], lang: str) -> str:
    """``mandag og torsdag``; all seven days are ``alle ugedage``."""
    if days >= ALL_WEEKDAYS:
        return t("profile.weekdays.all", lang)
    names = t("profile.weekdays", lang).split(",")
    return _listed([names[day - 1] for day in sorted(days)], "profile.or", lang)


def _summer(rules: Rules, lang: str) -> str:
    if rules.summer_deadline is None:
        return t("profile.summer.none", lang)
    return t(
        "profile.summer",
        lang,
        start=_day(rules.summer_start, lang),
        end=_day(rules.summer_end, lang),
        deadline=_day(rules.summer_deadline, lang),
    )


def _day(day: MonthDay, lang: str) -> str:
    """``15. marts`` (or ``15 March``)."""
    month = t("profile.months", lang).split(",")[day.month - 1]
    return t("profile.day_month", lang, day=day.day, month=month)


def _acute_centre_kinds(rules: Rules, lang: str) -> str:
    if rules.acute_centre_kinds is None:
        kinds = _listed(rules.centre_kinds, "profile.or", lang)
        return t("profile.acute_centre_kinds.same", lang, kinds=kinds)
    kinds = _listed(rules.acute_centre_kinds, "profile.or", lang)
    return t("profile.acute_centre_kinds", lang, kinds=kinds)


def _acute_eligibility(rules: Rules, lang: str) -> str:
    """Whether § 94 and consent, where they apply at all, apply to acute requests too."""
    applying = [
        t(key, lang)
        for key, applies in (
            ("profile.rule.helper", rules.exclude_self_appointed_helper),
            ("profile.rule.consent", rules.require_consent),
        )
        if applies
    ]
    if not applying:
        return t("profile.acute_eligibility.none", lang)
    if rules.acute_eligibility:
        return t("profile.acute_eligibility", lang, rules=_listed(applying, "profile.and", lang))
    return t("profile.acute_eligibility.no", lang, rules=_listed(applying, "profile.or", lang))


def _case_deadline(rules: Rules, lang: str) -> str:
    if rules.case_deadline_weeks is None:
        return t("profile.case_deadline.none", lang)
    weeks = _count("profile.weeks", rules.case_deadline_weeks, lang)
    return t("profile.case_deadline", lang, weeks=weeks)


def _follow_up(rules: Rules, lang: str) -> list[str]:
    """When a case is followed up by itself (``follow_up_weeks``, ``acute_follow_up_days``);
    absent keys: every date is set by hand."""
    if rules.follow_up_weeks is None:
        regular = t("followup.profile.weeks.none", lang)
    else:
        weeks = _count("profile.weeks", rules.follow_up_weeks, lang)
        regular = t("followup.profile.weeks", lang, weeks=weeks)
    if rules.acute_follow_up_days is None:
        return [regular, t("followup.profile.acute_days.none", lang)]
    days = _count("profile.days", rules.acute_follow_up_days, lang)
    return [regular, t("followup.profile.acute_days", lang, days=days)]


def _payment(rules: Rules, lang: str) -> str:
    if rules.self_payment_per_night is None:
        return t("profile.payment.none", lang)
    return t("profile.payment", lang, amount=_kroner(rules.self_payment_per_night, lang))


def _kroner(amount: float, lang: str) -> str:
    """``1.250 kr.``, ``175,50 kr.`` (or ``DKK 1,250``, ``DKK 175.50``): øre only when there
    are any."""
    text = f"{amount:,.0f}" if amount == round(amount) else f"{amount:,.2f}"
    if lang == "da":
        text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    return t("profile.kroner", lang, amount=text)


def _count(key: str, count: int, lang: str) -> str:
    """``14 døgn`` / ``14 nights``, ``1 night``."""
    return t(f"{key}.one" if count == 1 else key, lang, count=count)


def _listed(items: Iterable[str], joiner: str, lang: str) -> str:
    """``a, b og c`` (or ``a, b or c``)."""
    words = list(items)
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {t(joiner, lang)} {words[-1]}"


def _service_sentences(services: ServiceRules | None, lang: str) -> list[str]:
    """Day-centre places and relief at home, each offered or not (absent keys: not)."""
    if services is None:
        return []
    return [_day_centres(services, lang), *_relief(services, lang)]


def _day_centres(services: ServiceRules, lang: str) -> str:
    if services.day_centre_kinds is None:
        return t("profile.day_centre.none", lang)
    kinds = _listed(services.day_centre_kinds, "profile.or", lang)
    most = services.day_centre_days_per_week
    if most is None:
        return t("profile.day_centre.any_days", lang, kinds=kinds)
    return t("profile.day_centre", lang, kinds=kinds, days=_count("profile.days", most, lang))


def _relief(services: ServiceRules, lang: str) -> list[str]:
    if not services.offers_relief:
        return [t("profile.relief.none", lang)]
    week, fortnight = services.relief_hours_per_week, services.relief_hours_per_fortnight
    if week is not None and fortnight is not None:
        hours = t(
            "profile.relief.both", lang, week=_hours(week, lang), fortnight=_hours(fortnight, lang)
        )
    elif week is not None:
        hours = t("profile.relief.week", lang, week=_hours(week, lang))
    elif fortnight is not None:
        hours = t("profile.relief.fortnight", lang, fortnight=_hours(fortnight, lang))
    else:
        hours = t("profile.relief.no_cap", lang)
    night_from, night_to = services.relief_no_night_from, services.relief_no_night_to
    if night_from is None or night_to is None:
        night = t("profile.relief.any_hour", lang)
    else:
        night = t(
            "profile.relief.no_night", lang, start=clock_text(night_from), end=clock_text(night_to)
        )
    return [hours, night]


def _hours(hours: float, lang: str) -> str:
    """``3 timer``, ``1 time``, ``2,5 timer`` (or ``3 hours``, ``1 hour``, ``2.5 hours``)."""
    number = f"{hours:g}"
    if lang == "da":
        number = number.replace(".", ",")
    return t("profile.hours.one" if hours == 1 else "profile.hours", lang, count=number)
