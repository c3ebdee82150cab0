"""Visitor-vehicle parking tariff: what a car owes at the gate, in integer fen (分).

The rules, chosen to match how residential car parks in China usually charge:

* Residents' vehicles park free when the tariff says so (`residents_free`).
* Free minutes are a *grace period*, not a deduction: a stay of at most
  `free_minutes` costs nothing; a longer stay is charged from the entry time, so
  31 minutes with 30 free minutes is one full charged hour.
* Every started hour is charged (ceil): 1 h 1 min is two hours.
* The daily cap applies per 24-hour block counted from the entry time, not per
  calendar day. A car that enters at 23:30 and leaves at 00:45 has stayed 75 minutes
  in its first block; midnight resets nothing. Capping by calendar day would let a
  car that parks across midnight pay two caps for a short stay (or let a driver
  time the entry to game the reset), and it would depend on the office's time zone;
  24-hour blocks depend only on elapsed time, which is what car-park systems meter.
* A stay of several days costs one capped day per full 24-hour block (a full block
  costs the smaller of 24 hours' rate and the cap) plus the remainder charged hourly,
  itself capped.
* Only elapsed time counts: both instants are converted to UTC before subtracting, so
  daylight-saving changes and entry/exit recorded in different zones do not matter.
  Local time is for display only.
* Seconds are dropped in the driver's favour: the billed stay is the number of whole
  minutes elapsed (30 min 59 s is 30 minutes).
* An exit before the entry (the station clock was moved back) is refused rather than
  charged as zero, so the guard notices and corrects the times.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError

MINUTES_PER_HOUR = 60
MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR
MAX_FREE_MINUTES = MINUTES_PER_DAY
# ¥99,999.99: more than any car park charges an hour or a day, and small enough that a
# century of capped days is still a fee the database's integer column holds.
MAX_AMOUNT_FEN = 9_999_999
MOST_YUAN = f"{MAX_AMOUNT_FEN // 100}.{MAX_AMOUNT_FEN % 100:02d}"
_ONE_MINUTE = timedelta(minutes=1)

# The settings keys the tariff is stored under; ValidationError.field names them so a
# settings form can show each message next to its own box.
FIELD_FREE_MINUTES = "parking_free_minutes"
FIELD_RATE_PER_HOUR = "parking_rate_per_hour_fen"
FIELD_DAILY_CAP = "parking_daily_cap_fen"
FIELD_RESIDENTS_FREE = "parking_residents_free"

FREE_RESIDENT = "resident"
FREE_MINUTES = "free_minutes"
FREE_ZERO_LENGTH = "zero_length"


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_amount(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_AMOUNT_FEN


@dataclass(frozen=True)
class Tariff:
    """The visitor parking tariff; amounts in fen. Checked when constructed."""

    free_minutes: int = 30
    rate_per_hour_fen: int = 500  # ¥5 per started hour
    daily_cap_fen: int = 3000  # ¥30 per 24-hour block; 0 makes parking free
    residents_free: bool = True

    def __post_init__(self) -> None:
        self.validate()

    def validate(self) -> None:
        """Raise ValidationError naming the settings key of the first wrong value."""
        if not _is_int(self.free_minutes) or not 0 <= self.free_minutes <= MAX_FREE_MINUTES:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Free minutes must be a whole number from 0 to {limit} (24 hours).",
                ),
                field=FIELD_FREE_MINUTES,
                limit=MAX_FREE_MINUTES,
            )
        if not _is_amount(self.rate_per_hour_fen):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages", "The hourly rate must be an amount from 0.00 to {most} yuan."
                ),
                field=FIELD_RATE_PER_HOUR,
                most=MOST_YUAN,
            )
        # A cap below one hour's rate is allowed: every charged day then costs the cap.
        if not _is_amount(self.daily_cap_fen):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages", "The daily cap must be an amount from 0.00 to {most} yuan."
                ),
                field=FIELD_DAILY_CAP,
                most=MOST_YUAN,
            )
        if not isinstance(self.residents_free, bool):
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Choose whether residents' vehicles park free."),
                field=FIELD_RESIDENTS_FREE,
            )

    @property
    def full_day_fen(self) -> int:
        """What one full 24-hour block costs: 24 hours' rate, at most the cap."""
        return min(24 * self.rate_per_hour_fen, self.daily_cap_fen)


def yuan_text(fen: int) -> str:
    """Integer fen as the yuan text shown to the guard: 1200 → "¥12.00"."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}¥{yuan}.{cents:02d}"


@dataclass(frozen=True)
class ParkingFee:
    """The fee for one stay and how it was reached (for the confirmation dialog)."""

    fen: int
    minutes: int  # billed stay: whole minutes elapsed
    hours_charged: int  # started hours charged (24 per full day); 0 when free
    days: int  # full 24-hour blocks in the stay
    capped: bool  # the daily cap lowered the fee
    free_reason: str | None  # "resident", "free_minutes", "zero_length" or None

    @property
    def yuan_text(self) -> str:
        return yuan_text(self.fen)


def _require_aware(value: datetime, name: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime, got {value!r}")


def compute_fee(
    tariff: Tariff, entered_at: datetime, exited_at: datetime, *, resident: bool
) -> ParkingFee:
    """The fee for a stay from `entered_at` to `exited_at` (aware datetimes, any zones).

    Naive datetimes are a programming error (ValueError). An exit before the entry is
    ValidationError(field="exited_at").
    """
    _require_aware(entered_at, "entered_at")
    _require_aware(exited_at, "exited_at")
    # Subtract in UTC: between datetimes sharing one tzinfo Python subtracts wall-clock
    # times, which would be an hour off across a daylight-saving change.
    elapsed = exited_at.astimezone(UTC) - entered_at.astimezone(UTC)
    if elapsed.total_seconds() < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The exit time is before the entry time; check the clock and the times entered.",
            ),
            field="exited_at",
        )
    minutes = elapsed // _ONE_MINUTE
    days, rest = divmod(minutes, MINUTES_PER_DAY)

    def free(reason: str) -> ParkingFee:
        return ParkingFee(
            fen=0, minutes=minutes, hours_charged=0, days=days, capped=False, free_reason=reason
        )

    if resident and tariff.residents_free:
        return free(FREE_RESIDENT)
    if minutes == 0:
        return free(FREE_ZERO_LENGTH)
    if minutes <= tariff.free_minutes:
        return free(FREE_MINUTES)

    rest_hours = -(-rest // MINUTES_PER_HOUR)  # every started hour
    rest_uncapped = rest_hours * tariff.rate_per_hour_fen
    fen = days * tariff.full_day_fen + min(rest_uncapped, tariff.daily_cap_fen)
    uncapped = (days * 24 + rest_hours) * tariff.rate_per_hour_fen
    return ParkingFee(
        fen=fen,
        minutes=minutes,
        hours_charged=days * 24 + rest_hours,
        days=days,
        capped=fen < uncapped,
        free_reason=None,
    )
