"""Runtime errors keep the dex pc where they happened and the Java stack.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('runtime_errors', schema=None) as batch_op:
        batch_op.add_column(sa.Column('pc', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('stack', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('runtime_errors', schema=None) as batch_op:
        batch_op.drop_column('stack')
        batch_op.drop_column('pc')
