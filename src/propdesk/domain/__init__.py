"""Pure rules: no Qt, no database session, no settings file."""
