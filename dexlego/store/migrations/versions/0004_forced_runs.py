"""Forced runs: a run's parent and the decisions that made it leave the parent's path.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A new table rather than a column on `runs`: SQLite would rebuild `runs` to add a foreign
    # key, and dropping the old table cascades into every record table.
    op.create_table(
        'forced_runs',
        sa.Column('run_id', sa.Integer(), nullable=False),
        sa.Column('parent_run_id', sa.Integer(), nullable=True),
        sa.Column('decisions', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['parent_run_id'], ['runs.id'], ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['run_id'], ['runs.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('run_id'),
    )
    with op.batch_alter_table('forced_runs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_forced_runs_parent_run_id'), ['parent_run_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('forced_runs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_forced_runs_parent_run_id'))
    op.drop_table('forced_runs')
