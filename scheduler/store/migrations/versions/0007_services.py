"""Day-centre places and relief at home in the store.

The seven optional service tables of a scenario (day-centre seats per weekday, closed days,
wishes and current places; relief grants, visits and teams), the service rules in use
(``service_settings``, one row), and the day plan as its own versioned result: each allocation
is a run (``day_plan_runs``, the newest in force) with one decision per wish
(``day_plan_decisions``: a place, a waiting-list position, or a refusal). A stored scenario
gets none of them: it means what it meant before.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

ID = sa.String(length=64)


def _centre_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["centre_id"], ["centres.centre_id"], name=op.f(f"fk_{table}_centre_id_centres")
    )


def _index(table: str, column: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def upgrade() -> None:
    op.create_table(
        "service_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rules", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_settings")),
    )
    op.create_table(
        "day_centre_seats",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("centre_id", ID, nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("seats", sa.Integer(), nullable=False),
        _centre_fk("day_centre_seats"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_day_centre_seats")),
        sa.UniqueConstraint("centre_id", "weekday", name=op.f("uq_day_centre_seats_centre_id")),
    )
    op.create_table(
        "day_centre_closed",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("centre_id", ID, nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=False),
        _centre_fk("day_centre_closed"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_day_centre_closed")),
    )
    _index("day_centre_closed", "centre_id")
    op.create_table(
        "day_centre_wishes",
        sa.Column("wish_id", ID, nullable=False),
        sa.Column("person_id", ID, nullable=False),
        sa.Column("received", sa.Date(), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("days_per_week", sa.Integer(), nullable=False),
        sa.Column("weekdays", sa.String(length=16), nullable=False),
        sa.Column("preferred_centre", ID, nullable=True),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.person_id"],
            name=op.f("fk_day_centre_wishes_person_id_persons"),
        ),
        sa.PrimaryKeyConstraint("wish_id", name=op.f("pk_day_centre_wishes")),
    )
    _index("day_centre_wishes", "person_id")
    op.create_table(
        "day_centre_places",
        sa.Column("wish_id", ID, nullable=False),
        sa.Column("centre_id", ID, nullable=False),
        sa.Column("weekdays", sa.String(length=16), nullable=False),
        sa.Column("pinned", sa.Boolean(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        _centre_fk("day_centre_places"),
        sa.ForeignKeyConstraint(
            ["wish_id"],
            ["day_centre_wishes.wish_id"],
            name=op.f("fk_day_centre_places_wish_id_day_centre_wishes"),
        ),
        sa.PrimaryKeyConstraint("wish_id", name=op.f("pk_day_centre_places")),
    )
    op.create_table(
        "relief_teams",
        sa.Column("team_id", ID, nullable=False),
        sa.Column("minutes_per_week", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("team_id", name=op.f("pk_relief_teams")),
    )
    op.create_table(
        "relief_grants",
        sa.Column("grant_id", ID, nullable=False),
        sa.Column("person_id", ID, nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("period_days", sa.Integer(), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=True),
        sa.Column("team_id", ID, nullable=True),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.person_id"], name=op.f("fk_relief_grants_person_id_persons")
        ),
        sa.PrimaryKeyConstraint("grant_id", name=op.f("pk_relief_grants")),
    )
    _index("relief_grants", "person_id")
    op.create_table(
        "relief_visits",
        sa.Column("visit_id", ID, nullable=False),
        sa.Column("grant_id", ID, nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["grant_id"],
            ["relief_grants.grant_id"],
            name=op.f("fk_relief_visits_grant_id_relief_grants"),
        ),
        sa.PrimaryKeyConstraint("visit_id", name=op.f("pk_relief_visits")),
    )
    _index("relief_visits", "grant_id")
    op.create_table(
        "day_plan_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("made_by", sa.String(length=100), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("seconds", sa.Double(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_day_plan_runs")),
    )
    op.create_table(
        "day_plan_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("wish_id", ID, nullable=False),
        sa.Column("centre_id", ID, nullable=True),
        sa.Column("weekdays", sa.String(length=16), nullable=False),
        sa.Column("start", sa.Date(), nullable=True),
        sa.Column("reason", sa.String(length=32), nullable=True),
        sa.Column("queue", sa.Integer(), nullable=True),
        _centre_fk("day_plan_decisions"),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["day_plan_runs.id"],
            name=op.f("fk_day_plan_decisions_run_id_day_plan_runs"),
        ),
        sa.ForeignKeyConstraint(
            ["wish_id"],
            ["day_centre_wishes.wish_id"],
            name=op.f("fk_day_plan_decisions_wish_id_day_centre_wishes"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_day_plan_decisions")),
        sa.UniqueConstraint("run_id", "wish_id", name=op.f("uq_day_plan_decisions_run_id")),
    )
    _index("day_plan_decisions", "run_id")


def downgrade() -> None:
    for table, column in (
        ("day_plan_decisions", "run_id"),
        ("relief_visits", "grant_id"),
        ("relief_grants", "person_id"),
        ("day_centre_wishes", "person_id"),
        ("day_centre_closed", "centre_id"),
    ):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_{column}"))
    for table in (
        "day_plan_decisions",
        "day_plan_runs",
        "relief_visits",
        "relief_grants",
        "relief_teams",
        "day_centre_places",
        "day_centre_wishes",
        "day_centre_closed",
        "day_centre_seats",
        "service_settings",
    ):
        op.drop_table(table)
