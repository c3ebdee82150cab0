"""SQLAlchemy store: models, engine and pragmas, unit of work, migrations, backups."""
