"""Initial trace store schema (runs, blobs and one table per record kind).

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-25 12:45:04.499002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('blobs',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('sha256')
    )
    op.create_table('runs',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('package', sa.Text(), nullable=False),
    sa.Column('apk_sha256', sa.String(length=64), nullable=False),
    sa.Column('runtime', sa.String(length=16), nullable=False),
    sa.Column('device_model', sa.Text(), nullable=True),
    sa.Column('device_abi', sa.String(length=64), nullable=True),
    sa.Column('api_level', sa.Integer(), nullable=True),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ended_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('writer_pid', sa.Integer(), nullable=True),
    sa.Column('writer_host', sa.String(length=255), nullable=True),
    sa.Column('writer_start', sa.String(length=32), nullable=True),
    sa.Column('heartbeat_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('accepted_messages', sa.BigInteger(), nullable=False),
    sa.Column('rejected_messages', sa.BigInteger(), nullable=False),
    sa.Column('hello_runtime', sa.String(length=16), nullable=True),
    sa.Column('hello_model', sa.Text(), nullable=True),
    sa.Column('hello_abi', sa.String(length=64), nullable=True),
    sa.Column('hello_api_level', sa.Integer(), nullable=True),
    sa.Column('bye_status', sa.String(length=16), nullable=True),
    sa.Column('bye_reason', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('runs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_runs_status'), ['status'], unique=False)

    op.create_table('class_loads',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('descriptor', sa.Text(), nullable=False),
    sa.Column('dex_sha256', sa.String(length=64), nullable=True),
    sa.Column('loader', sa.Text(), nullable=False),
    sa.Column('load_order', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['run_id'], ['runs.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('class_loads', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_class_loads_run_id'), ['run_id'], unique=False)

    op.create_table('code_versions',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('method', sa.Text(), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.Column('dex_sha256', sa.String(length=64), nullable=True),
    sa.Column('registers', sa.Integer(), nullable=False),
    sa.Column('ins', sa.Integer(), nullable=False),
    sa.Column('outs', sa.Integer(), nullable=False),
    sa.Column('insns', sa.LargeBinary(), nullable=False),
    sa.Column('tries', sa.Text(), nullable=False),
    sa.Column('count', sa.BigInteger(), nullable=False),
    sa.Column('pc_level', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['run_id'], ['runs.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('code_versions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_code_versions_hash'), ['hash'], unique=False)
        batch_op.create_index(batch_op.f('ix_code_versions_run_id'), ['run_id'], unique=False)

    op.create_table('dex_images',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('origin_kind', sa.String(length=16), nullable=False),
    sa.Column('origin_name', sa.Text(), nullable=True),
    sa.Column('origin_loader', sa.Text(), nullable=True),
    sa.Column('origin_base', sa.String(length=18), nullable=True),
    sa.Column('compact', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['run_id'], ['runs.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('dex_images', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dex_images_run_id'), ['run_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dex_images_sha256'), ['sha256'], unique=False)

    op.create_table('divergences',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('method', sa.Text(), nullable=False),
    sa.Column('pc', sa.Integer(), nullable=False),
    sa.Column('from_hash', sa.String(length=64), nullable=False),
    sa.Column('to_hash', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['run_id'], ['runs.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('divergences', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_divergences_run_id'), ['run_id'], unique=False)

    op.create_table('dynamic_loads',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('loader_class', sa.Text(), nullable=False),
    sa.Column('source_kind', sa.String(length=16), nullable=False),
    sa.Column('source', sa.Text(), nullable=True),
    sa.Column('dex_sha256', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['run_id'], ['runs.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('dynamic_loads', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dynamic_loads_run_id'), ['run_id'], unique=False)

    op.create_table('leaks',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('sink', sa.Text(), nullable=False),
    sa.Column('caller', sa.Text(), nullable=False),
    sa.Column('pc', sa.Integer(), nullable=False),
    sa.Column('value', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['run_id'], ['runs.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('leaks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_leaks_run_id'), ['run_id'], unique=False)

    op.create_table('load_classes',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('caller', sa.Text(), nullable=False),
    sa.Column('pc', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('result', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['run_id'], ['runs.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('load_classes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_load_classes_run_id'), ['run_id'], unique=False)

    op.create_table('native_loads',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('library', sa.Text(), nullable=False),
    sa.Column('caller', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['run_id'], ['runs.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('native_loads', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_native_loads_run_id'), ['run_id'], unique=False)

    op.create_table('observed_values',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('api', sa.Text(), nullable=False),
    sa.Column('caller', sa.Text(), nullable=False),
    sa.Column('pc', sa.Integer(), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['run_id'], ['runs.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('observed_values', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_observed_values_run_id'), ['run_id'], unique=False)

    op.create_table('reflections',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('caller', sa.Text(), nullable=False),
    sa.Column('pc', sa.Integer(), nullable=False),
    sa.Column('api', sa.Text(), nullable=False),
    sa.Column('target', sa.Text(), nullable=False),
    sa.Column('count', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['run_id'], ['runs.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('reflections', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reflections_run_id'), ['run_id'], unique=False)

    op.create_table('rejections',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['run_id'], ['runs.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('rejections', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rejections_run_id'), ['run_id'], unique=False)

    op.create_table('runtime_errors',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('location', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['run_id'], ['runs.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('runtime_errors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_runtime_errors_run_id'), ['run_id'], unique=False)

    op.create_table('unmodeled_apis',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('api', sa.Text(), nullable=False),
    sa.Column('count', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['run_id'], ['runs.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('unmodeled_apis', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_unmodeled_apis_run_id'), ['run_id'], unique=False)

    op.create_table('code_aliases',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('sender_hash', sa.String(length=128), nullable=False),
    sa.ForeignKeyConstraint(['version_id'], ['code_versions.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('code_aliases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_code_aliases_version_id'), ['version_id'], unique=False)

    op.create_table('code_pcs',
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('pc', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['version_id'], ['code_versions.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('version_id', 'pc')
    )


def downgrade() -> None:
    op.drop_table('code_pcs')
    with op.batch_alter_table('code_aliases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_code_aliases_version_id'))

    op.drop_table('code_aliases')
    with op.batch_alter_table('unmodeled_apis', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_unmodeled_apis_run_id'))

    op.drop_table('unmodeled_apis')
    with op.batch_alter_table('runtime_errors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_runtime_errors_run_id'))

    op.drop_table('runtime_errors')
    with op.batch_alter_table('rejections', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rejections_run_id'))

    op.drop_table('rejections')
    with op.batch_alter_table('reflections', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reflections_run_id'))

    op.drop_table('reflections')
    with op.batch_alter_table('observed_values', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_observed_values_run_id'))

    op.drop_table('observed_values')
    with op.batch_alter_table('native_loads', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_native_loads_run_id'))

    op.drop_table('native_loads')
    with op.batch_alter_table('load_classes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_load_classes_run_id'))

    op.drop_table('load_classes')
    with op.batch_alter_table('leaks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_leaks_run_id'))

    op.drop_table('leaks')
    with op.batch_alter_table('dynamic_loads', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dynamic_loads_run_id'))

    op.drop_table('dynamic_loads')
    with op.batch_alter_table('divergences', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_divergences_run_id'))

    op.drop_table('divergences')
    with op.batch_alter_table('dex_images', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dex_images_sha256'))
        batch_op.drop_index(batch_op.f('ix_dex_images_run_id'))

    op.drop_table('dex_images')
    with op.batch_alter_table('code_versions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_code_versions_run_id'))
        batch_op.drop_index(batch_op.f('ix_code_versions_hash'))

    op.drop_table('code_versions')
    with op.batch_alter_table('class_loads', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_class_loads_run_id'))

    op.drop_table('class_loads')
    with op.batch_alter_table('runs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_runs_status'))

    op.drop_table('runs')
    op.drop_table('blobs')
