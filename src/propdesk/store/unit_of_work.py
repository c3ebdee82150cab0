"""One unit of work per use case: a session, one transaction, all or nothing.

Services write inside `with store.write() as session:`; it begins IMMEDIATE on
SQLite, commits on success, rolls back on any error and turns storage failures into
StorageError. Reads use `store.read()`. Each thread gets its own session.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from propdesk.store import text_guard
from propdesk.store.engine import WRITE_OPTION
from propdesk.store.failures import as_input_error, as_storage_error


class Store:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._read = sessionmaker(bind=engine, expire_on_commit=False)
        self._write = sessionmaker(
            bind=engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        )
        text_guard.install(self._write)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def write(self) -> Iterator[Session]:
        session = self._write()
        try:
            yield session
            session.commit()
        except (DBAPIError, OSError) as exc:
            session.rollback()
            refused = as_input_error(exc)
            if refused is not None:
                raise refused from exc
            storage = as_storage_error(exc)
            if storage is not None:
                raise storage from exc
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        session = self._read()
        try:
            yield session
        except (DBAPIError, OSError) as exc:
            storage = as_storage_error(exc)
            if storage is not None:
                raise storage from exc
            raise
        finally:
            session.close()  # ends the read transaction; loaded objects stay usable

    def dispose(self) -> None:
        self.engine.dispose()
