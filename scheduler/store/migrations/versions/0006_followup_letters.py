"""Follow-up of each case, the centre's handover note, and a record of every letter.

``persons`` gains the next follow-up date, the day of the last follow-up held and what was
decided at it, the date a handleplan is due, the day the grant ended, and when the person was
anonymised. ``requests`` gains the case worker's handover note to the centre. ``letters``
records each decision letter made (its kind, what it said, who made it) and when and by whom it
was sent. Stored persons and requests get empty values: no follow-up set or held, no note,
nothing ended or anonymised.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.add_column(sa.Column("follow_up_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("follow_up_held", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("follow_up_note", sa.String(length=2000), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("handleplan_due", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("grant_ended", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("anonymised_at", sa.DateTime(), nullable=True))
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("handover_note", sa.String(length=1000), nullable=False, server_default="")
        )
    op.create_table(
        "letters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.String(length=64), nullable=False),
        sa.Column("request_id", sa.String(length=64), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("version_number", sa.Integer(), nullable=True),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("made_by", sa.String(length=100), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("sent_by", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.person_id"], name=op.f("fk_letters_person_id_persons")
        ),
        sa.ForeignKeyConstraint(
            ["request_id"], ["requests.request_id"], name=op.f("fk_letters_request_id_requests")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letters")),
    )
    with op.batch_alter_table("letters", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_letters_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_letters_sent_at"), ["sent_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("letters", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_letters_sent_at"))
        batch_op.drop_index(batch_op.f("ix_letters_person_id"))
    op.drop_table("letters")
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.drop_column("handover_note")
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.drop_column("anonymised_at")
        batch_op.drop_column("grant_ended")
        batch_op.drop_column("handleplan_due")
        batch_op.drop_column("follow_up_note")
        batch_op.drop_column("follow_up_held")
        batch_op.drop_column("follow_up_on")
