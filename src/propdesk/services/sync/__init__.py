"""The third storage mode: this station works on its own copy and syncs with the server."""
