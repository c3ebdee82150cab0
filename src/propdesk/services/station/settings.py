"""Station settings (language, station name, auto-lock) as use cases with validation."""

from __future__ import annotations

from propdesk.config import LANGUAGES, Paths, Settings, save_settings
from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from propdesk.services.core.text import bounded_text

MAX_STATION = 40
MAX_IDLE_LOCK_MINUTES = 240


class SettingsService:
    def __init__(self, paths: Paths, settings: Settings) -> None:
        self._paths = paths
        self._settings = settings

    @property
    def current(self) -> Settings:
        return self._settings

    @staticmethod
    def clean_station_name(name: str) -> str:
        """The name as it will be stored, or ValidationError for the station field."""
        required = QT_TRANSLATE_NOOP("messages", "Enter the station name.")
        too_long = QT_TRANSLATE_NOOP(
            "messages", "The station name can have at most {limit} characters."
        )
        return bounded_text(name, "station_name", MAX_STATION, required=required, too_long=too_long)

    def set_station_name(self, name: str) -> Settings:
        name = self.clean_station_name(name)
        return self._save(self._settings.with_changes(station_name=name))

    def set_language(self, language: str | None) -> Settings:
        if language is not None and language not in LANGUAGES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Unknown language {language}."),
                field="language",
                language=language,
            )
        return self._save(self._settings.with_changes(language=language))

    def set_idle_lock_minutes(self, minutes: int) -> Settings:
        """Lock the window after `minutes` without keyboard or mouse input; 0 turns it off."""
        if (
            isinstance(minutes, bool)
            or not isinstance(minutes, int)
            or not 0 <= minutes <= MAX_IDLE_LOCK_MINUTES
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages", "Enter 0 (never) or a number of minutes from 1 to {limit}."
                ),
                field="idle_lock_minutes",
                limit=MAX_IDLE_LOCK_MINUTES,
            )
        return self._save(self._settings.with_changes(idle_lock_minutes=minutes))

    def set_storage(self, database_url: str | None, sync_url: str | None) -> Settings:
        """Where the station keeps its data; services/sync/storage_mode.py checks the choice."""
        return self._save(self._settings.with_changes(database_url=database_url, sync_url=sync_url))

    def _save(self, settings: Settings) -> Settings:
        save_settings(self._paths, settings)
        self._settings = settings
        return settings
