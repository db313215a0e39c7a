"""ICC deliveries: intents the app sent to its own components.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'icc_deliveries',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('run_id', sa.Integer(), nullable=False),
        sa.Column('caller', sa.Text(), nullable=False),
        sa.Column('pc', sa.Integer(), nullable=False),
        sa.Column('api', sa.Text(), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('target', sa.Text(), nullable=False),
        sa.Column('count', sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(['run_id'], ['runs.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('icc_deliveries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_icc_deliveries_run_id'), ['run_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('icc_deliveries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_icc_deliveries_run_id'))
    op.drop_table('icc_deliveries')
