"""Atomic file writes: a temporary file in the same folder, flushed, fsynced, then renamed."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import PresslocError


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so readers see the old file or the new one, never a part."""
    path = Path(path)
    tmp = _temporary(path, data)
    try:
        os.replace(tmp, path)
    except OSError as e:
        _unlink(tmp)
        raise PresslocError(f"{path}: cannot write ({e.strerror})") from e
    _fsync_dir(path.parent)


def write_all_if_changed(outputs: dict[Path, str]) -> list[Path]:
    """Write each file of ``outputs`` whose bytes would change, all or none: every one is first
    written in full to a temporary file beside it, and only then are they all renamed into
    place, so a full disk or a folder in the way leaves every old file as it was. The paths
    written, in order."""
    pending: list[tuple[str, Path]] = []
    try:
        for path, text in outputs.items():
            path, data = Path(path), text.encode("utf-8")
            if not _holds(path, data):
                pending.append((_temporary(path, data), path))
        for tmp, path in pending:
            os.replace(tmp, path)
    except BaseException as e:
        for tmp, _ in pending:
            _unlink(tmp)
        if isinstance(e, OSError):
            raise PresslocError(f"{e.filename or path}: cannot write ({e.strerror})") from e
        raise
    for folder in dict.fromkeys(path.parent for _, path in pending):
        _fsync_dir(folder)
    return [path for _, path in pending]


def _temporary(path: Path, data: bytes) -> str:
    """A temporary file beside ``path`` holding ``data``, flushed and fsynced."""
    blocking = next((folder for folder in path.parents if folder.exists() and not folder.is_dir()), None)
    if blocking is not None:
        raise PresslocError(f"{blocking}: is a file, where a folder is to be; move it away")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as e:
        raise PresslocError(f"{path}: cannot write ({e.strerror}); check the folder's permissions") from e
    try:
        os.fchmod(fd, _mode_for(path))
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
    except BaseException as e:
        _unlink(tmp)
        if isinstance(e, OSError):
            raise PresslocError(f"{path}: cannot write ({e.strerror})") from e
        raise
    return tmp


def _unlink(tmp: str) -> None:
    try:
        os.unlink(tmp)
    except OSError:
        pass


def _holds(path: Path, data: bytes) -> bool:
    try:
        return path.read_bytes() == data
    except OSError:
        return False  # missing or unreadable: writing it says what is wrong


def _mode_for(path: Path) -> int:
    """The mode of the file being replaced, else the usual mode for a new file (umask)."""
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_stale_temporaries(folder: Path) -> int:
    """Delete temporary files a killed run left under ``folder``; call it holding the lock."""
    removed = 0
    for path in Path(folder).rglob(".*.tmp"):
        try:
            path.unlink()
            removed += 1
        except OSError:
            pass
    return removed
