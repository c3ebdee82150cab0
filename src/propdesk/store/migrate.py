"""Bring a database to the newest schema, after copying it aside."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, String, column, func, inspect, select, table

from propdesk.errors import StorageError, StorageProblem
from propdesk.resources import migrations_dir
from propdesk.store.backup import backup_sqlite_file
from propdesk.store.engine import WRITE_OPTION
from propdesk.store.failures import as_storage_error

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

# The newest migration in migrations/versions. Start-up compares the database with it
# and imports Alembic (about 0.35 s) only when they differ; a test keeps it true.
SCHEMA_HEAD = "0022"


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    # The value goes through ConfigParser interpolation: a '%' in the path must be doubled.
    url = engine.url.render_as_string(hide_password=False)
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(migrations_dir()))
    head = script.get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The database's schema revision (None for an empty database), without Alembic."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        query = select(column("version_num", String)).select_from(table("alembic_version"))
        revision: str | None = conn.execute(query).scalar()
        return revision


def is_known_revision(revision: str) -> bool:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(migrations_dir()))
    try:
        return script.get_revision(revision) is not None
    except Exception:  # alembic raises several kinds for an unknown id
        return False


# Any fixed number: the key of the server lock that migrations take (see below).
_MIGRATION_LOCK_KEY = 0x70726F70  # "prop"


def _one_migration_at_a_time(conn: Connection) -> None:
    """Why: SQLite's BEGIN IMMEDIATE already makes a second station wait for the first
    one's migration; on PostgreSQL two stations starting at once on a new database would
    both create the tables and one would fail. A transaction-scoped advisory lock makes
    the second wait; Alembic then reads the version the first one committed and has
    nothing left to do."""
    if conn.dialect.name == "postgresql":
        conn.execute(select(func.pg_advisory_xact_lock(_MIGRATION_LOCK_KEY)))


def upgrade_to_head(engine: Engine, backup_dir: Path | None) -> str | None:
    """Migrate to head; returns the path of the copy made aside, if one was made.

    A database written by a newer propdesk (a revision we do not know) is refused
    with a clear message and left untouched.
    """
    try:
        current = current_revision(engine)
        if current == SCHEMA_HEAD:
            return None
        if current is not None and not is_known_revision(current):
            raise StorageError(
                StorageProblem.NEWER_SCHEMA,
                "This database was written by a newer version of propdesk "
                f"(schema {current}). Install the newer version; the file was not changed.",
            )
        head = head_revision()
        if current == head:
            return None
        copy: str | None = None
        has_tables = bool(inspect(engine).get_table_names())
        if backup_dir is not None and has_tables and engine.dialect.name == "sqlite":
            db_file = engine.url.database
            if db_file and db_file != ":memory:":
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                target = backup_dir / f"pre-migrate-{current or 'base'}-{stamp}.db"
                backup_sqlite_file(Path(db_file), target)
                copy = str(target)
                log.info("database copied to %s before migrating", target)
        # BEGIN IMMEDIATE: a second program starting at the same moment waits for this
        # migration and then finds the schema current, instead of failing "locked".
        from alembic import command

        with engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
            _one_migration_at_a_time(conn)
            cfg = alembic_config(engine)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        log.info("database migrated from %s to %s", current, head)
        return copy
    except StorageError:
        raise
    except Exception as exc:
        storage = as_storage_error(exc)
        if storage is not None:
            raise storage from exc
        raise
