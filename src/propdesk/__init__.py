"""propdesk: the desktop console of a residential property-service centre."""

__version__ = "0.1.0"
