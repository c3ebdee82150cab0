from __future__ import annotations

import pytest

from propdesk.config import load_settings
from propdesk.errors import ValidationError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import system_actor


def test_estate_set_up_once_then_renamed(services: Services) -> None:
    assert services.estate.get() is None
    services.estate.set_up("  翠湖   花园 ", hotline="0755-12345678")
    assert services.estate.get() == services.estate.get()
    info = services.estate.get()
    assert info is not None
    assert info.name == "翠湖 花园"
    services.estate.set_up("翠湖花园二期")
    info = services.estate.get()
    assert info is not None
    assert info.name == "翠湖花园二期"
    assert info.hotline == "0755-12345678"


@pytest.mark.parametrize(("name", "fragment"), [("   ", "Enter the estate"), ("x" * 101, "100")])
def test_bad_estate_name_names_the_field(services: Services, name: str, fragment: str) -> None:
    with pytest.raises(ValidationError) as caught:
        services.estate.set_up(name)
    assert caught.value.field == "estate_name"
    assert fragment in caught.value.message
    assert services.estate.get() is None


def test_station_name_is_saved_to_the_settings_file(services: Services) -> None:
    services.settings.set_station_name(" 客服 中心 ")
    assert load_settings(services.paths).settings.station_name == "客服 中心"


def test_bad_station_name_is_refused_and_not_saved(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.settings.set_station_name("")
    assert caught.value.field == "station_name"
    assert not services.paths.settings_file.exists()


def test_language_choice(services: Services) -> None:
    services.settings.set_language("zh_TW")
    assert load_settings(services.paths).settings.language == "zh_TW"
    services.settings.set_language(None)
    assert load_settings(services.paths).settings.language is None
    with pytest.raises(ValidationError):
        services.settings.set_language("fr")


def test_system_info_and_backups(ready_services: Services) -> None:
    info = ready_services.system.info()
    assert info.schema_revision != "-"
    assert info.storage_mode == "sqlite"
    copy = ready_services.backups.backup_now(system_actor("岗亭"))
    latest = ready_services.backups.latest()
    assert latest is not None
    assert latest.path == copy


def test_estate_details_are_validated_and_audited(services: Services) -> None:
    from propdesk.domain.roles import Role
    from propdesk.errors import PermissionDeniedError
    from propdesk.services.core.actor import Actor
    from propdesk.services.core.audit import AuditFilter

    admin = Actor(None, "admin", "admin", Role.ADMIN, "客服中心")
    services.estate.set_up("翠湖花园")
    info = services.estate.update(admin, "翠湖花园", " 深圳市南山区 翠湖路 1号 ", "0755-1234 5678")
    assert (info.address, info.hotline) == ("深圳市南山区 翠湖路 1号", "0755-1234 5678")
    with pytest.raises(ValidationError) as caught:
        services.estate.update(admin, "翠湖花园", "", "call us")
    assert caught.value.field == "hotline"
    with pytest.raises(PermissionDeniedError):
        services.estate.update(Actor(None, "g", "g", Role.GUARD, "岗亭"), "x", "", "")
    rows = services.audit.page(admin, AuditFilter(entity="estate")).rows
    assert [r.action for r in rows] == ["update", "create"]  # set_up is audited too
    assert rows[0].after == {"address": "深圳市南山区 翠湖路 1号", "hotline": "0755-1234 5678"}
