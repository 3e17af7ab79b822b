"""Translation models: argos packages installed in a models folder.

Installed packages are read with argostranslate's own package machinery. Installing is
done here, not by ``argostranslate.package.install_from_path``. The archive must be a regular
file, and is checked before anything is extracted: no absolute or ``..`` paths, no links or
other special members, one top folder (not a hidden one), sizes within :data:`MAX_MODEL_SIZE`
and :data:`MAX_RATIO`, a valid ``metadata.json``, the model and tokenizer argostranslate loads.
It is then extracted member by member, counting the bytes written, and lands in the models
folder by an atomic rename. An install holds the folder's lock and first removes what killed
installs left: every temporary name ends with :func:`~pressloc.fsutil.own_suffix`.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..errors import ModelError, PresslocError
from ..fsutil import _RENAME_EXCHANGE, _reason, _renameat2, own_suffix, remove_stale_temporaries
from ..lock import ProjectLock

PIVOT = "en"
REQUIRED_METADATA = ("from_code", "to_code", "package_version")
# What argostranslate's Package loads: the CTranslate2 model and a tokenizer, one of each group.
REQUIRED_FILES = (("model/model.bin",), ("sentencepiece.model", "bpe.model"))
REINSTALL = "remove the folder or reinstall it with 'pressloc models install'"
REPACK = "; get a good copy of the package from its publisher"
MAX_MODEL_SIZE = 4 << 30  # bytes a package may unpack to; $PRESSLOC_MAX_MODEL_SIZE overrides it
MAX_RATIO = 200  # real packages (int8 CTranslate2 weights, sentencepiece) compress 1.1–3×
RATIO_FLOOR = 1 << 20  # bytes up to which anything may expand (a small, repetitive text file)
MAX_METADATA = 1 << 20  # bytes of metadata.json
LOCK_WAIT = 3.0  # seconds an install waits for another one into the same folder
CHUNK = 1 << 20
CORRUPT = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError)
NOT_REGULAR = "not a regular file; give an .argosmodel package file"


@dataclass(frozen=True)
class Model:
    """An installed translation package."""

    from_code: str
    to_code: str
    version: str
    path: Path
    package: object  # argostranslate.package.Package

    @property
    def pair(self) -> str:
        return f"{self.from_code}:{self.to_code}"

    @property
    def label(self) -> str:
        return f"{self.path.name} {self.version}"


def installed_models(models_dir: Path) -> list[Model]:
    """Every translation package in ``models_dir``, in folder order."""
    if not models_dir.is_dir():
        return []
    try:
        folders = sorted(models_dir.iterdir())
    except OSError as e:
        raise ModelError(
            f"{models_dir}: cannot read ({e.strerror or e}); check the folder's permissions"
        ) from e
    models = []
    for folder in folders:
        if not folder.is_dir() or folder.name.startswith("."):
            continue
        package = _load_package(folder)
        if getattr(package, "type", "translate") == "translate":
            models.append(
                Model(package.from_code, package.to_code, package.package_version, folder, package)
            )
    return models


def _load_package(folder: Path):
    """argostranslate's ``Package`` for ``folder``, checked first as an archive is."""
    from argostranslate.package import Package

    path = folder / "metadata.json"
    metadata = parse_metadata(_read_metadata_file(path), str(path), f"; {REINSTALL}")
    missing = missing_files(metadata, lambda name: (folder / name).is_file())
    if missing:
        raise ModelError(
            f"{folder}: not a valid argos package (no {' or '.join(missing)}); {REINSTALL}"
        )
    try:
        return Package(folder)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
        raise ModelError(f"{folder}: not a valid argos package ({e}); {REINSTALL}") from e


def _read_metadata_file(path: Path) -> bytes:
    """An installed ``metadata.json``, read only if it is a regular file of a sane size (a FIFO
    there is never waited on)."""
    try:
        with open(os.open(path, os.O_RDONLY | os.O_NONBLOCK), "rb") as file:
            info = os.fstat(file.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise ModelError(f"{path}: not a regular file; {REINSTALL}")
            _check_metadata_size(info.st_size, str(path), f"; {REINSTALL}")
            return file.read(MAX_METADATA + 1)
    except OSError as e:
        raise ModelError(f"{path}: cannot read ({e.strerror or e}); {REINSTALL}") from e


def route(
    models: list[Model], source: str, target: str, models_dir: Path, origin: str = ""
) -> list[Model]:
    """The packages that take ``source`` to ``target``: direct, else through English.
    ``origin``: the setting that chose ``models_dir``, which a missing model's message names."""
    by_pair = {model.pair: model for model in models}
    if f"{source}:{target}" in by_pair:
        return [by_pair[f"{source}:{target}"]]
    legs = [f"{source}:{PIVOT}", f"{PIVOT}:{target}"]
    if PIVOT not in (source, target) and all(leg in by_pair for leg in legs):
        return [by_pair[leg] for leg in legs]
    missing = (
        [leg for leg in legs if leg not in by_pair]
        if PIVOT not in (source, target)
        else [f"{source}:{target}"]
    )
    chosen = f" (the folder {origin} names)" if origin else ""
    raise ModelError(
        f"no model for {source}→{target} in {models_dir}{chosen} "
        f"(missing: {' '.join(missing)}); install it with "
        f"'pressloc models install {' '.join(missing)}' (from the package index) or "
        "'pressloc models install FILE.argosmodel' (offline)"
    )


def parse_metadata(raw: bytes, source: str, advice: str = "") -> dict:
    """A package's ``metadata.json``; a translation package's must have :data:`REQUIRED_METADATA`
    as strings. Errors start with ``source`` and end with ``advice``."""
    _check_metadata_size(len(raw), source, advice)
    try:
        metadata = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ModelError(f"{source} is not valid JSON ({e}){advice}") from e
    except RecursionError as e:
        raise ModelError(f"{source} is not valid JSON (nested too deeply){advice}") from e
    if not isinstance(metadata, dict):
        raise ModelError(f"{source} is not a JSON object{advice}")
    if _translates(metadata):
        _check_required(metadata, source, advice)
    return metadata


def _check_required(metadata: dict, source: str, advice: str) -> None:
    values = {name: metadata.get(name) for name in REQUIRED_METADATA}
    missing = [name for name, value in values.items() if value is None or value == ""]
    if missing:
        raise ModelError(f"{source} lacks {', '.join(missing)}{advice}")
    for name, value in values.items():
        if not isinstance(value, str) or not value.strip():
            raise ModelError(f"{source} gives {name} as {_json_kind(value)}, not a string{advice}")


def _json_kind(value: object) -> str:
    kinds = {
        dict: "a JSON object",
        list: "a JSON array",
        bool: "a boolean",
        int: "a number",
        float: "a number",
        str: "a blank string",
    }
    return kinds.get(type(value), type(value).__name__)


def _check_metadata_size(size: int, source: str, advice: str) -> None:
    if size > MAX_METADATA:
        raise ModelError(
            f"{source} is larger than {MAX_METADATA:,} bytes, too large for package "
            f"metadata{advice}"
        )


def missing_files(metadata: dict, exists: Callable[[str], bool]) -> tuple[str, ...]:
    """The first group of :data:`REQUIRED_FILES` of which ``exists`` finds none; ``()`` if none
    is missing or the package does not translate (argostranslate's sentence-splitter packages)."""
    groups = REQUIRED_FILES if _translates(metadata) else ()
    return next((group for group in groups if not any(exists(name) for name in group)), ())


def _translates(metadata: dict) -> bool:
    return metadata.get("type", "translate") == "translate"


def install(
    items: Sequence[str], models_dir: Path, index: str, progress: Progress | None = None
) -> Iterator[Path]:
    """``pressloc models install``: each ``.argosmodel`` file of ``items``, then each language
    pair (``ru:en``) from the package ``index``, installed into ``models_dir``; the folders
    installed, one by one. Every item is checked before the index is read."""
    archives, pairs = split_install_items(items)
    for archive in archives:
        yield install_archive(archive, models_dir)
    if pairs:
        packages = fetch_index(index)
        for pair in pairs:
            archive = download(choose(packages, pair, index), models_dir, progress)
            try:
                yield install_archive(archive, models_dir)
            finally:
                archive.unlink(missing_ok=True)


def split_install_items(items: Sequence[str]) -> tuple[list[Path], list[str]]:
    """``models install`` arguments as ``(archives, pairs)``, all checked before any is fetched."""
    archives, pairs = [], []
    for item in items:
        if item.endswith(".argosmodel"):
            archives.append(Path(item))
        elif Path(item).exists() or len(parts := item.split(":")) != 2 or not all(parts):
            raise ModelError(f"{item}: not an .argosmodel file or a language pair such as ru:en")
        else:
            pairs.append(item)
    return archives, pairs


def install_archive(archive: Path, models_dir: Path) -> Path:
    """Install an ``.argosmodel`` into ``models_dir`` atomically; the package folder. The archive
    is checked first; the install holds the folder's lock and removes what killed ones left."""
    archive = Path(archive)
    with _opened(archive) as zipped:
        limits = _limits(archive, zipped)
        top, _ = _checked(archive, zipped, limits)
        with _locked(models_dir, archive):
            return _install(zipped, limits, top, models_dir)


@contextmanager
def _opened(archive: Path) -> Iterator[zipfile.ZipFile]:
    """``archive`` as a zip file; an error reading it, in one line."""
    with _open_regular(archive) as file:
        try:
            zipped = zipfile.ZipFile(file)
        except zipfile.BadZipFile as e:
            raise ModelError(f"{archive}: not an argos package (not a zip archive)") from e
        except OSError as e:
            raise ModelError(f"{archive}: cannot read ({e.strerror or e})") from e
        with zipped:
            try:
                yield zipped
            except CORRUPT as e:
                raise ModelError(
                    f"{archive}: the package is corrupt ({e}); download it again"
                ) from e
            except OSError as e:
                raise ModelError(f"{archive}: cannot read ({e.strerror or e})") from e


def _open_regular(archive: Path):
    """``archive`` open for reading, once ``os.stat`` shows a regular file: a FIFO or a device
    is never opened (and one swapped in meanwhile is not waited on)."""
    try:
        if stat.S_ISREG(os.stat(archive).st_mode):
            fd = os.open(archive, os.O_RDONLY | os.O_NONBLOCK)
            if stat.S_ISREG(os.fstat(fd).st_mode):
                return open(fd, "rb")
            os.close(fd)
    except FileNotFoundError as e:
        raise ModelError(f"{archive}: no such file") from e
    except OSError as e:
        raise ModelError(f"{archive}: cannot read ({e.strerror or e})") from e
    raise ModelError(f"{archive}: {NOT_REGULAR}")


def _checked(archive: Path, zipped: zipfile.ZipFile, limits: _Limits) -> tuple[str, dict]:
    """Check an open archive before extraction (``limits``: of its unpacked size);
    ``(top folder, metadata)``."""
    infos = zipped.infolist()
    names = {info.filename for info in infos}
    top = _single_top_folder(archive, [info.filename for info in infos])
    if top.startswith("."):
        raise ModelError(
            f"{archive}: refused, its folder '{top}' starts with '.', so 'pressloc "
            "models list' would never show it; repack it under a name without the '.'"
        )
    _check_members(archive, infos)
    _check_sizes(limits, infos)
    if f"{top}/metadata.json" not in names:
        raise ModelError(f"{archive}: not an argos package (no {top}/metadata.json)")
    info = zipped.getinfo(f"{top}/metadata.json")
    _check_metadata_size(info.file_size, f"{archive}: {info.filename}", REPACK)
    with zipped.open(info) as member:
        metadata = parse_metadata(
            member.read(MAX_METADATA + 1), f"{archive}: {info.filename}", REPACK
        )
    missing = missing_files(metadata, lambda name: f"{top}/{name}" in names)
    if missing:
        raise ModelError(
            f"{archive}: not an argos package (no {' or '.join(f'{top}/{n}' for n in missing)})"
        )
    return top, metadata


def _single_top_folder(archive: Path, names: list[str]) -> str:
    tops = set()
    for name in names:
        path = PurePosixPath(name)
        if (
            not path.parts
            or path.is_absolute()
            or ".." in path.parts
            or "\\" in name
            or ":" in path.parts[0]
        ):
            raise ModelError(f"{archive}: refused, the archive has an unsafe path '{name}'")
        tops.add(path.parts[0])
    if len(tops) != 1:
        raise ModelError(
            f"{archive}: not an argos package (expected one top folder, found {len(tops)})"
        )
    return tops.pop()


SPECIAL = {
    stat.S_IFLNK: "a symbolic link",
    stat.S_IFIFO: "a FIFO",
    stat.S_IFCHR: "a device",
    stat.S_IFBLK: "a device",
    stat.S_IFSOCK: "a socket",
}


def _check_members(archive: Path, infos: list[zipfile.ZipInfo]) -> None:
    """Refuse members that are not plain files or folders (a link would be extracted as a file
    holding its target), and encrypted ones."""
    for info in infos:
        kind = stat.S_IFMT(info.external_attr >> 16)  # 0: no Unix mode recorded
        if kind not in (0, stat.S_IFDIR if info.is_dir() else stat.S_IFREG):
            what = SPECIAL.get(kind, "of an unexpected kind")
            raise ModelError(
                f"{archive}: refused, '{info.filename}' is {what}, not a regular "
                f"file or folder{REPACK}"
            )
        if info.flag_bits & 0x1:
            raise ModelError(f"{archive}: refused, '{info.filename}' is encrypted{REPACK}")


def max_model_size() -> int:
    """The bytes a package may unpack to: ``$PRESSLOC_MAX_MODEL_SIZE``, else the default."""
    value = os.environ.get("PRESSLOC_MAX_MODEL_SIZE", "").strip()
    if not value:
        return MAX_MODEL_SIZE
    if not value.isdecimal() or int(value) == 0:
        raise ModelError(
            f"PRESSLOC_MAX_MODEL_SIZE={value}: not a number of bytes; set it to "
            f"one (the default is {MAX_MODEL_SIZE})"
        )
    return int(value)


@dataclass(frozen=True)
class _Limits:
    """What an archive of ``packed`` bytes may unpack to: ``size`` bytes, and no member nor the
    whole archive expanding more than :data:`MAX_RATIO` times beyond :data:`RATIO_FLOOR`."""

    archive: Path
    packed: int
    size: int

    def member(self, name: str, unpacked: int, packed: int) -> None:
        if unpacked > max(RATIO_FLOOR, MAX_RATIO * packed):
            raise ModelError(self._bomb(f"'{name}'"))

    def total(self, unpacked: int) -> None:
        if unpacked > self.size:
            raise ModelError(
                f"{self.archive}: refused, it unpacks to more than {self.size:,} "
                "bytes; if you trust it, raise PRESSLOC_MAX_MODEL_SIZE (in bytes)"
            )
        if unpacked > max(RATIO_FLOOR, MAX_RATIO * self.packed):
            raise ModelError(self._bomb("the archive"))

    def _bomb(self, what: str) -> str:
        return (
            f"{self.archive}: refused, {what} expands more than {MAX_RATIO}× (a zip bomb?); "
            f"argos packages expand about 3×{REPACK}"
        )


def _limits(archive: Path, zipped: zipfile.ZipFile) -> _Limits:
    return _Limits(archive, os.fstat(zipped.fp.fileno()).st_size, max_model_size())


def _check_sizes(limits: _Limits, infos: list[zipfile.ZipInfo]) -> None:
    """The sizes the archive declares, before anything is extracted."""
    for info in infos:
        limits.member(info.filename, info.file_size, info.compress_size)
    limits.total(sum(info.file_size for info in infos))


@contextmanager
def _locked(models_dir: Path, archive: Path) -> Iterator[None]:
    """Hold ``models_dir``'s lock and, holding it, remove what killed installs left there."""
    try:
        models_dir.mkdir(parents=True, exist_ok=True)
        lock = ProjectLock(models_dir, wait=LOCK_WAIT)
        lock.__enter__()
    except OSError as e:
        raise ModelError(f"{archive}: cannot install into {models_dir} ({_reason(e)})") from e
    except PresslocError as e:
        raise ModelError(f"{archive}: not installed: {e}") from e
    try:
        remove_stale_temporaries([models_dir])
        yield
    finally:
        lock.__exit__(None, None, None)


def _install(zipped: zipfile.ZipFile, limits: _Limits, top: str, models_dir: Path) -> Path:
    """Extract into a staging folder in ``models_dir``, then move the package into place."""
    staging = None
    try:
        staging = Path(tempfile.mkdtemp(prefix=".install-", suffix=own_suffix(), dir=models_dir))
        _extract(zipped, limits, staging)
        destination = models_dir / top
        _replace_folder(staging / top, destination)
    except OSError as e:
        raise ModelError(
            f"{limits.archive}: cannot install into {models_dir} ({_reason(e)})"
        ) from e
    finally:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
    return destination


def _extract(zipped: zipfile.ZipFile, limits: _Limits, staging: Path) -> None:
    """Extract member by member into ``staging``, making only folders and regular files, and
    check the limits on the bytes written, whatever the headers say."""
    written = 0
    for info in zipped.infolist():
        target = staging.joinpath(*PurePosixPath(info.filename).parts)
        try:
            if info.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with zipped.open(info) as member, open(target, "xb") as out:
                written = _copy(member, out, info, limits, written)
        except (FileExistsError, NotADirectoryError) as e:
            raise ModelError(
                f"{limits.archive}: refused, the archive has '{info.filename}' "
                f"twice, or as both a file and a folder{REPACK}"
            ) from e


def _copy(member, out, info: zipfile.ZipInfo, limits: _Limits, written: int) -> int:
    """Copy ``member`` to ``out`` chunk by chunk, checking each chunk before it is written; the
    bytes written in all."""
    copied = 0
    while chunk := member.read(CHUNK):
        copied += len(chunk)
        limits.member(info.filename, copied, info.compress_size)
        limits.total(written + copied)
        out.write(chunk)
    return written + copied


def _replace_folder(new: Path, destination: Path) -> None:
    """Move ``new`` to ``destination``. An older version is exchanged with it in one step where
    the file system can (it is left at ``new``, for the caller to remove), else renamed aside
    under a temporary name and removed."""
    if not os.path.lexists(destination):
        os.replace(new, destination)
        return
    if _renameat2(str(new), destination, _RENAME_EXCHANGE):
        return
    old = destination.with_name(f".old-{destination.name}{own_suffix()}")
    os.replace(destination, old)
    os.replace(new, destination)
    try:
        if old.is_dir() and not old.is_symlink():
            shutil.rmtree(old)
        else:
            old.unlink()
    except OSError:
        pass  # installed: what is left has a temporary name, which the next install removes


Progress = Callable[[int, int], None]


def fetch_index(url: str, timeout: float = 30) -> list:
    """The package index at ``url`` as argostranslate ``AvailablePackage`` objects.

    Read once, without argostranslate's retrying ``get_available_packages``: an unreachable
    index is one clear error.
    """
    from argostranslate.package import AvailablePackage

    data = _fetch(url, timeout, what="the model index")
    try:
        entries = json.loads(data.decode("utf-8"))
        packages = [AvailablePackage(entry) for entry in entries]
    except (UnicodeDecodeError, ValueError, TypeError, KeyError, AttributeError) as e:
        raise ModelError(f"{url}: not an argos package index ({e})") from e
    except RecursionError as e:
        raise ModelError(f"{url}: not an argos package index (nested too deeply)") from e
    return [package for package in packages if getattr(package, "type", "translate") == "translate"]


def choose(packages: list, pair: str, url: str):
    """The newest package for ``pair`` (``ru:en``) in the index."""
    from packaging.version import InvalidVersion, Version

    source, _, target = pair.partition(":")
    matches = [p for p in packages if p.from_code == source and p.to_code == target]
    if not matches:
        raise ModelError(f"{url}: the index has no package for {source}→{target}")

    def version(package) -> Version:
        try:
            return Version(str(package.package_version))
        except InvalidVersion:
            return Version("0")

    return max(matches, key=version)


def download(package, folder: Path, progress: Progress | None = None, timeout: float = 60) -> Path:
    """Download ``package`` (an ``AvailablePackage``) into ``folder``; the archive's path."""
    links = list(getattr(package, "links", []) or [])
    if not links:
        raise ModelError(
            f"the index lists no download link for {package.from_code}→{package.to_code}"
        )
    errors = []
    for link in links:
        try:
            return _download_to(folder, link, progress, timeout)
        except ModelError as e:
            errors.append(str(e))
        except OSError as e:
            raise ModelError(f"{folder}: cannot download into it ({_reason(e)})") from e
    raise ModelError("; ".join(errors))


def _download_to(folder: Path, link: str, progress: Progress | None, timeout: float) -> Path:
    """``link`` downloaded into a temporary file in ``folder``, removed if the download fails."""
    folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=".download-", suffix=own_suffix(), dir=folder)
    try:
        with os.fdopen(fd, "wb") as out:
            _stream(link, out, progress, timeout)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return Path(name)


def _open(url: str, timeout: float, what: str):
    import urllib.error
    import urllib.request

    if not url.startswith(("http://", "https://", "file:")):
        raise ModelError(f"{url}: {what} must be an http(s):// or file: address")
    try:
        return urllib.request.urlopen(url, timeout=timeout)
    except (urllib.error.URLError, OSError, ValueError) as e:
        reason = getattr(e, "reason", None) or e
        raise ModelError(
            f"{url}: cannot reach {what} ({reason}); check the network or PRESSLOC_MODEL_INDEX, "
            "or install offline with 'pressloc models install FILE.argosmodel'"
        ) from e


def _fetch(url: str, timeout: float, what: str) -> bytes:
    with _open(url, timeout, what) as response:
        try:
            return response.read()
        except OSError as e:
            raise ModelError(f"{url}: reading {what} failed ({e})") from e


def _stream(url: str, out, progress: Progress | None, timeout: float) -> None:
    with _open(url, timeout, "the package") as response:
        total = int(response.headers.get("Content-Length") or 0)
        done = 0
        while True:
            try:
                chunk = response.read(1 << 16)
            except OSError as e:
                raise ModelError(f"{url}: download interrupted ({e})") from e
            if not chunk:
                break
            out.write(chunk)
            done += len(chunk)
            if progress:
                progress(done, total)
        out.flush()
        os.fsync(out.fileno())
