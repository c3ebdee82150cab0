"""The community events' front door, built once from the shared services."""

from __future__ import annotations

from dataclasses import dataclass

from propdesk.services.core.module_spec import ModuleContext
from propdesk.services.events.events import EventService
from propdesk.services.events.notices import EventNoticeService
from propdesk.services.events.photos import EventPhotoService
from propdesk.services.station.estate import EstateService
from propdesk.store.attachments import AttachmentStore


@dataclass(frozen=True)
class EventServices:
    events: EventService  # plans, held, cancelled, voided; the lists and the archive
    notices: EventNoticeService  # the lobby notice (活动通知)
    photos: EventPhotoService  # the archive's pictures, kept in the data folder

    @classmethod
    def build(cls, context: ModuleContext) -> EventServices:
        return cls(
            events=EventService(context.store),
            notices=EventNoticeService(context.store, context.get(EstateService)),
            photos=EventPhotoService(context.store, context.find(AttachmentStore)),
        )
