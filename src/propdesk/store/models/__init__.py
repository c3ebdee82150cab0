"""All models, imported here so Base.metadata knows every table (Alembic needs it)."""

from propdesk.store.models.estate import Estate

__all__ = ["Estate"]
