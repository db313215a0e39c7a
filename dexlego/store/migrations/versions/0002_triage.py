"""Triage queue: one row per APK by sha256.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'triage_items',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('path', sa.Text(), nullable=False),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('worker_pid', sa.Integer(), nullable=True),
        sa.Column('worker_host', sa.String(length=255), nullable=True),
        sa.Column('worker_start', sa.String(length=32), nullable=True),
        sa.Column('queued_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('started_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('result_json', sa.Text(), nullable=True),
        sa.Column('error', sa.Text(), nullable=True),
        sa.Column('seconds', sa.Float(), nullable=True),
        sa.Column('peak_rss_mb', sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('sha256'),
    )
    with op.batch_alter_table('triage_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_triage_items_status'), ['status'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('triage_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_triage_items_status'))
    op.drop_table('triage_items')
