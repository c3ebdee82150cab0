"""A TCP proxy between a station and the lane's server that cuts connections at random
moments: the network cable pulled mid-send, mid-commit, mid-pull.

Each connection through it gets a byte budget drawn at random when the proxy is armed;
the moment the bytes passed in either direction exceed it, both sockets are closed
(so a cut lands anywhere in the protocol: between statements, inside a COPY of rows,
between COMMIT and its answer). `down()` refuses every connection (the server "gone");
`up()` lets them through again.
"""

from __future__ import annotations

import random
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress


class CuttingProxy:
    def __init__(self, target_host: str, target_port: int, seed: int = 0) -> None:
        self.target = (target_host, target_port)
        self._random = random.Random(seed)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._lock = threading.Lock()
        self._links: list[tuple[socket.socket, socket.socket]] = []
        self._budgets: list[_Budget] = []
        self._budget: tuple[int, int] | None = None  # bytes per connection: low, high
        self._refusing = False
        self.cuts = 0
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def url_for(self, url: str) -> str:
        """The server's URL with this proxy's port."""
        from sqlalchemy import make_url

        return make_url(url).set(host="127.0.0.1", port=self.port).render_as_string(False)

    def arm(self, low: int = 200, high: int = 60_000) -> None:
        """New connections get a random budget in [low, high) bytes."""
        self._budget = (low, high)

    def disarm(self) -> None:
        """No more cuts, on new connections and on those open now."""
        self._budget = None
        with self._lock:
            for budget in self._budgets:
                budget.left = None

    def down(self) -> None:
        self._refusing = True
        self.cut_all()

    def up(self) -> None:
        self._refusing = False

    def cut_all(self) -> None:
        with self._lock:
            links, self._links = self._links, []
        for pair in links:
            _close(pair)
            self.cuts += 1

    def close(self) -> None:
        self._closed = True
        self.cut_all()
        self._listener.close()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _address = self._listener.accept()
            except OSError:
                return
            if self._refusing:
                client.close()
                continue
            try:
                server = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            pair = (client, server)
            budget = None if self._budget is None else self._random.randrange(*self._budget)
            counter = _Budget(budget)
            with self._lock:
                self._links.append(pair)
                self._budgets.append(counter)
            for source, sink in ((client, server), (server, client)):
                threading.Thread(
                    target=self._pump, args=(source, sink, pair, counter), daemon=True
                ).start()

    def _pump(
        self,
        source: socket.socket,
        sink: socket.socket,
        pair: tuple[socket.socket, socket.socket],
        budget: _Budget,
    ) -> None:
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                if budget.spend(len(data)):
                    self.cuts += 1
                    break
                sink.sendall(data)
        except OSError:
            pass
        _close(pair)
        with self._lock:
            if pair in self._links:
                self._links.remove(pair)


class _Budget:
    def __init__(self, left: int | None) -> None:
        self.left = left
        self._lock = threading.Lock()

    def spend(self, n: int) -> bool:
        """True when this spending goes over the budget (the link is cut)."""
        with self._lock:
            if self.left is None:
                return False
            self.left -= n
            return self.left < 0


def _close(pair: tuple[socket.socket, socket.socket]) -> None:
    for sock in pair:
        with suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
        sock.close()


@contextmanager
def cutting_proxy(url: str, seed: int = 0) -> Iterator[CuttingProxy]:
    from sqlalchemy import make_url

    parsed = make_url(url)
    proxy = CuttingProxy(parsed.host or "127.0.0.1", parsed.port or 5432, seed)
    try:
        yield proxy
    finally:
        proxy.close()
