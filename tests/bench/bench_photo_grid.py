"""A thumbnail grid of 50 photos painted: thumbnails kept on disk, none kept, warm.

Issue 19's goal: a grid of 50 photos painted in ≤ 300 ms. The photos: 50 JPEGs of
3000×2000 (a phone's 6 megapixels) at quality 85, made once with QImage from noise
blurred by scaling, so they weigh what a phone's photos weigh (2.5–3 MB, not the
200 KB of a smooth gradient), attached through PhotoService to an inspection's items
(12 at most an item), each one's thumbnail then made as the window's "Add photo…" makes
it (timed: what attaching costs more). Timed: from `set_photos` on a shown PhotoStrip
(grid mode, big enough to show all 50) with a cold session cache until every thumbnail
is there and the grid repainted, in three cases: (a) the thumbnails kept on disk (the
usual case: made when the photos were attached): each file stat-checked, its 96 px
JPEG read; (b) none on disk (a restored backup's first view): each photo hashed whole,
decoded at thumbnail size and its thumbnail written; (c) the same 50 again in a
session that has made them. Baselines, in the same run and alternating with them: for
(a) the 50 thumbnail files read and decoded in a plain loop; for (b) QImageReader +
setScaledSize of the 50 photos in a plain loop, and the same decodes on one thread a
core (the floor for any grid that decodes the photos). All with the files in the OS
page cache, then all with them dropped from it (posix_fadvise DONTNEED, as after a
reboot).
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QSize, Qt, QThread
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtWidgets import QApplication

from propdesk.config import Paths
from propdesk.domain.inspections.kinds import InspectionKind
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import open_services
from propdesk.services.core.actor import Actor
from propdesk.services.inspections.inspection_inputs import InspectionInput
from propdesk.services.inspections.photos import MAX_PER_ITEM, PhotoService
from propdesk.services.inspections.service import InspectionServices
from propdesk.services.inspections.views import PhotoRef
from propdesk.store.attachments import thumbnails_folder
from propdesk.ui.widgets.photos.photo_delegate import CELL
from propdesk.ui.widgets.photos.photo_strip import SPACING, PhotoStrip
from propdesk.ui.widgets.photos.photo_thumbnails import (
    THUMB_SIZE,
    ThumbnailCache,
    make_thumbnail,
)
from tests.bench.timing import percentile

PHOTOS = 50
WIDTH, HEIGHT = 3000, 2000
QUALITY = 85
RUNS = 7
GOAL_MS = 300.0
COLUMNS = 10
MANAGER = Actor(None, "bench", "bench", Role.MANAGER, "工程部")


def _make_jpegs(folder: Path) -> list[Path]:
    """50 phone-sized JPEGs; noise scaled up smoothly compresses as a photo does."""
    rng = random.Random(19)
    files = []
    for n in range(PHOTOS):
        small = QImage(rng.randbytes(750 * 500 * 4), 750, 500, QImage.Format.Format_RGB32)
        big = small.scaled(
            WIDTH,
            HEIGHT,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        file = folder / f"IMG_{n:04}.jpg"
        if not big.save(str(file), "JPEG", QUALITY):
            raise RuntimeError(f"cannot write {file}")
        files.append(file)
    return files


def _attach(doors: InspectionServices, files: list[Path]) -> list[PhotoRef]:
    doors.templates.seed_defaults(
        MANAGER, "zh_CN", now=datetime.now().astimezone() - timedelta(days=2)
    )
    cleaning = next(
        t for t in doors.templates.templates(MANAGER) if t.kind is InspectionKind.CLEANING
    )
    area = cleaning.template.areas[0] if cleaning.template.areas else "1栋"
    done = doors.inspections.record(MANAGER, InspectionInput(cleaning.id, area, {}, all_pass=True))
    keys = [item.key for item in done.items]
    if len(keys) * MAX_PER_ITEM < PHOTOS:
        raise RuntimeError("the checklist has too few items for the photos")
    for n, file in enumerate(files):
        doors.photos.add(MANAGER, done.id, keys[n // MAX_PER_ITEM], file)
    detail = doors.inspections.detail(MANAGER, done.id)
    return [photo for line in detail.items for photo in line.photos]


def _wait(done: Callable[[], bool]) -> None:
    while not done():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.0005)


def _grid_painted(photos: PhotoService, refs: list[PhotoRef], cache: ThumbnailCache) -> float:
    """Seconds from handing the 50 photos to a shown grid until all are painted."""
    strip = PhotoStrip(photos, grid=True, cache=cache)
    rows = -(-len(refs) // COLUMNS)
    pitch = CELL + 2 * SPACING
    strip.resize(COLUMNS * pitch + 40, rows * pitch + 40)
    strip.show()
    QCoreApplication.processEvents()
    start = time.perf_counter()
    strip.set_photos(refs)
    _wait(lambda: strip.photo_model.loaded() and not strip.loading)
    strip.viewport().repaint()  # paints every cell now, all 50 on screen
    seconds = time.perf_counter() - start
    shown = sum(
        1
        for n in range(len(refs))
        if strip.viewport().rect().contains(strip.visualRect(strip.photo_model.index(n, 0)))
    )
    if shown != len(refs):
        raise RuntimeError(f"only {shown} of {len(refs)} thumbnails on screen")
    strip.hide()
    strip.deleteLater()
    QCoreApplication.processEvents()
    return seconds


def _decode(file: Path) -> None:
    reader = QImageReader(str(file))
    size = reader.size()
    box = QSize(THUMB_SIZE, THUMB_SIZE)
    reader.setScaledSize(size.scaled(box, Qt.AspectRatioMode.KeepAspectRatio))
    if reader.read().isNull():
        raise RuntimeError(f"cannot decode {file}")


def _raw_loop(files: list[Path]) -> float:
    """The baseline: each file's thumbnail decoded by QImageReader at 96 px."""
    start = time.perf_counter()
    for file in files:
        _decode(file)
    return time.perf_counter() - start


def _raw_cores(files: list[Path]) -> float:
    """The same decodes on one thread a core: the floor for any grid that decodes."""
    start = time.perf_counter()
    with ThreadPoolExecutor(QThread.idealThreadCount()) as pool:
        list(pool.map(_decode, files))
    return time.perf_counter() - start


def _raw_thumbnails(files: list[Path]) -> float:
    """The baseline of (a): each kept thumbnail file read and decoded."""
    start = time.perf_counter()
    for file in files:
        if QImage.fromData(file.read_bytes()).isNull():
            raise RuntimeError(f"cannot decode {file}")
    return time.perf_counter() - start


def _drop(files: list[Path]) -> None:
    os.sync()  # thumbnails just written: dirty pages are not dropped
    for file in files:
        fd = os.open(file, os.O_RDONLY)
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def _ms(values: list[float]) -> str:
    return (
        f"median {statistics.median(values) * 1000:6.1f} ms, "
        f"p90 {percentile(values, 90) * 1000:6.1f} ms"
    )


def _ratio(ours: list[float], base: list[float]) -> str:
    return f"ratio {statistics.median(ours) / statistics.median(base):.2f}"


def _verdict(ours: list[float]) -> str:
    mine = statistics.median(ours) * 1000
    return f"(goal {GOAL_MS:.0f} ms: {'ok' if mine <= GOAL_MS else 'OVER GOAL'})"


@dataclass
class _Figures:
    kept: list[float] = field(default_factory=list)  # (a) the grid, thumbnails on disk
    none: list[float] = field(default_factory=list)  # (b) the grid, no thumbnail on disk
    raw_thumbs: list[float] = field(default_factory=list)
    raw_loop: list[float] = field(default_factory=list)
    raw_cores: list[float] = field(default_factory=list)

    def print(self, files: str) -> None:
        threads = QThread.idealThreadCount()
        print(
            f"  files {files} (n={len(self.kept)}, cold session cache):\n"
            f"    (a) thumbnails kept on disk    {_ms(self.kept)}  {_verdict(self.kept)}\n"
            f"        raw: read + decode the 50 thumbnail files  {_ms(self.raw_thumbs)}"
            f"  {_ratio(self.kept, self.raw_thumbs)}\n"
            f"    (b) no thumbnail on disk       {_ms(self.none)}  {_verdict(self.none)}\n"
            f"        raw decode loop            {_ms(self.raw_loop)}"
            f"  {_ratio(self.none, self.raw_loop)}\n"
            f"        raw decode, {threads} threads      {_ms(self.raw_cores)}"
            f"  {_ratio(self.none, self.raw_cores)}\n"
            f"    (b) / (a) {_ratio(self.none, self.kept)}"
        )


def _round(
    service: PhotoService, refs: list[PhotoRef], thumbnails: Path, cold_files: bool
) -> _Figures:
    """RUNS of each case and baseline, in turn, so a load that comes and goes hits all."""
    photos = [service.file(ref)[0] for ref in refs]
    figures = _Figures()
    for _ in range(RUNS):
        kept = sorted(thumbnails.rglob("*.jpg"))
        if len(kept) != len(refs):
            raise RuntimeError(f"{len(kept)} thumbnails kept, not {len(refs)}")
        if cold_files:
            _drop(photos + kept)
        figures.kept.append(_grid_painted(service, refs, ThumbnailCache()))
        if cold_files:
            _drop(kept)
        figures.raw_thumbs.append(_raw_thumbnails(kept))
        shutil.rmtree(thumbnails)  # a restored backup's data folder: the next view makes them
        if cold_files:
            _drop(photos)
        figures.none.append(_grid_painted(service, refs, ThumbnailCache()))
        if cold_files:
            _drop(photos)
        figures.raw_loop.append(_raw_loop(photos))
        if cold_files:
            _drop(photos)
        figures.raw_cores.append(_raw_cores(photos))
    return figures


def _checks(photos: PhotoService, refs: list[PhotoRef]) -> None:
    """Where (a)'s time goes: the per-photo work alone, in a plain loop on this thread
    (the rest is the workers' start and the hand-over to the window), and the checks."""
    quick, whole, work = [], [], []
    for _ in range(RUNS):
        start = time.perf_counter()
        for ref in refs:
            make_thumbnail(photos, ref)
        work.append(time.perf_counter() - start)
        start = time.perf_counter()
        for ref in refs:
            photos.quick_file(ref)
        quick.append(time.perf_counter() - start)
        start = time.perf_counter()
        for ref in refs:
            photos.file(ref)
        whole.append(time.perf_counter() - start)
    print(
        f"  (a)'s work alone (make_thumbnail of the {len(refs)} kept, plain loop): {_ms(work)}\n"
        f"  the files' checks for {len(refs)}: quick_file (open + fstat) {_ms(quick)}; "
        f"file (SHA-256 of each) {_ms(whole)}"
    )


def run() -> None:
    QApplication.instance() or QApplication([])
    print(f"  load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as folder:
        camera = Path(folder) / "camera"
        camera.mkdir()
        started = time.perf_counter()
        sources = _make_jpegs(camera)
        sizes = [f.stat().st_size for f in sources]
        print(
            f"  made {len(sources)} JPEGs {WIDTH}×{HEIGHT} q{QUALITY} in "
            f"{time.perf_counter() - started:.1f} s, {min(sizes) / 1e6:.1f}–"
            f"{max(sizes) / 1e6:.1f} MB each"
        )
        services = open_services(Paths.resolve(Path(folder) / "data"), fast_hashing=True)
        try:
            services.estate.set_up("翠湖花园")
            doors = services.module(InspectionServices)
            refs = _attach(doors, sources)
            # What "Add photo…" does after attaching each: its thumbnail made and kept.
            made = []
            for ref in refs:
                start = time.perf_counter()
                make_thumbnail(doors.photos, ref)
                made.append(time.perf_counter() - start)
            thumbnails = thumbnails_folder(services.paths.data_dir)
            kept = [p.stat().st_size for p in thumbnails.rglob("*.jpg")]
            print(
                f"  a thumbnail made as a photo is attached: {_ms(made)} a photo; "
                f"{min(kept) / 1e3:.1f}–{max(kept) / 1e3:.1f} KB each"
            )
            _grid_painted(doors.photos, refs, ThumbnailCache())  # once: imports, fonts
            for cold_files in (False, True):
                figures = _round(doors.photos, refs, thumbnails, cold_files)
                figures.print("dropped from the page cache" if cold_files else "in the page cache")
            cache = ThumbnailCache()
            _grid_painted(doors.photos, refs, cache)
            warm = [_grid_painted(doors.photos, refs, cache) for _ in range(RUNS)]
            print(f"  (c) warm session cache (made earlier this session): {_ms(warm)}")
            _checks(doors.photos, refs)
        finally:
            services.close()
