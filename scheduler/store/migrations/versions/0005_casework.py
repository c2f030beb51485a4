"""Case work all year: what happened to each stay, and stays kept as exceptions.

``stay_records`` holds, per promised stay, the arrival, a no-show or an early departure with
the stay as it was planned; ``stay_exceptions`` the rules a stay is allowed to break after a
change to its person, with the case worker's reason. Both start empty: nothing recorded before
means every stay counts as planned.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stay_records",
        sa.Column("request_id", sa.String(length=64), nullable=False),
        sa.Column("centre_id", sa.String(length=64), nullable=False),
        sa.Column("planned_start", sa.Date(), nullable=False),
        sa.Column("planned_end", sa.Date(), nullable=False),
        sa.Column("arrived", sa.Date(), nullable=True),
        sa.Column("no_show", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("departed", sa.Date(), nullable=True),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["centre_id"],
            ["centres.centre_id"],
            name=op.f("fk_stay_records_centre_id_centres"),
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["requests.request_id"],
            name=op.f("fk_stay_records_request_id_requests"),
        ),
        sa.PrimaryKeyConstraint("request_id", name=op.f("pk_stay_records")),
    )
    op.create_table(
        "stay_exceptions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.String(length=64), nullable=False),
        sa.Column("rule", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["requests.request_id"],
            name=op.f("fk_stay_exceptions_request_id_requests"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stay_exceptions")),
        sa.UniqueConstraint("request_id", "rule", name=op.f("uq_stay_exceptions_request_id")),
    )
    with op.batch_alter_table("stay_exceptions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_stay_exceptions_request_id"), ["request_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("stay_exceptions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stay_exceptions_request_id"))
    op.drop_table("stay_exceptions")
    op.drop_table("stay_records")
