"""Day centres and relief at home in the app (AppTest): the week grid beside the beds on
Kalender and Belægning, bed views without day centres, the day-centre leader's page (their
own centre only), each person's three services on Borgere and Ønsker, the planner's
allocation and the relief calendar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from streamlit.testing.v1 import AppTest

from scheduler.service.services_view import services_view
from scheduler.service.services_weeks import centre_week, places_at
from scheduler.store.database import open_store
from tests.ui.helpers import charts, lanes, page, ran, texts
from tests.ui.services_store import services_store, services_url

__all__ = ["services_store", "services_url"]  # fixtures

DAY_CENTRES = {"D01": "Dagcenter Nord (fiktivt)", "D02": "Dagcenter Syd (fiktivt)"}


def as_leader(at: AppTest, centre: str) -> AppTest:
    """Switch the demo's role to the leader of day centre ``centre``."""
    role = at.radio(key="demo_role")
    ran(role.set_value(role.options[2]).run())
    return ran(at.selectbox(key="demo_day_centre").set_value(centre).run())


PERSON_OF_VALID = "P1"
WEEK_DAY = "2027-03-10"  # week 10 of 2027: every weekday open at both centres


def _grid(at: AppTest) -> list:
    return [
        frame.value
        for frame in at.main.dataframe
        if list(frame.value.iloc[:, 0]) == ["Pladser", "Optaget", "Ledige"]
    ]


def test_belaegning_shows_each_day_centre_week_beside_the_beds(
    app: Callable[[str], AppTest], services_url: str
) -> None:
    at = page(app(services_url), "occupancy")
    beds = at.selectbox(key="occupancy_centre").options
    assert not any(name in beds for name in DAY_CENTRES.values())  # no 0-bed day centre
    assert any("Testcenter" in name for name in beds)
    ran(at.date_input(key="day_week_queue").set_value(WEEK_DAY).run())
    grids = _grid(at)
    assert len(grids) == 2
    view = services_view(open_store(services_url))
    for grid, centre in zip(grids, ("D01", "D02"), strict=True):
        cells = centre_week(view, centre, 2027, 10)
        assert list(grid.columns)[1] == "Man 08.03"
        for column, cell in zip(list(grid.columns)[1:], cells, strict=False):
            assert list(grid[column]) == [str(cell.seats), str(cell.used), str(cell.free)]
    assert "Venteliste til dagcenter" in texts(at)
    assert any(next(iter(f.value.columns)) == "Nr. i kø" for f in at.main.dataframe)


def test_a_closed_day_is_marked_in_the_grid(
    app: Callable[[str], AppTest], services_url: str
) -> None:
    view = services_view(open_store(services_url))
    closure = next(c for c in view.services.day_closures if c.start.isoweekday() < 6)
    at = page(app(services_url), "occupancy")
    ran(at.date_input(key="day_week_queue").set_value(closure.start).run())
    shown = "\n".join(grid.to_csv() for grid in _grid(at))
    assert "Lukket" in shown
    assert "Lukket denne uge" in texts(at)


def test_kalender_draws_no_day_centre_lane_and_shows_the_week_grid_and_relief(
    app: Callable[[str], AppTest], services_url: str
) -> None:
    at = app(services_url)
    chosen = at.multiselect(key="calendar_centres")
    assert not set(DAY_CENTRES) & set(chosen.options)
    ran(chosen.set_value(list(chosen.options)).run())
    titles = " ".join(lanes(charts(at)[0]))
    assert "Testcenter Nord" in titles and "Dagcenter" not in titles
    assert len(_grid(at)) == 2
    ran(at.date_input(key="relief_week").set_value("2027-06-08").run())
    shown = texts(at)
    assert "Afløsning i hjemmet" in shown
    assert "08:00–11:00" in shown  # the demo's first visit, 8 June 2027


def test_the_day_centre_leader_sees_only_their_own_centre(
    app: Callable[[str], AppTest], services_url: str
) -> None:
    at = as_leader(app(services_url), "D02")
    assert at.title[0].value == "Dagcenter"
    ran(at.date_input(key="day_centre_week").set_value(WEEK_DAY).run())
    shown = texts(at)
    assert DAY_CENTRES["D02"] in shown
    assert DAY_CENTRES["D01"] not in shown
    assert "Testcenter" not in shown
    view = services_view(open_store(services_url), "D02")
    sunday = date(2027, 3, 14)
    comers = {person.name for person, place in places_at(view, "D02") if place.start <= sunday}
    later = {person.name for person, place in places_at(view, "D02") if place.start > sunday}
    assert later, "the demo has places at D02 that begin later"
    assert not any(f"{name} (" in shown for name in later)
    everyone = services_view(open_store(services_url))
    others = {
        everyone.scenario.person_by_id[d.person_id].name
        for d in everyone.plan.decisions
        if d.place is not None and d.place.centre_id == "D01"
    } - comers
    assert comers and all(name in shown for name in comers)
    assert not any(name in shown for name in others)
    assert len(_grid(at)) == 1


def _person_page(at: AppTest, person_id: str) -> AppTest:
    at = page(at, "persons")
    return ran(at.selectbox(key="persons_chosen").set_value(person_id).run())


def test_borgere_shows_a_persons_day_centre_place_beside_their_stays(
    app: Callable[[str], AppTest], services_url: str
) -> None:
    view = services_view(open_store(services_url))
    wish = next(w for w in view.services.day_wishes if w.person_id == "P0002")
    decision = view.plan.by_wish[wish.wish_id]
    at = _person_page(app(services_url), "P0002")
    shown = texts(at)
    assert "Dagcenter og afløsning" in shown
    if decision.place is not None:
        centre = view.scenario.centre_by_id[decision.place.centre_id].name
        assert "**Dagcenter:** Plads" in shown and centre in shown
    else:
        assert f"Venteliste nr. {decision.queue}" in shown or "Afvist" in shown
    assert f"Ønske {wish.wish_id} modtaget" in shown
    assert "Ingen bevilling af afløsning i hjemmet." in shown


def test_borgere_shows_a_persons_relief_grant_and_the_hours_used(
    app: Callable[[str], AppTest], services_url: str
) -> None:
    at = _person_page(app(services_url), "P0001")
    shown = texts(at)
    assert "**Afløsning i hjemmet:** G0002: 2 t pr. uge, 26.02.2027 – 22.04.2027" in shown
    assert "Intet ønske om dagcenterplads." in shown
    letters = [b for b in at.get("download_button") if b.proto.label.startswith("Afgørelse")]
    assert [b.proto.label for b in letters] == ["Afgørelse om afløsning i hjemmet"]


def test_a_persons_day_centre_place_is_ended_and_the_seat_offered(
    app: Callable[[str], AppTest], services_url: str
) -> None:
    view = services_view(open_store(services_url))
    place = view.plan.places[0]
    person = view.services.wish_by_id[place.wish_id].person_id
    at = _person_page(app(services_url), person)
    key = f"day_place_end_{place.wish_id}"
    at = ran(at.button(key=key).click().run())
    at = ran(at.button(key=f"{key}_cancel").click().run())
    assert place.wish_id in services_view(open_store(services_url)).services.wish_by_id
    at = ran(at.button(key=key).click().run())
    at = ran(at.button(key=f"{key}_confirm").click().run())
    message = at.success[0].value
    assert f"Dagcenterpladsen (ønsket {place.wish_id}) er afsluttet" in message
    after = services_view(open_store(services_url))
    assert place.wish_id not in after.services.wish_by_id
    offered = [
        p
        for p in after.plan.places
        if p.wish_id not in view.plan.by_wish or view.plan.by_wish[p.wish_id].place is None
    ]
    if offered:
        assert "De frigivne pladser er tilbudt:" in message
    else:
        assert "Ingen i køen kan bruge de frigivne pladser." in message


def test_oensker_lists_every_persons_services(
    app: Callable[[str], AppTest], services_url: str
) -> None:
    at = page(app(services_url), "requests")
    frame = next(
        f.value
        for f in at.main.dataframe
        if list(f.value.columns)[:2] == ["Borger", "Aflastningsophold"]
    )
    view = services_view(open_store(services_url))
    with_services = {w.person_id for w in view.services.day_wishes}
    with_services |= {g.person_id for g in view.services.relief_grants}
    assert len(frame) == len(with_services)
    row = frame[frame["Borger"].str.endswith("(P0001)")].iloc[0]
    assert row["Afløsning i hjemmet"] == "2 t pr. uge"
    assert row["Dagcenter"] == "–"


def test_the_planner_allocates_the_places_again(
    app: Callable[[str], AppTest], services_url: str
) -> None:
    at = page(app(services_url), "occupancy")
    assert "Fordeling nr. 1" in texts(at)
    ran(at.button(key="day_allocate_queue").click().run())
    shown = texts(at)
    assert "Fordelt: " in shown and "0 ændrede pladser" in shown
    assert "Fordeling nr. 2" in shown


def test_without_service_tables_the_pages_say_so(
    app: Callable[[str], AppTest], valid_url: str
) -> None:
    at = app(valid_url)
    assert "Der er ingen dagcentre i de indlæste data." in texts(at)
    at = page(at, "occupancy")
    assert "Der er ingen dagcentre i de indlæste data." in texts(at)
    shown = texts(_person_page(at, PERSON_OF_VALID))
    assert "Intet ønske om dagcenterplads." in shown
    assert "Ingen bevilling af afløsning i hjemmet." in shown
