"""A project's settings: ``pressloc.toml`` at its root, found by walking up from the current
folder as git finds ``.git``. An option beats an environment variable, which beats the file,
which beats the default; every value remembers where it came from, so a message can name the
setting to change.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from .errors import PresslocError
from .language import parse_languages

FILE = "pressloc.toml"
DEFAULT_INDEX = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/index.json"


class SettingsError(PresslocError):
    """A setting has a value pressloc cannot use, or pressloc.toml cannot be read."""


class Invalid(ValueError):
    """A value refused with a message that says it all (it names the value)."""


def _whole(low: int, high: int | None = None) -> Callable[[object], int]:
    def parse(value: object) -> int:
        number = (
            int(value) if isinstance(value, str) and value.strip().lstrip("-").isdigit() else value
        )
        if (
            not isinstance(number, int)
            or isinstance(number, bool)
            or number < low
            or (high and number > high)
        ):
            span = f"from {low} to {high}" if high else f"{low} or more"
            raise ValueError(f"a whole number {span}")
        return number

    return parse


def _positive(value: object) -> float:
    try:
        number = float(value) if not isinstance(value, bool) else None
    except (TypeError, ValueError):
        number = None
    if number is None or not number > 0:
        raise ValueError("a number above 0")
    return number


def _flag(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in (
        "1",
        "true",
        "yes",
        "on",
        "0",
        "false",
        "no",
        "off",
    ):
        return value.strip().lower() in ("1", "true", "yes", "on")
    raise ValueError("true or false")


def _languages(value: object) -> tuple[str, ...]:
    if isinstance(value, (list, tuple)) and len(value) == 0:
        raise ValueError("a list of one language code or more")
    if isinstance(value, (list, tuple)) and all(isinstance(code, str) for code in value):
        value = ",".join(value)
    if not isinstance(value, str):
        raise ValueError('a list of language codes such as ["en", "ko"]')
    try:
        return tuple(parse_languages(value))
    except PresslocError as e:
        raise Invalid(str(e)) from e


def _text(choices: tuple[str, ...] = (), kind: str = "") -> Callable[[object], str]:
    def parse(value: object) -> str:
        if isinstance(value, str) and kind and choices and value.strip() not in choices:
            raise Invalid(f"unknown {kind} '{value}'; choose one of: {', '.join(choices)}")
        if not isinstance(value, str) or not value.strip() or (choices and value not in choices):
            raise ValueError(f"one of {', '.join(choices)}" if choices else "a text")
        return value.strip()

    return parse


def _path(value: object) -> str:
    if isinstance(value, Path):
        value = str(value)
    if not isinstance(value, str) or not value.strip():
        raise ValueError("a folder or file path")
    return value


@dataclass(frozen=True)
class Setting:
    """One setting: its key in pressloc.toml, its environment variable and option, its default
    (None: computed, see :meth:`Settings.value`) and how a value is read."""

    key: str
    env: str
    option: str
    default: object
    parse: Callable[[object], object]
    help: str
    path: bool = False  # a path: relative to pressloc.toml's folder when written there


SETTINGS = {
    s.key: s
    for s in [
        Setting(
            "languages",
            "PRESSLOC_LANGUAGES",
            "--to",
            ("en", "ko"),
            _languages,
            "languages to translate into",
        ),
        Setting(
            "engine",
            "PRESSLOC_ENGINE",
            "--engine",
            "argos",
            _text(("argos", "pseudo"), "engine"),
            "translation engine: argos, or pseudo (pseudo-localisation, for testing)",
        ),
        Setting(
            "models_dir",
            "PRESSLOC_MODELS_DIR",
            "--models-dir",
            None,
            _path,
            "folder of installed argos packages (default: argostranslate's own)",
            path=True,
        ),
        Setting(
            "glossary",
            "PRESSLOC_GLOSSARY",
            "",
            "locales/glossary.csv",
            _path,
            "the glossary: a CSV file with the columns ru,en,ko,note",
            path=True,
        ),
        Setting(
            "memory_dir",
            "PRESSLOC_MEMORY_DIR",
            "",
            "locales/memory",
            _path,
            "translation memory files (.tmx, .po) to draft from, one folder per language: "
            "<memory_dir>/<lang>/",
            path=True,
        ),
        Setting(
            "check",
            "PRESSLOC_CHECK",
            "--check/--no-check",
            True,
            _flag,
            "run the QA checks on new drafts (and retry with other hypotheses)",
        ),
        Setting(
            "batch_size",
            "PRESSLOC_BATCH_SIZE",
            "--batch-size",
            64,
            _whole(1),
            "sentences translated between two saves of the catalogues",
        ),
        Setting("beam", "PRESSLOC_BEAM", "--beam", 4, _whole(1, 32), "beam size"),
        Setting(
            "device",
            "PRESSLOC_DEVICE",
            "--device",
            "cpu",
            _text(("cpu", "cuda", "auto")),
            "where the models run: cpu, cuda or auto",
        ),
        Setting(
            "threads",
            "PRESSLOC_THREADS",
            "--threads",
            0,
            _whole(0),
            "CPU threads per model; 0 lets CTranslate2 choose",
        ),
        Setting(
            "compute_type",
            "PRESSLOC_COMPUTE_TYPE",
            "--compute-type",
            "auto",
            _text(),
            "CTranslate2 compute type: auto, int8, int8_float32, float32, ...",
        ),
        Setting(
            "max_source_mb",
            "PRESSLOC_MAX_SOURCE_MB",
            "",
            50.0,
            _positive,
            "the largest source file read, in megabytes",
        ),
        Setting(
            "model_index",
            "PRESSLOC_MODEL_INDEX",
            "--index-url",
            DEFAULT_INDEX,
            _text(),
            "the argos package index that 'models install ru:en' reads",
        ),
    ]
}


@dataclass(frozen=True)
class Settings:
    """The values in force and where each came from (``origins``: an option, a variable,
    ``pressloc.toml`` or the default)."""

    values: Mapping[str, object]
    origins: Mapping[str, str]
    file: Path | None = None

    def __getattr__(self, key: str):
        if key in SETTINGS:
            return self.values[key]
        raise AttributeError(key)

    def origin(self, key: str) -> str:
        """Where the value of ``key`` came from, as a message says it."""
        return self.origins[key]


def find_file(start: Path) -> Path | None:
    """``pressloc.toml`` in ``start`` or the nearest folder above it."""
    start = Path(start).resolve()
    for folder in (start, *start.parents):
        candidate = folder / FILE
        if candidate.is_file():
            return candidate
    return None


def load(
    file: Path | None,
    root: Path,
    overrides: Mapping[str, object] = (),
    environ: Mapping[str, str] | None = None,
    start: Path | None = None,
) -> Settings:
    """The settings of the project at ``root``: ``overrides`` (the options given) beat the
    environment, which beats ``file`` (None: no pressloc.toml), which beats the defaults.
    Relative paths are read from the file's folder, or from ``start`` (the current folder)
    for an option or a variable."""
    environ = os.environ if environ is None else environ
    written = read_file(file) if file is not None else {}
    start = Path(start or Path.cwd())
    values, origins, overrides = {}, {}, dict(overrides)
    for key, setting in SETTINGS.items():
        if overrides.get(key) is not None:
            raw, origin, base = overrides[key], f"the {setting.option} option", start
        elif environ.get(setting.env):
            raw, origin, base = environ[setting.env], setting.env, start
        elif key in written:
            raw, origin, base = written[key], f"{key} in {file}", root
        else:
            values[key], origins[key] = _default(setting, root, environ), "the default"
            continue
        values[key], origins[key] = _parsed(setting, raw, origin, base), origin
    return Settings(values, origins, file)


def _parsed(setting: Setting, raw: object, origin: str, base: Path) -> object:
    try:
        value = setting.parse(raw)
    except Invalid as e:
        raise SettingsError(str(e) if origin.startswith("the ") else f"{origin}: {e}") from e
    except ValueError as e:
        raise SettingsError(f"{origin}: {raw!r} is not {e}") from e
    return (base / value) if setting.path else value


def _default(setting: Setting, root: Path, environ: Mapping[str, str]) -> object:
    if setting.key == "models_dir":
        return argos_packages_dir(environ)
    if setting.path:
        return root / str(setting.default)
    return setting.default


def argos_packages_dir(environ: Mapping[str, str]) -> Path:
    """argostranslate's packages folder: ``$ARGOS_PACKAGES_DIR``, else under the XDG data home."""
    if environ.get("ARGOS_PACKAGES_DIR"):
        return Path(environ["ARGOS_PACKAGES_DIR"])
    home = Path(environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return home / "argos-translate" / "packages"


def read_file(file: Path) -> dict[str, object]:
    """The settings written in ``file``; an unknown key or a syntax error names the file and
    line."""
    try:
        data = tomllib.loads(Path(file).read_bytes().decode("utf-8"))
    except OSError as e:
        raise SettingsError(f"{file}: cannot read ({e.strerror})") from e
    except UnicodeDecodeError as e:
        raise SettingsError(f"{file}: not valid UTF-8; save it as UTF-8") from e
    except tomllib.TOMLDecodeError as e:
        raise SettingsError(
            f"{file}: not valid TOML ({e}); fix it, or write a new one with 'pressloc init'"
        ) from e
    unknown = [key for key in data if key not in SETTINGS]
    if unknown:
        raise SettingsError(
            f"{file}: unknown setting '{unknown[0]}'; the settings are: {', '.join(SETTINGS)}"
        )
    return data


def init(folder: Path) -> Path:
    """Write a commented ``pressloc.toml`` in ``folder``; one already there is an error."""
    from .fsutil import swap_in

    path = Path(folder) / FILE
    if path.exists() or path.is_symlink():
        raise SettingsError(f"{path}: already there; edit it, or remove it to start again")
    if swap_in(path, template().encode("utf-8"), None) is not None:
        raise SettingsError(f"{path}: made meanwhile by another program; edit it instead")
    return path


def template() -> str:
    """A commented ``pressloc.toml``, as ``pressloc init`` writes it."""
    lines = [
        "# pressloc project settings. An option (such as --to) beats an environment variable",
        "# (such as PRESSLOC_LANGUAGES), which beats this file, which beats the default.",
        "# Paths are relative to this file's folder.",
        "",
    ]
    for setting in SETTINGS.values():
        default = setting.default
        shown = _toml(default) if default is not None else '"..."'
        names = ", ".join(name for name in (setting.option, setting.env) if name)
        lines.append(f"# {setting.help} ({names})")
        lines.append(f"{'' if setting.key == 'languages' else '# '}{setting.key} = {shown}")
        lines.append("")
    return "\n".join(lines)


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return "[" + ", ".join(f'"{item}"' for item in value) + "]"
    if isinstance(value, str):
        return f'"{value}"'
    return str(value)
