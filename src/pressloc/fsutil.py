"""Safe file writes: atomic, never through a link pressloc did not make, never over a save.

Every file is written to a temporary file beside it (flushed, fsynced) and renamed into place.
Temporary files and folders are named ``.<name>.<random>.pressloc-<pid>[.tmp]``: the clean-up
after a killed run deletes only such names, and only when their process is gone.

:func:`swap_in` is the write for files someone else may save meanwhile (a reviewer's PO editor):
the new file is exchanged with the old one in one step (``renameat2(RENAME_EXCHANGE)``), and what
came out is returned for the caller to compare with what it read, so a save that landed at any
moment before the exchange is seen and merged, never lost.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from .errors import PresslocError

OWN = re.compile(
    r"^\..*\.pressloc-(\d+)(?:\.tmp)?$"
)  # a name pressloc gave a temporary file or folder


def own_suffix(pid: int | None = None) -> str:
    """The end of every temporary name pressloc makes; ``pid``: the maker's (this process)."""
    return f".pressloc-{pid or os.getpid()}"


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so readers see the old file or the new one, never a part."""
    path = Path(path)
    tmp = _temporary(path, data)
    try:
        os.replace(tmp, path)
    except OSError as e:
        _unlink(tmp)
        raise PresslocError(f"{path}: cannot write ({_reason(e)})") from e
    _fsync_dir(path.parent)


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


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
            raise PresslocError(f"{e.filename or path}: cannot write ({_reason(e)})") from e
        raise
    for folder in dict.fromkeys(path.parent for _, path in pending):
        _fsync_dir(folder)
    return [path for _, path in pending]


def swap_in(path: Path, data: bytes, expected: bytes | None) -> bytes | None:
    """Compare and swap: if ``path`` holds ``expected`` (None: no file), put ``data`` there in
    one atomic step and return None; if someone saved something else there since the caller
    read it, leave ``path`` holding that save and return its content, for the caller to merge
    and try again. Either way no save is overwritten unseen, nobody reads ``data`` in place of
    a save it would hide, and ``path`` always holds a whole file.

    The old file comes out through an exchange of names (``renameat2(RENAME_EXCHANGE)``), so
    any save that landed before the exchange comes out with it, and one that lands after it
    simply replaces ``data``; a program still writing the old file in place is waited for.
    Until what came out is compared, a write lease on the new file makes programs that open it
    wait. When it is a save, the new file takes the save's content while it is out of place
    and goes back in: the waiting programs then read, or write over, the save. Where the file
    system cannot exchange names, the file is compared just before an ordinary rename (a
    window of microseconds; see docs/safety.md).
    """
    path = Path(path)
    tmp = _temporary(path, data)
    fd = os.open(tmp, os.O_RDWR | os.O_NOFOLLOW)
    leased = _lease(fd, fcntl.F_WRLCK)
    try:
        if expected is None and _create(tmp, path):
            return None
        try:
            exchanged = _exchange(tmp, path)
        except FileNotFoundError:  # deleted meanwhile: nothing to merge
            if _create(tmp, path):
                return None
            exchanged = _exchange(tmp, path)
        if not exchanged:
            return _compare_and_replace(tmp, path, expected)
        _fsync_dir(path.parent)
        displaced = _settled(tmp)
        return None if displaced == expected else _carry(tmp, path, fd, displaced)
    except OSError as e:
        raise PresslocError(f"{path}: cannot write ({_reason(e)})") from e
    finally:
        if leased:
            _lease(fd, fcntl.F_UNLCK)
        os.close(fd)
        _unlink(tmp)


def _carry(tmp: str, path: Path, ours: int, save: bytes) -> bytes:
    """After ``swap_in`` displaced ``save`` (now at ``tmp``) with our file ``ours``: put the
    newest save back at ``path``, and then our file in its place with the save's content, so
    that programs waiting to open ours (an editor about to save in place) find the save where
    it belongs. Our file is written only while it is out of place. The content ``path`` holds."""
    while True:
        save = _put_back(tmp, path, ours, save)
        if os.lstat(tmp).st_ino != os.fstat(ours).st_ino:
            _overwrite(ours, save)  # replaced by a save meanwhile: those waiting on it read it
            return save
        _overwrite(ours, save)
        _renameat2(tmp, path, _RENAME_EXCHANGE)
        _fsync_dir(path.parent)
        again = _settled(tmp)
        if again == save:
            return save
        save = again  # saved again meanwhile, in place or by a rename: carry that one


def _put_back(tmp: str, path: Path, ours: int, displaced: bytes) -> bytes:
    """Exchange ``tmp`` (a save ``swap_in`` displaced) back to ``path``, and again while what
    comes out is a newer save (one that replaced ours meanwhile), until ``path`` holds the
    newest; its content."""
    known = {os.fstat(ours).st_ino}
    current = displaced
    while True:
        known.add(os.lstat(tmp).st_ino)
        _renameat2(tmp, path, _RENAME_EXCHANGE)
        if os.lstat(tmp).st_ino in known:
            _fsync_dir(path.parent)
            return current
        current = _settled(tmp)


def _compare_and_replace(tmp: str, path: Path, expected: bytes | None) -> bytes | None:
    current = _read_quietly(path)
    if current is not None and current != expected:
        return current
    os.replace(tmp, path)
    _fsync_dir(path.parent)
    return None


def save_merging(
    path: Path, read: bytes | None, make: Callable[[bytes | None], bytes | None]
) -> bytes | None:
    """Write ``make(read)`` at ``path``, where ``read`` is what the caller last read there (None:
    no file) and ``make`` turns a file's content into what to write (None: nothing to change).
    A save someone made meanwhile is given to ``make`` and the result written in its place, so
    every save ends up merged (:func:`swap_in`). What the file holds now, as far as this
    process knows."""
    data = make(read)
    while data is not None:
        current = swap_in(path, data, read)
        if current is None:
            return data
        read, data = current, make(current)
    return read


_RENAME_EXCHANGE, _RENAME_NOREPLACE, _AT_FDCWD = 2, 1, -100
_F_SETLEASE = 1024  # Linux: fcntl(2) F_SETLEASE
_LEASE_WAIT = 30.0  # seconds to wait for a program still writing the displaced file


def _lease(fd: int, kind: int) -> bool:
    """Take (or with F_UNLCK give up) a lease on ``fd``'s file; False where there are none (no
    permission, a network file system, or lease breaks cannot be ignored in this thread)."""
    if kind != fcntl.F_UNLCK and not _ignoring_lease_breaks():
        return False
    try:
        fcntl.fcntl(fd, _F_SETLEASE, kind)
    except OSError:
        return False
    return True


def _ignoring_lease_breaks() -> bool:
    """A broken lease is signalled with SIGIO, which ends a process by default: pressloc does
    not need the signal (it holds leases for microseconds), so it is ignored where nobody set a
    handler. Signals can be set in the main thread only."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return signal.getsignal(signal.SIGIO) == signal.SIG_IGN
    if signal.getsignal(signal.SIGIO) == signal.SIG_DFL:
        signal.signal(signal.SIGIO, signal.SIG_IGN)
    return signal.getsignal(signal.SIGIO) == signal.SIG_IGN


def _overwrite(fd: int, data: bytes) -> None:
    os.ftruncate(fd, 0)
    os.pwrite(fd, data, 0)
    os.fsync(fd)


def _renameat2(source: str, target: Path, flags: int) -> bool:
    """``renameat2(source, target, flags)``; False where the system has no such call or the file
    system does not support the flag."""
    function = getattr(_libc(), "renameat2", None)
    if function is None:
        return False
    if function(_AT_FDCWD, os.fsencode(source), _AT_FDCWD, os.fsencode(str(target)), flags) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(target))


def _libc():
    global _LIBC
    if _LIBC is None:
        try:
            _LIBC = ctypes.CDLL(None, use_errno=True)
        except OSError:
            _LIBC = False
    return _LIBC or None


_LIBC = None


def _exchange(tmp: str, path: Path) -> bool:
    """Swap the names ``tmp`` and ``path`` (both exist); False if the file system cannot."""
    _refuse_link(path)
    return _renameat2(tmp, path, _RENAME_EXCHANGE)


def _create(tmp: str, path: Path) -> bool:
    """Give ``tmp`` the name ``path`` unless something has that name; False if something does."""
    try:
        if _renameat2(tmp, path, _RENAME_NOREPLACE):
            _fsync_dir(path.parent)
            return True
    except FileExistsError:
        return False
    try:
        os.link(tmp, path)  # fails if ``path`` exists, as the rename does
    except FileExistsError:
        return False
    _fsync_dir(path.parent)
    return True


def _settled(tmp: str) -> bytes:
    """What the displaced file at ``tmp`` holds, once no program has it open for writing (an
    editor saving in place into it before the exchange)."""
    return read_settled(tmp, follow=False)


def read_settled(path: Path | str, follow: bool = True) -> bytes:
    """The bytes of the file at ``path`` once no program has it open for writing, so that a
    save in place is read whole, not half-written: a read lease is granted only then (and
    holds off a writer while the file is read). Where there are no leases, it is read as is."""
    flags = os.O_RDONLY | os.O_NONBLOCK | (0 if follow else os.O_NOFOLLOW)
    fd = os.open(path, flags)
    try:
        deadline = time.monotonic() + _LEASE_WAIT
        while True:
            try:
                fcntl.fcntl(fd, _F_SETLEASE, fcntl.F_RDLCK)
            except OSError as e:
                if e.errno != errno.EAGAIN:
                    return _read_fd(fd)  # no leases here: read it as it is
                if time.monotonic() >= deadline:
                    raise PresslocError(
                        f"{path}: still being written by another program after "
                        f"{_LEASE_WAIT:.0f} s; close it and run again"
                    ) from e
                time.sleep(0.001)
                continue
            try:
                return _read_fd(fd)
            finally:
                fcntl.fcntl(fd, _F_SETLEASE, fcntl.F_UNLCK)
    finally:
        os.close(fd)


def _read_fd(fd: int) -> bytes:
    chunks = []
    offset = 0
    while chunk := os.pread(fd, 1 << 20, offset):
        chunks.append(chunk)
        offset += len(chunk)
    return b"".join(chunks)


def _read_quietly(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def _refuse_link(path: Path) -> None:
    if path.is_symlink():
        raise PresslocError(
            f"{path}: is a symbolic link; pressloc does not write through links "
            "it did not make: replace it with the file itself"
        )


def _temporary(path: Path, data: bytes) -> str:
    """A temporary file beside ``path`` holding ``data``, flushed and fsynced."""
    blocking = next(
        (folder for folder in path.parents if folder.exists() and not folder.is_dir()), None
    )
    if blocking is not None:
        raise PresslocError(f"{blocking}: is a file, where a folder is to be; move it away")
    _refuse_link(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(
            prefix=f".{path.name[:100]}.", suffix=own_suffix() + ".tmp", dir=path.parent
        )
    except OSError as e:
        raise PresslocError(f"{path}: cannot write ({_reason(e)})") from e
    try:
        os.fchmod(fd, _mode_for(path))
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
    except BaseException as e:
        _unlink(tmp)
        if isinstance(e, OSError):
            raise PresslocError(f"{path}: cannot write ({_reason(e)})") from e
        raise
    return tmp


def _reason(error: OSError) -> str:
    """The system's reason, with what to do where there is something obvious to do."""
    reason = error.strerror or str(error)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"{reason}; check the folder's permissions"
    if error.errno == errno.ENOSPC:
        return f"{reason}; free some space and run again"
    return reason


def _unlink(tmp: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(tmp)


def _holds(path: Path, data: bytes) -> bool:
    try:
        return not path.is_symlink() and path.read_bytes() == data
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


def is_stale(name: str) -> bool:
    """A temporary name pressloc made, whose process has ended (a killed run's leftover)."""
    match = OWN.match(name)
    if match is None:
        return False
    pid = int(match.group(1))
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OverflowError):
        return pid > 0 and not Path(f"/proc/{pid}").exists()
    return False


def remove_stale_temporaries(folders: Iterable[Path]) -> int:
    """Delete what killed runs left in ``folders`` (each, not below it): only names pressloc
    makes, whose process has ended, and never through a link. Call it holding the lock."""
    removed = 0
    for folder in folders:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if not is_stale(entry.name):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    shutil.rmtree(entry.path)
                elif entry.is_file(follow_symlinks=False):
                    os.unlink(entry.path)
                else:
                    continue
                removed += 1
            except OSError:
                pass
    return removed
