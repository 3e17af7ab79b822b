"""The ``argos`` engine: argostranslate packages, CTranslate2 driven directly.

pressloc has already segmented the text, so argostranslate's ``translate()`` (which runs a
sentence splitter that downloads models on first use) is never called. Each package's own
tokenizer and target prefix are used, every pending sentence of a run goes through one
``Translator`` per model, and each model is loaded once, only when there is work for it.
Russian→Korean goes through English unless a direct package is installed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ...errors import EngineError, ModelError
from ..models import Model, installed_models, route
from . import Draft, EngineSettings, Progress


@dataclass(frozen=True)
class Hypothesis:
    text: str
    score: float  # mean log-probability per token
    alternatives: tuple[str, ...] = ()  # the next-best translations of the beam


class ArgosEngine:
    """Translate with the argos packages installed in ``settings.models_dir``."""

    name = "argos"

    def __init__(self, settings: EngineSettings):
        self.settings = settings
        self._translators: dict[str, object] = {}

    def check(self, source: str, target: str) -> None:
        """Raise :class:`ModelError` unless the installed packages take ``source`` to ``target``."""
        self._route(source, target)

    def _route(self, source: str, target: str) -> list[Model]:
        folder = self.settings.models_dir
        return route(installed_models(folder), source, target, folder, self.settings.models_origin)

    def translate(
        self, sentences: Sequence[str], source: str, target: str, progress: Progress | None = None
    ) -> list[Draft]:
        legs = self._route(source, target)
        texts = list(sentences)
        first = self.run(legs[0], texts, progress if len(legs) == 1 else None)
        if len(legs) == 1:
            return [Draft(h.text, h.score, {"model": legs[0].label}, h.alternatives) for h in first]
        second = self.run(legs[1], [h.text for h in first], progress)
        pivot = legs[0].to_code
        return [
            Draft(
                h2.text,
                min(h1.score, h2.score),  # a chain is as sure as its weaker link
                {
                    "model": f"{legs[0].label} + {legs[1].label}",
                    "pivot": pivot,
                    f"pivot-{pivot}": h1.text,
                },
                h2.alternatives,
            )
            for h1, h2 in zip(first, second, strict=False)
        ]

    def run(
        self, model: Model, texts: list[str], progress: Progress | None = None
    ) -> list[Hypothesis]:
        """Translate ``texts`` with one package; the best hypothesis for each, in order, with
        the beam's other hypotheses as alternatives (they cost nothing extra)."""
        tokenizer = model.package.tokenizer
        tokens = [tokenizer.encode(text) for text in texts]
        prefix = model.package.target_prefix or None
        hypotheses = []
        for result in self._streamed(model, tokens):
            texts_out = [_detokenize(tokenizer, words, prefix) for words in result.hypotheses]
            others = tuple(dict.fromkeys(text for text in texts_out[1:] if text != texts_out[0]))
            score = self._mean_logprob(result.scores[0], result.hypotheses[0])
            hypotheses.append(Hypothesis(texts_out[0], score, others))
            if progress:
                progress(1)
        return hypotheses

    def _streamed(self, model: Model, tokens: list[list[str]]):
        """CTranslate2's results in order, as they come (the progress bar follows them). A model
        with learned positions has a longest input (the toy models: 160 tokens); a longer
        sentence is cut to it rather than stop the run, with the rest translated the same way:
        the draft then lacks its end, and the QA checks flag it for the reviewer."""
        done = 0
        try:
            for result in self._results(model, tokens):
                done += 1
                yield result
        except RuntimeError as e:
            limit = _POSITIONS.search(str(e))
            if limit is None:
                raise
            yield from self._results(model, tokens[done:], int(limit.group(1)) - 1)

    def _results(self, model: Model, tokens: list[list[str]], limit: int = 0):
        prefix = model.package.target_prefix or None
        lengths = {"max_input_length": limit, "max_decoding_length": limit} if limit else {}
        return self.translator(model).translate_iterable(
            tokens,
            target_prefix=[[prefix]] * len(tokens) if prefix else None,
            max_batch_size=self.settings.batch_tokens,
            batch_type="tokens",
            beam_size=self.settings.beam,
            length_penalty=self.settings.length_penalty,
            replace_unknowns=True,
            return_scores=True,
            num_hypotheses=min(self.settings.hypotheses, self.settings.beam),
            **lengths,
        )

    def translator(self, model: Model):
        """The CTranslate2 translator of ``model``, loaded on first use."""
        key = str(model.path)
        if key not in self._translators:
            import ctranslate2

            device = self.settings.device
            if device == "auto":
                device = "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"
            _check_options(ctranslate2, device, self.settings.compute_type)
            try:
                self._translators[key] = ctranslate2.Translator(
                    str(model.path / "model"),
                    device=device,
                    compute_type=self.settings.compute_type,
                    inter_threads=1,
                    intra_threads=self.settings.threads,
                )
            except (RuntimeError, ValueError, OSError) as e:
                raise ModelError(
                    f"{model.path / 'model'}: cannot load the model ({e}); reinstall it with "
                    f"'pressloc models install'"
                ) from e
        return self._translators[key]

    def _mean_logprob(self, score: float, words: list[str]) -> float:
        """CTranslate2's score is the log-probability divided by length**penalty; undo that."""
        length = len(words) + 1  # the end-of-sentence token is scored too
        return score * length**self.settings.length_penalty / length


_POSITIONS = re.compile(
    r"positions >= (\d+)"
)  # CTranslate2: an input longer than the model's positions


def _check_options(ctranslate2, device: str, compute_type: str) -> None:
    """A device or compute type CTranslate2 cannot use is the option's fault, not the model's."""
    try:
        supported = {"auto", "default", *ctranslate2.get_supported_compute_types(device)}
    except (RuntimeError, ValueError) as e:
        raise EngineError(
            f"--device {device}: CTranslate2 cannot use it ({e}); choose --device cpu"
        ) from e
    if compute_type not in supported:
        raise EngineError(
            f"--compute-type {compute_type}: CTranslate2 does not support it on {device}; "
            f"choose one of: {', '.join(sorted(supported))}"
        )


def _detokenize(tokenizer, words: list[str], prefix: str | None) -> str:
    if prefix and words and words[0] == prefix:
        words = words[1:]
    return tokenizer.decode(words).strip()
