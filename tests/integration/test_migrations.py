from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from propdesk.errors import StorageError, StorageProblem
from propdesk.store import models  # noqa: F401
from propdesk.store.base import Base
from propdesk.store.engine import make_engine
from propdesk.store.migrate import alembic_config, current_revision, head_revision, upgrade_to_head


def _engine(tmp_path: Path):  # type: ignore[no-untyped-def]
    return make_engine(f"sqlite:///{tmp_path / 'm.db'}")


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    upgrade_to_head(engine, None)
    with engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata
        )
    assert diff == [], f"models differ from migrations; add a revision: {diff}"


def test_upgrade_from_base_to_head_and_down_one_step(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    cfg = alembic_config(engine)
    command.upgrade(cfg, "head")
    assert current_revision(engine) == head_revision()
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    command.downgrade(cfg, "-1")
    script = ScriptDirectory.from_config(cfg)
    assert current_revision(engine) == script.get_revision(head_revision()).down_revision
    command.upgrade(cfg, "head")
    assert current_revision(engine) == head_revision()


def test_migrating_an_existing_database_copies_it_aside_first(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    cfg = alembic_config(engine)
    command.upgrade(cfg, "head")
    command.downgrade(cfg, "-1")
    if current_revision(engine) is None:
        # With a single revision, downgrading leaves no tables; create one to copy.
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE keepme (x INTEGER)"))
    backups = tmp_path / "backups"
    copy = upgrade_to_head(engine, backups)
    assert copy is not None
    assert Path(copy).exists()
    assert current_revision(engine) == head_revision()


def test_database_from_a_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    upgrade_to_head(engine, None)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(StorageError) as caught:
        upgrade_to_head(engine, tmp_path / "backups")
    assert caught.value.problem is StorageProblem.NEWER_SCHEMA
    assert "newer version" in caught.value.message
    assert current_revision(engine) == "9999_future"
    assert not (tmp_path / "backups").exists()


def test_the_start_up_shortcut_knows_the_newest_migration() -> None:
    from propdesk.store.migrate import SCHEMA_HEAD

    assert head_revision() == SCHEMA_HEAD, "update SCHEMA_HEAD in store/migrate.py"
