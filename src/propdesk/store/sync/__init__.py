"""The machinery of a station that works on its own copy and syncs with the server."""
