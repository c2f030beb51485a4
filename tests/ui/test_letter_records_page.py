"""The letters not sent yet on Ønsker: the list (kind, person, request, made when and by whom),
the zip of them all made in the background with a progress bar, one letter previewed and
marked sent, and the list empty when every letter is sent. The world is
``tests/store/casework_world.py``'s, published as version 2 (nine letters)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from scheduler.service.operations.letter_sending import mark_sent, unsent_letters
from scheduler.store.database import open_store
from tests.store.casework_world import published_world
from tests.ui.helpers import page, ran, texts
from ui.screens.sections.letter_jobs import LetterJob
from ui.screens.sections.unsent_letters import JOB_KEY

App = Callable[[str], AppTest]


@pytest.fixture
def world_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'world.db'}"
    published_world(open_store(url))
    return url


def _finished(at: AppTest) -> LetterJob:
    job: LetterJob = at.session_state[JOB_KEY][1]
    job.join(timeout=60)
    assert not job.running
    return job


def test_the_list_names_each_unsent_letter(app: App, world_url: str) -> None:
    at = page(app(world_url), "requests")
    assert "Breve der ikke er sendt" in [h.value for h in at.subheader]
    [table] = [frame.value for frame in at.dataframe if "Brev nr." in frame.value.columns]
    assert len(table) == 9
    assert set(table["Brev"]) == {"Bevilling", "Afslag"}
    assert "Borger Et (fiktiv) (P1)" in set(table["Borger"])
    assert set(table["Lavet af"]) == {"planner"}
    assert "9 breve venter på at blive sendt" in texts(at)


def test_the_zip_is_made_in_the_background_and_offered_for_download(
    app: App, world_url: str
) -> None:
    at = page(app(world_url), "requests")
    ran(at.button(key="unsent_make").click().run())
    job = _finished(at)
    assert job.error is None and job.outcome is not None
    data, ids = job.outcome
    assert len(ids) == 9 and data.startswith(b"PK")
    assert job.progress == (9, 9)
    ran(at.run())
    assert "markeres som sendt af dig, når du henter filen" in texts(at)
    assert len(unsent_letters(open_store(world_url))) == 9  # made, not yet downloaded


def test_one_letter_is_previewed_and_marked_sent(app: App, world_url: str) -> None:
    at = page(app(world_url), "requests")
    first = unsent_letters(open_store(world_url))[0]
    ran(at.selectbox(key="unsent_one").set_value(first.letter_id).run())
    ran(at.toggle(key="unsent_preview").set_value(True).run())
    ran(at.button(key="unsent_mark_one").click().run())
    assert "Brevet er markeret som sendt." in [s.value for s in at.success]
    left = unsent_letters(open_store(world_url))
    assert first.letter_id not in [u.letter_id for u in left] and len(left) == 8


def test_a_letter_sent_meanwhile_by_someone_else_is_not_marked_twice(
    app: App, world_url: str
) -> None:
    at = page(app(world_url), "requests")
    first = unsent_letters(open_store(world_url))[0]
    ran(at.selectbox(key="unsent_one").set_value(first.letter_id).run())
    mark_sent(open_store(world_url), [first.letter_id], "colleague")
    ran(at.button(key="unsent_mark_one").click().run())
    assert "Brevene var allerede markeret som sendt af en anden." in [i.value for i in at.info]


def test_when_every_letter_is_sent_the_list_says_so(app: App, world_url: str) -> None:
    engine = open_store(world_url)
    mark_sent(engine, [u.letter_id for u in unsent_letters(engine)], "clerk")
    at = page(app(world_url), "requests")
    assert "Alle breve er sendt." in texts(at)
    assert not [f for f in at.dataframe if "Brev nr." in f.value.columns]


def test_the_list_in_english(app: App, world_url: str) -> None:
    at = page(app(world_url), "requests")
    ran(at.sidebar.selectbox(key="lang").set_value("en").run())
    assert "Letters not sent yet" in [h.value for h in at.subheader]
    [table] = [frame.value for frame in at.dataframe if "Letter no." in frame.value.columns]
    assert set(table["Letter"]) == {"Grant", "Rejection"}
    assert "9 letters are waiting to be sent" in texts(at)
