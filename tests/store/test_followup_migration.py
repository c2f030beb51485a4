"""Migration 0006 (follow-up, handover note, letters) from revision 0005, and back, on both
engines; and the migrated schema is exactly the models' (nothing the models lack or add)."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect
from sqlalchemy.orm import Session

from scheduler.domain.model import Scenario
from scheduler.service.importing import import_scenario
from scheduler.store import scenario_repo
from scheduler.store.database import create_store_engine, downgrade, revisions, upgrade
from scheduler.store.models import Base, PersonRow, RequestRow


def test_upgrade_from_0005_keeps_persons_and_requests_and_back(
    store_url: str, valid: Scenario
) -> None:
    engine = create_store_engine(store_url)
    upgrade(engine)
    import_scenario(engine, valid, "t")
    downgrade(engine, "0005")  # the stored scenario as revision 0005 held it
    assert "letters" not in inspect(engine).get_table_names()
    upgrade(engine, "0006")
    assert revisions(engine)[0] == "0006"
    assert "letters" in inspect(engine).get_table_names()
    with Session(engine) as session:
        assert scenario_repo.load_scenario(session).requests == valid.requests
        person = session.query(PersonRow).first()
        assert person is not None
        assert (person.follow_up_on, person.follow_up_note, person.grant_ended) == (None, "", None)
        assert person.anonymised_at is None
        assert {r.handover_note for r in session.query(RequestRow)} == {""}
    downgrade(engine, "0005")
    assert "letters" not in inspect(engine).get_table_names()
    engine.dispose()


def test_the_migrated_schema_is_the_models(store_url: str) -> None:
    engine = create_store_engine(store_url)
    upgrade(engine)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []
