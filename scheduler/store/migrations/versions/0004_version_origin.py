"""A version's origin apart from the solver's status.

``plan_versions.solver_status`` held two things: the solver's status of a planning run
(``optimal``, ``feasible``, ``greedy``) and, for the other versions, the operation that made them
(``imported``, ``acute``, ``cancelled``, ``accepted``). The operation moves to a new column
``origin`` (``planned`` for a planning run) and ``solver_status`` becomes empty for those.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

OPERATIONS = ("imported", "acute", "cancelled", "accepted")
_versions = sa.table(
    "plan_versions",
    sa.column("origin", sa.String()),
    sa.column("solver_status", sa.String()),
)


def upgrade() -> None:
    with op.batch_alter_table("plan_versions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("origin", sa.String(length=16), nullable=False, server_default="planned")
        )
        batch_op.alter_column("solver_status", existing_type=sa.String(length=16), nullable=True)
    op.execute(
        _versions.update()
        .where(_versions.c.solver_status.in_(OPERATIONS))
        .values(origin=_versions.c.solver_status, solver_status=None)
    )


def downgrade() -> None:
    op.execute(
        _versions.update()
        .where(_versions.c.origin != "planned")
        .values(solver_status=_versions.c.origin)
    )
    with op.batch_alter_table("plan_versions", schema=None) as batch_op:
        batch_op.alter_column("solver_status", existing_type=sa.String(length=16), nullable=False)
        batch_op.drop_column("origin")
