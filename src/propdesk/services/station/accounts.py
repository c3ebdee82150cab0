"""Accounts: first admin, login with slow-down after failures, admin's user management.

Passwords are hashed with argon2. Accounts are disabled, never deleted, so the audit
trail keeps naming the person who did each thing.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from propdesk.domain.roles import Action, Module, Role
from propdesk.errors import (
    QT_TRANSLATE_NOOP,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from propdesk.services.core import audit as audit_service
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import AuditAction, snapshot
from propdesk.services.core.text import bounded_text, filled_text, storable_text
from propdesk.store.base import utcnow
from propdesk.store.models import User
from propdesk.store.text_guard import storable
from propdesk.store.unit_of_work import Store

MIN_PASSWORD = 6
FREE_ATTEMPTS = 3  # failures allowed before each further try has to wait
MAX_WAIT_SECONDS = 300
MAX_REASON = 200
MAX_PASSWORD = 128  # a passphrase fits; a million pasted characters are not hashed
USERNAME_MAX = 40
DISPLAY_NAME_MAX = 60
_USERNAME = re.compile(r"^[A-Za-z0-9_.\-]{2,40}$")
AUDITED_FIELDS = ("username", "display_name", "role", "active")


@dataclass(frozen=True)
class UserInfo:
    id: uuid.UUID
    username: str
    display_name: str
    role: Role
    active: bool
    last_login_at: datetime | None


def wait_after_failures(failures: int) -> timedelta:
    """No wait for the first few; then 1, 2, 4 … seconds, capped at five minutes."""
    if failures < FREE_ATTEMPTS:
        return timedelta(0)
    return timedelta(seconds=min(2 ** (failures - FREE_ATTEMPTS), MAX_WAIT_SECONDS))


def _info(user: User) -> UserInfo:
    return UserInfo(
        user.id, user.username, user.display_name, Role(user.role), user.active, user.last_login_at
    )


def _clean_username(username: str) -> str:
    username = username.strip()
    if not _USERNAME.match(username):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The user name needs 2 to 40 letters, digits, dots, dashes or underscores.",
            ),
            field="username",
        )
    return username.lower()


def _clean_display_name(name: str) -> str:
    message = QT_TRANSLATE_NOOP("messages", "Enter the person's name (at most 60 characters).")
    return filled_text(name, "display_name", DISPLAY_NAME_MAX, message)


def _check_password(password: str) -> None:
    storable_text(password, "password")  # hashed as UTF-8, which a lone surrogate is not
    if len(password) < MIN_PASSWORD:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The password needs at least {n} characters."),
            field="password",
            n=MIN_PASSWORD,
        )
    if len(password) > MAX_PASSWORD:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The password can have at most {limit} characters."),
            field="password",
            limit=MAX_PASSWORD,
        )


def _role(role: object) -> Role:
    """The role chosen, or ValidationError naming the role field for one not in the list."""
    try:
        return Role(str(role))
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Choose a role from the list."), field="role"
        ) from None


def _clean_reason(reason: str) -> str:
    too_long = QT_TRANSLATE_NOOP("messages", "The reason can have at most {limit} characters.")
    return bounded_text(reason, "reason", MAX_REASON, too_long=too_long)


class AccountsService:
    def __init__(
        self,
        store: Store,
        hasher: PasswordHasher | None = None,
        station: Callable[[], str] = lambda: "",
    ) -> None:
        self._store = store
        self._station = station  # where a login happens, for its audit row
        self._hasher = hasher or PasswordHasher()
        self._dummy_hash = ""

    def has_users(self) -> bool:
        """Whether anyone can log in. Accounts switched off do not count: the demo's
        named accounts (services.demo.accounts) cannot log in, so a demo estate still
        asks for its first administrator."""
        with self._store.read() as session:
            return bool(session.scalar(select(func.count()).select_from(User).where(User.active)))

    @staticmethod
    def validate_new_user(username: str, display_name: str, password: str) -> None:
        """The checks of create_user without writing: a form that saves several things
        at once (first start) validates all of them before writing any."""
        _clean_username(username)
        _clean_display_name(display_name)
        _check_password(password)

    def create_first_admin(
        self, username: str, display_name: str, password: str, station: str
    ) -> UserInfo:
        """Only while no account can log in (first start or `init --admin`)."""
        if self.has_users():
            raise ConflictError(
                QT_TRANSLATE_NOOP("messages", "An administrator already exists."),
                field="username",
            )
        bootstrap = Actor(None, "setup", "setup", Role.ADMIN, station)
        return self.create_user(bootstrap, username, display_name, Role.ADMIN, password)

    def login(self, username: str, password: str, now: datetime | None = None) -> UserInfo:
        now = now or utcnow()
        wrong = ValidationError(
            QT_TRANSLATE_NOOP("messages", "Wrong user name or password."), field="password"
        )
        name = username.strip().lower()
        known = storable(name) and len(name) <= USERNAME_MAX and storable(password)
        with self._store.write() as session:
            user = (
                session.scalars(select(User).where(User.username == name)).first()
                if known
                else None
            )
            if user is None or not user.active:
                self._verify(self._dummy(), password if known else "")
                raise wrong
            if user.last_failed_at is not None:
                ready_at = user.last_failed_at + wait_after_failures(user.failed_attempts)
                if now < ready_at:
                    raise PermissionDeniedError(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Too many wrong passwords. Try again in {seconds} seconds.",
                        ),
                        field="password",
                        seconds=int((ready_at - now).total_seconds()) + 1,
                    )
            if not self._verify(user.password_hash, password):
                user.failed_attempts += 1
                user.last_failed_at = now
                # The failure must be saved even though the login is refused.
                session.commit()
                raise wrong
            user.failed_attempts = 0
            user.last_failed_at = None
            user.last_login_at = now
            if self._hasher.check_needs_rehash(user.password_hash):
                user.password_hash = self._hasher.hash(password)
            info = _info(user)
            # Who was at which station when: the trail of a shift change.
            audit_service.record(
                session, self.actor_for(info, self._station()), "user", user.id, AuditAction.LOGIN
            )
            return info

    def _dummy(self) -> str:
        """Hash of a password nobody has: unknown users cost the same time as known ones.
        Made on first need, so start-up does not pay for it."""
        if not self._dummy_hash:
            self._dummy_hash = self._hasher.hash(uuid.uuid4().hex)
        return self._dummy_hash

    def _verify(self, stored: str, password: str) -> bool:
        try:
            return self._hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return False

    def list_users(self, actor: Actor) -> list[UserInfo]:
        actor.require(Module.USERS, Action.VIEW)
        with self._store.read() as session:
            users = session.scalars(select(User).order_by(User.username)).all()
            return [_info(u) for u in users]

    def create_user(
        self, actor: Actor, username: str, display_name: str, role: Role, password: str
    ) -> UserInfo:
        actor.require(Module.USERS, Action.CREATE)
        role = _role(role)
        username = _clean_username(username)
        display_name = _clean_display_name(display_name)
        _check_password(password)
        with self._store.write() as session:
            if session.scalars(select(User).where(User.username == username)).first():
                raise ConflictError(
                    QT_TRANSLATE_NOOP("messages", "The user name {name} is taken."),
                    field="username",
                    name=username,
                )
            user = User(
                username=username,
                display_name=display_name,
                role=role.value,
                password_hash=self._hasher.hash(password),
            )
            session.add(user)
            session.flush()
            audit_service.record(
                session,
                actor,
                "user",
                user.id,
                AuditAction.CREATE,
                after=snapshot(user, AUDITED_FIELDS),
            )
            return _info(user)

    def _change(
        self, actor: Actor, user_id: uuid.UUID, reason: str = "", **changes: object
    ) -> UserInfo:
        actor.require(Module.USERS, Action.ADMINISTER)
        reason = _clean_reason(reason)
        with self._store.write() as session:
            user = session.get(User, user_id)
            if user is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("messages", "No such user."))
            before = snapshot(user, AUDITED_FIELDS)
            # The hash itself never goes into the audit trail; only that it changed.
            password_note = {"password": "reset"} if "password_hash" in changes else {}
            for name, value in changes.items():
                setattr(user, name, value)
            if user.id == actor.user_id and (not user.active or user.role != Role.ADMIN):
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "messages", "You cannot disable yourself or take away your own admin role."
                    )
                )
            self._keep_an_admin(session)
            audit_service.record(
                session,
                actor,
                "user",
                user.id,
                AuditAction.UPDATE,
                before=before,
                after=snapshot(user, AUDITED_FIELDS) | password_note,
                reason=reason,
            )
            return _info(user)

    @staticmethod
    def _keep_an_admin(session: Session) -> None:
        session.flush()
        admins = session.scalar(
            select(func.count()).select_from(User).where(User.role == Role.ADMIN, User.active)
        )
        if not admins:
            raise ConflictError(
                QT_TRANSLATE_NOOP("messages", "At least one active administrator must remain.")
            )

    def set_active(
        self, actor: Actor, user_id: uuid.UUID, active: bool, reason: str = ""
    ) -> UserInfo:
        return self._change(actor, user_id, reason, active=active)

    def change_role(self, actor: Actor, user_id: uuid.UUID, role: Role) -> UserInfo:
        return self._change(actor, user_id, role=_role(role).value)

    def reset_password(self, actor: Actor, user_id: uuid.UUID, password: str) -> UserInfo:
        _check_password(password)
        return self._change(
            actor,
            user_id,
            password_hash=self._hasher.hash(password),
            failed_attempts=0,
            last_failed_at=None,
        )

    def actor_for(self, user: UserInfo, station: str) -> Actor:
        return Actor(user.id, user.username, user.display_name, user.role, station)
