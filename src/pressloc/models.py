"""Translation models: argos packages installed in a models folder.

Installed packages are read with argostranslate's own package machinery. Installing is
done here, not by ``argostranslate.package.install_from_path``: the archive is checked
before anything is extracted (no absolute or ``..`` paths, one top folder, a valid
``metadata.json``, the model and tokenizer argostranslate loads) and lands in the models
folder by an atomic rename.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .errors import ModelError

PIVOT = "en"
REQUIRED_METADATA = ("from_code", "to_code", "package_version")
# What argostranslate's Package loads: the CTranslate2 model and a tokenizer, one of each group.
REQUIRED_FILES = (("model/model.bin",), ("sentencepiece.model", "bpe.model"))
REINSTALL = "remove the folder or reinstall it with 'pressloc models install'"


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


def default_models_dir() -> Path:
    """``$PRESSLOC_MODELS_DIR``, else argostranslate's packages folder (``$ARGOS_PACKAGES_DIR``)."""
    for variable in ("PRESSLOC_MODELS_DIR", "ARGOS_PACKAGES_DIR"):
        if os.environ.get(variable):
            return Path(os.environ[variable])
    home = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return home / "argos-translate" / "packages"


def installed_models(models_dir: Path) -> list[Model]:
    """Every translation package in ``models_dir``, in folder order."""
    models = []
    if not models_dir.is_dir():
        return models
    for folder in sorted(models_dir.iterdir()):
        if not folder.is_dir() or folder.name.startswith("."):
            continue
        package = _load_package(folder)
        if getattr(package, "type", "translate") == "translate":
            models.append(Model(package.from_code, package.to_code, package.package_version, folder, package))
    return models


def _load_package(folder: Path):
    """argostranslate's ``Package`` for ``folder``, checked first as an archive is."""
    from argostranslate.package import Package

    try:
        raw = (folder / "metadata.json").read_bytes()
    except OSError as e:
        raise ModelError(f"{folder / 'metadata.json'}: cannot read ({e.strerror or e}); {REINSTALL}") from e
    metadata = parse_metadata(raw, str(folder / "metadata.json"), f"; {REINSTALL}")
    missing = missing_files(metadata, lambda name: (folder / name).is_file())
    if missing:
        raise ModelError(f"{folder}: not a valid argos package (no {' or '.join(missing)}); {REINSTALL}")
    try:
        return Package(folder)
    except (OSError, ValueError, KeyError) as e:
        raise ModelError(f"{folder}: not a valid argos package ({e}); {REINSTALL}") from e


def route(models: list[Model], source: str, target: str, models_dir: Path) -> list[Model]:
    """The packages that take ``source`` to ``target``: direct, else through English."""
    by_pair = {model.pair: model for model in models}
    if f"{source}:{target}" in by_pair:
        return [by_pair[f"{source}:{target}"]]
    legs = [f"{source}:{PIVOT}", f"{PIVOT}:{target}"]
    if PIVOT not in (source, target) and all(leg in by_pair for leg in legs):
        return [by_pair[leg] for leg in legs]
    missing = [leg for leg in legs if leg not in by_pair] if PIVOT not in (source, target) else [f"{source}:{target}"]
    raise ModelError(
        f"no model for {source}→{target} in {models_dir} (missing: {' '.join(missing)}); install it with "
        f"'pressloc models install {' '.join(missing)}' (from the package index) or "
        "'pressloc models install FILE.argosmodel' (offline)"
    )


def read_package_metadata(archive: Path) -> tuple[str, dict]:
    """Check an ``.argosmodel`` before extraction; ``(top folder, metadata)``."""
    try:
        with zipfile.ZipFile(archive) as zipped:
            names = zipped.namelist()
            top = _single_top_folder(archive, names)
            raw = zipped.read(f"{top}/metadata.json") if f"{top}/metadata.json" in names else None
    except zipfile.BadZipFile as e:
        raise ModelError(f"{archive}: not an argos package (not a zip archive)") from e
    except OSError as e:
        raise ModelError(f"{archive}: cannot read ({e.strerror or e})") from e
    if raw is None:
        raise ModelError(f"{archive}: not an argos package (no {top}/metadata.json)")
    metadata = parse_metadata(raw, f"{archive}: {top}/metadata.json")
    missing = missing_files(metadata, lambda name: f"{top}/{name}" in names)
    if missing:
        raise ModelError(f"{archive}: not an argos package (no {' or '.join(f'{top}/{n}' for n in missing)})")
    return top, metadata


def parse_metadata(raw: bytes, source: str, advice: str = "") -> dict:
    """A package's ``metadata.json``; a translation package's must have :data:`REQUIRED_METADATA`.
    Errors start with ``source`` and end with ``advice``."""
    try:
        metadata = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ModelError(f"{source} is not valid JSON ({e}){advice}") from e
    if not isinstance(metadata, dict):
        raise ModelError(f"{source} is not a JSON object{advice}")
    missing = [name for name in REQUIRED_METADATA if not metadata.get(name)] if _translates(metadata) else []
    if missing:
        raise ModelError(f"{source} lacks {', '.join(missing)}{advice}")
    return metadata


def missing_files(metadata: dict, exists: Callable[[str], bool]) -> tuple[str, ...]:
    """The first group of :data:`REQUIRED_FILES` of which ``exists`` finds none; ``()`` if none
    is missing or the package does not translate (argostranslate's sentence-splitter packages)."""
    groups = REQUIRED_FILES if _translates(metadata) else ()
    return next((group for group in groups if not any(exists(name) for name in group)), ())


def _translates(metadata: dict) -> bool:
    return metadata.get("type", "translate") == "translate"


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
    """Install an ``.argosmodel`` into ``models_dir`` atomically; the package folder."""
    archive = Path(archive)
    if not archive.is_file():
        raise ModelError(f"{archive}: no such file")
    top, _ = read_package_metadata(archive)
    models_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".install-", dir=models_dir))
    try:
        with zipfile.ZipFile(archive) as zipped:
            zipped.extractall(staging)
        destination = models_dir / top
        _replace_folder(staging / top, destination)
    except (zipfile.BadZipFile, zlib.error, EOFError) as e:
        raise ModelError(f"{archive}: the package is corrupt ({e}); download it again") from e
    except OSError as e:
        raise ModelError(f"{archive}: cannot install into {models_dir} ({e.strerror or e})") from e
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return destination


def _single_top_folder(archive: Path, names: list[str]) -> str:
    tops = set()
    for name in names:
        path = PurePosixPath(name)
        if path.is_absolute() or ".." in path.parts or "\\" in name or ":" in path.parts[0]:
            raise ModelError(f"{archive}: refused, the archive has an unsafe path '{name}'")
        tops.add(path.parts[0])
    if len(tops) != 1:
        raise ModelError(f"{archive}: not an argos package (expected one top folder, found {len(tops)})")
    return tops.pop()


def _replace_folder(new: Path, destination: Path) -> None:
    """Move ``new`` to ``destination``; an older version is swapped out, then removed."""
    old = None
    if destination.exists():
        old = destination.with_name(f".old-{destination.name}-{os.getpid()}")
        os.replace(destination, old)
    os.replace(new, destination)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


DEFAULT_INDEX = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/index.json"
Progress = Callable[[int, int], None]


def index_url() -> str:
    return os.environ.get("PRESSLOC_MODEL_INDEX") or DEFAULT_INDEX


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
        raise ModelError(f"the index lists no download link for {package.from_code}→{package.to_code}")
    folder.mkdir(parents=True, exist_ok=True)
    errors = []
    for link in links:
        fd, name = tempfile.mkstemp(prefix=".download-", suffix=".argosmodel", dir=folder)
        try:
            with os.fdopen(fd, "wb") as out:
                _stream(link, out, progress, timeout)
            return Path(name)
        except ModelError as e:
            Path(name).unlink(missing_ok=True)
            errors.append(str(e))
    raise ModelError("; ".join(errors))


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
