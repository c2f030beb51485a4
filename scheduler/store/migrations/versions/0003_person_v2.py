"""Format version 2 for persons and rules.

Four person columns: ``used_stays``, ``grant_start``, ``carer_name`` and ``payment_exempt``.
Stored persons get version 1's meaning (0, none, "", false).

The stored rules lose ``self_payment_year``, a key version 2 no longer has. The shipped profiles
used to carry a placeholder rate (150.00 kr. a night, year 2027) that no council ever set. A
stored rate equal to that placeholder is removed too, so that letters state no amount until the
real rate is imported. Any other rate stays.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_OLD_PLACEHOLDER = (150.0, 2027)
"""The rate and year the shipped profiles held before version 2 as a placeholder."""
_settings = sa.table("settings", sa.column("id", sa.Integer()), sa.column("rules", sa.JSON()))


def upgrade() -> None:
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("used_stays", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(sa.Column("grant_start", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("carer_name", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("payment_exempt", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    connection = op.get_bind()
    for row_id, rules in connection.execute(sa.select(_settings.c.id, _settings.c.rules)).all():
        updated = _version_2_rules(rules)
        if updated != rules:
            connection.execute(
                _settings.update().where(_settings.c.id == row_id).values(rules=updated)
            )


def _version_2_rules(rules: dict[str, Any]) -> dict[str, Any]:
    """The stored rules without ``self_payment_year`` and without the old placeholder rate."""
    updated = dict(rules)
    year = updated.pop("self_payment_year", None)
    if (updated.get("self_payment_per_night"), year) == _OLD_PLACEHOLDER:
        del updated["self_payment_per_night"]
    return updated


def downgrade() -> None:
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.drop_column("payment_exempt")
        batch_op.drop_column("carer_name")
        batch_op.drop_column("grant_start")
        batch_op.drop_column("used_stays")
