"""The server a syncing station talks to: the address as a person types it (host, port,
database, user, password), the URL made of it, and the answer of "test connection" in
words a person can act on."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import URL, Engine, make_url

from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from propdesk.store.engine import make_engine

# A syncing station must notice an unplugged cable quickly: it goes on saving locally.
SYNC_CONNECT_TIMEOUT_S = 3


@dataclass(frozen=True)
class ServerAddress:
    host: str
    port: int
    database: str
    user: str
    password: str

    def validate(self) -> None:
        if not self.host.strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Enter the server's name or IP address."),
                field="host",
            )
        if not 0 < self.port < 65536:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "The port is a number from 1 to 65535."),
                field="port",
            )
        if not self.database.strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Enter the database's name."), field="database"
            )
        if not self.user.strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Enter the user name on the server."),
                field="user",
            )

    @property
    def url(self) -> str:
        return URL.create(
            "postgresql+psycopg",
            username=self.user.strip(),
            password=self.password or None,
            host=self.host.strip(),
            port=self.port,
            database=self.database.strip(),
        ).render_as_string(hide_password=False)

    @property
    def shown(self) -> str:
        """For the status line and logs: no password."""
        return f"{self.host.strip()}:{self.port}/{self.database.strip()}"

    @classmethod
    def of_url(cls, url: str) -> ServerAddress:
        parsed = make_url(url)
        return cls(
            parsed.host or "",
            parsed.port or 5432,
            parsed.database or "",
            parsed.username or "",
            parsed.password if isinstance(parsed.password, str) else "",
        )


def server_engine(url: str) -> Engine:
    return make_engine(
        url,
        connect_args={"connect_timeout": SYNC_CONNECT_TIMEOUT_S},
        pool_size=2,
        max_overflow=2,
    )


class ServerProblem(StrEnum):
    UNREACHABLE = "unreachable"
    WRONG_PASSWORD = "wrong_password"
    NO_DATABASE = "no_database"
    NEWER_SCHEMA = "newer_schema"
    OTHER = "other"


PROBLEM_MESSAGES = {
    ServerProblem.UNREACHABLE: QT_TRANSLATE_NOOP(
        "messages",
        "The server {server} cannot be reached: check the address, the network cable and "
        "that the server is on.",
    ),
    ServerProblem.WRONG_PASSWORD: QT_TRANSLATE_NOOP(
        "messages", "The server refused the user name or password for {server}."
    ),
    ServerProblem.NO_DATABASE: QT_TRANSLATE_NOOP(
        "messages", "The server {server} has no database of that name."
    ),
    ServerProblem.NEWER_SCHEMA: QT_TRANSLATE_NOOP(
        "messages",
        "The server {server} holds data of a newer propdesk (schema {schema}): install "
        "the newer version on this station first.",
    ),
    ServerProblem.OTHER: QT_TRANSLATE_NOOP(
        "messages", "The server {server} answered with an error: {detail}"
    ),
}


def classify(exc: BaseException) -> ServerProblem:
    """What a failed connection means, from libpq's SQLSTATE or its words."""
    original = getattr(exc, "orig", None) or exc
    state = getattr(original, "sqlstate", None) or ""
    text = str(original).lower()
    refused_login = (
        "password authentication failed" in text
        or ('role "' in text and "does not exist" in text)
        or "no pg_hba.conf entry" in text
    )
    if state in ("28P01", "28000") or refused_login:
        return ServerProblem.WRONG_PASSWORD
    if state == "3D000" or ("database" in text and "does not exist" in text):
        return ServerProblem.NO_DATABASE
    if state.startswith("08") or state.startswith("57P") or not state:
        return ServerProblem.UNREACHABLE
    return ServerProblem.OTHER


def from_server(exc: BaseException) -> bool:
    """Whether a database error came from the server's driver (not the station's file)."""
    original = getattr(exc, "orig", None)
    return type(original).__module__.startswith("psycopg")
