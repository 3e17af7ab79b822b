"""Translation engines: a batch of sentences in, one draft per sentence out.

Engines are looked up by name and imported only when chosen, so commands that do not
translate never import machine-translation libraries.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from ...errors import EngineError

Progress = Callable[[int], None]


@dataclass(frozen=True)
class Draft:
    """A machine translation of one sentence and what produced it."""

    text: str
    score: float | None = None  # confidence, higher is better (e.g. mean log-probability)
    notes: dict[str, str] = field(default_factory=dict)  # recorded in the entry as ``mt-*``
    alternatives: tuple[str, ...] = ()  # the engine's next-best translations, best first


@dataclass(frozen=True)
class EngineSettings:
    """How an engine runs; every field can also come from a ``PRESSLOC_*`` variable."""

    models_dir: Path
    beam: int = 4
    device: str = "cpu"  # cpu, cuda or auto
    threads: int = 0  # CPU threads per model; 0 lets CTranslate2 choose
    compute_type: str = "auto"  # CTranslate2 compute type: auto, int8, float32, …
    batch_tokens: int = 2048  # tokens per CTranslate2 batch
    length_penalty: float = 0.2  # argostranslate's own value
    hypotheses: int = 4  # translations kept per sentence: the best and its alternatives
    models_origin: str = ""  # the setting that chose ``models_dir``, for messages


class Engine(Protocol):
    """An engine translates; it may also have ``check(source, target)``, which raises when it
    cannot translate that pair (a missing model) without translating anything."""

    name: str

    def translate(
        self, sentences: Sequence[str], source: str, target: str, progress: Progress | None = None
    ) -> list[Draft]:
        """One :class:`Draft` per sentence, in order; ``progress(n)`` after each n done."""


ENGINES: dict[str, str] = {
    "argos": "pressloc.mt.engines.argos:ArgosEngine",
    "pseudo": "pressloc.mt.engines.pseudo:PseudoEngine",
}
DEFAULT_ENGINE = "argos"


def check_engine(name: str) -> None:
    if name not in ENGINES:
        raise EngineError(f"unknown engine '{name}'; choose one of: {', '.join(sorted(ENGINES))}")


def get_engine(name: str, settings: EngineSettings) -> Engine:
    """The engine called ``name`` (imported only now); a clear error if there is none."""
    check_engine(name)
    module_name, _, class_name = ENGINES[name].partition(":")
    engine_class = getattr(importlib.import_module(module_name), class_name)
    return engine_class(settings)


def engine_settings(settings) -> EngineSettings:
    """The engine's settings from a project's :class:`pressloc.settings.Settings`."""
    return EngineSettings(
        models_dir=settings.models_dir,
        beam=settings.beam,
        device=settings.device,
        threads=settings.threads,
        compute_type=settings.compute_type,
        models_origin=settings.origin("models_dir"),
    )
