"""The key that encrypts residents' ID numbers, and the one place its file is read,
made and written.

Why: a copied database or backup file alone must not reveal anyone's ID number. The
number is sealed with AES-256-GCM; a keyed hash (HMAC-SHA256) of the normalised number
is kept beside it, so "who has this number" is an index lookup without decrypting.
Both keys, and a fingerprint that tells keys apart without revealing them, are derived
(HKDF-SHA256) from one 256-bit secret in the station's config folder, never in the
database and never in a backup: restoring a backup on a new PC needs the key file as
well (`propdesk id-key export` / `import`, README).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import secrets
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from propdesk.errors import QT_TRANSLATE_NOOP, UserError, ValidationError

KEY_FILE_NAME = "id-number.key"
_HEADER = "propdesk id-number key v1"
_SEALED_PREFIX = "v1:"
_NONCE_BYTES = 12
_ASSOCIATED = b"propdesk resident id number"  # binds a sealed value to its use

NOT_A_KEY = QT_TRANSLATE_NOOP("messages", "This file is not a propdesk ID number key.")


def normalised(number: str) -> str:
    """The form a number is stored, compared and looked up in: no white space, upper case."""
    return "".join(number.split()).upper()


def _derive(secret: bytes, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose).derive(secret)


class IdNumberKey:
    """One station key: seals and opens numbers, and hashes them for lookups."""

    def __init__(self, secret: bytes) -> None:
        if len(secret) != 32:
            raise ValueError("an ID number key is 32 bytes")
        self._secret = secret
        self._aead = AESGCM(_derive(secret, b"propdesk id-number encryption"))
        self._mac_key = _derive(secret, b"propdesk id-number lookup")
        self.fingerprint = _derive(secret, b"propdesk id-number fingerprint").hex()[:16]

    @classmethod
    def generate(cls) -> IdNumberKey:
        return cls(secrets.token_bytes(32))

    @classmethod
    def from_text(cls, text: str) -> IdNumberKey:
        """The key a key file holds; ValidationError (field "file") for anything else."""
        lines = text.strip().splitlines()
        try:
            if len(lines) != 2 or lines[0].strip() != _HEADER:
                raise ValueError("no key header")
            return cls(base64.b64decode(lines[1].strip(), validate=True))
        except (ValueError, binascii.Error) as exc:
            raise ValidationError(NOT_A_KEY, field="file") from exc

    def to_text(self) -> str:
        return f"{_HEADER}\n{base64.b64encode(self._secret).decode('ascii')}\n"

    def seal(self, number: str) -> str:
        """`number` encrypted, as text for a String column (a fresh nonce each time)."""
        nonce = secrets.token_bytes(_NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, number.encode("utf-8"), _ASSOCIATED)
        return _SEALED_PREFIX + base64.b64encode(nonce + sealed).decode("ascii")

    def open(self, sealed: str) -> str:
        """The number `sealed` holds; ValueError when this key did not seal it."""
        if not sealed.startswith(_SEALED_PREFIX):
            raise ValueError("not a sealed ID number")
        raw = base64.b64decode(sealed[len(_SEALED_PREFIX) :])
        try:
            plain = self._aead.decrypt(raw[:_NONCE_BYTES], raw[_NONCE_BYTES:], _ASSOCIATED)
        except InvalidTag as exc:
            raise ValueError("sealed with another key") from exc
        return plain.decode("utf-8")

    def lookup(self, number: str) -> str:
        """The keyed hash of the normalised number: equal numbers, equal hashes."""
        message = normalised(number).encode("utf-8")
        return hmac.new(self._mac_key, message, hashlib.sha256).hexdigest()

    def write(self, config_dir: Path) -> Path:
        """Save this key as the station's."""
        return self.write_to(key_file(config_dir))

    def write_to(self, target: Path) -> Path:
        """Save this key in `target`: owner-only (0600), replaced whole or not at all."""
        temporary = target.with_name(target.name + ".tmp")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            temporary.unlink(missing_ok=True)
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="ascii") as fh:
                fh.write(self.to_text())
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(temporary, target)
        except OSError as exc:
            temporary.unlink(missing_ok=True)
            raise _key_file_error(target, exc) from exc
        return target


def key_file(config_dir: Path) -> Path:
    return config_dir / KEY_FILE_NAME


def load_key(config_dir: Path) -> IdNumberKey | None:
    """The station's key, or None when it has none yet."""
    target = key_file(config_dir)
    try:
        text = target.read_text(encoding="ascii")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise _key_file_error(target, exc) from exc
    return IdNumberKey.from_text(text)


def read_key_file(file: Path) -> IdNumberKey:
    """A key file someone gives (an import); ValidationError naming "file" otherwise."""
    try:
        text = file.read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(NOT_A_KEY, field="file") from exc
    return IdNumberKey.from_text(text)


def _key_file_error(target: Path, exc: BaseException) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "messages", "The ID number key file {file} cannot be read or written ({reason})."
        ),
        file=str(target),
        reason=str(exc),
    )
