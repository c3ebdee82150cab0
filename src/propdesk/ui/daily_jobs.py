"""Each module's daily housekeeping (ModuleSpec.daily, e.g. the gate's purge of old
visitors' personal data), run off the GUI thread for the main window: the first run on
a big database changes many rows. Each round first takes the day's audit anchor
(services.core.audit_anchors), so a window left open for days still anchors each day,
then the day's automatic backup when there is none yet (a copy of the whole file,
verified page by page: 40 s on a five-year estate after a reboot, which no start
waits for). The first round after the window opens ends with the full check of the
database file (every page read, read-only, so saves go on meanwhile) unless that
round's backup already read it all: a start only checks what it reads
(store.open_check), and damage found here is shown plainly (ui.damage_notice), nothing
moved or deleted while the window runs.

A plain thread rather than ui.worker.Worker: a Worker's thread ends only once the GUI
thread has handled its result, so it cannot be joined when the window closes or before
a restore replaces the database file.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Signal

from propdesk.errors import PropdeskError
from propdesk.services.bootstrap import Services
from propdesk.services.station.backup import CheckStoppedError, DamageFound
from propdesk.ui.damage_notice import show_damage_found

log = logging.getLogger(__name__)


class DailyJobs(QObject):
    """Carries each job's outcome from the thread to the window (`sig_result` with the
    DailyJob and how many records it changed, or None when it was not due;
    `sig_error` with the DailyJob and the exception). Not a child of the window, so it
    outlives a window dropped unclosed (tests) while the thread still emits; Qt drops
    the signal when the window is gone."""

    sig_result = Signal(object, object)
    sig_error = Signal(object, object)
    sig_damage = Signal(object)  # DamageFound, from the full check
    sig_backup = Signal(object)  # the day's backup made (its Path), or None: not due
    sig_backup_error = Signal(object)  # PropdeskError: the day's backup failed

    def __init__(self, services: Services) -> None:
        super().__init__()
        self._audit = services.audit
        self._paths = services.paths
        self._jobs = [
            (services.front_door_of(spec), job) for spec in services.modules for job in spec.daily
        ]
        self._stop = threading.Event()
        self.running: threading.Thread | None = None
        self._backups = services.backups
        # Once per start, until a round finishes it (a stopped or locked one is retried).
        self.full_check_due = services.backups.is_sqlite
        self.sig_damage.connect(self._on_damage)

    def run(self) -> threading.Thread | None:
        """Take the day's audit anchor, then start the jobs that are due, one after
        the other; None while the previous round runs."""
        if self.running is not None and self.running.is_alive():
            return None
        self._stop = stop = threading.Event()

        def round_of_jobs() -> None:
            self._audit.anchor_day(self._paths)  # once a day; never raises
            if self._backups.is_sqlite and not stop.is_set():
                self._back_up_the_day(stop)
            for door, job in self._jobs:
                if stop.is_set():
                    return
                try:
                    changed = job.run(door, lambda: not stop.is_set())
                except Exception as exc:  # shown on the GUI thread
                    self.sig_error.emit(job, exc)
                else:
                    self.sig_result.emit(job, changed)
            if self.full_check_due and not stop.is_set():
                self._check_in_full(stop)

        self.running = threading.Thread(target=round_of_jobs, name="daily-jobs")
        self.running.start()
        return self.running

    def _back_up_the_day(self, stop: threading.Event) -> None:
        """On the jobs' thread: the day's automatic backup, if not taken yet."""
        try:
            made = self._backups.ensure_daily(stopped=stop.is_set)
        except CheckStoppedError:
            return  # the window closing or a restore: the next round takes it
        except PropdeskError as exc:  # disk full, damaged database: said in the window
            self.sig_backup_error.emit(exc)
            return
        if made is not None:
            # Its copy was checked page by page: the file it was copied from is sound.
            self.full_check_due = False
        self.sig_backup.emit(made)

    def _check_in_full(self, stop: threading.Event) -> None:
        """On the jobs' thread: the full check, which stop_and_wait ends at once."""
        try:
            found = self._backups.find_damage(stopped=stop.is_set)
        except CheckStoppedError:
            return  # the window closing or a restore: the next round checks
        except PropdeskError as exc:  # locked by another program: the next round checks
            log.warning("full check of the database not made: %s", exc)
            return
        self.full_check_due = False
        if found is not None:
            self.sig_damage.emit(found)

    def _on_damage(self, found: DamageFound) -> None:
        """On the GUI thread."""
        show_damage_found(found)

    def stop_and_wait(self) -> None:
        """Stop after the chunk being written (the full check at once) and wait for
        the thread. A stopped job or check is finished by the next round."""
        self._stop.set()
        if self.running is not None:
            self.running.join()
