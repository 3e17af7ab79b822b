"""A Transformer-base argos package with random weights, for the throughput benchmark.

No weights can be downloaded, and the work a model does depends on its shape, not on what
it has learnt, so the benchmark builds its own: a SentencePiece vocabulary trained on the
shared NTREX corpus (Russian and English, one joint vocabulary as argos packages have) and
a CTranslate2 ``TransformerSpec`` of the Transformer-base shape filled with seeded random
numbers, quantised to int8. It is wrapped as an argos package folder (``metadata.json``,
``sentencepiece.model``, ``model/``) that ``argostranslate.package.Package`` and pressloc's
``installed_models()`` read like any installed package.

The package is cached under the system temporary folder, keyed by a hash of everything
that goes into it, so only the first run pays for building it (about half a minute).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

PACKAGE_NAME = "bench-ru_en"
SPECIALS = {
    "<s>": 0,
    "<pad>": 1,
    "</s>": 2,
    "<unk>": 3,
}  # ids in both SentencePiece and CTranslate2


@dataclass(frozen=True)
class Shape:
    """The model to build; every field goes into the cache key."""

    layers: int = 6
    d_model: int = 512
    heads: int = 8
    ffn: int = 2048
    vocab: int = 8000
    seed: int = 1234
    quantization: str = "int8"


def cached_models_dir(shape: Shape, corpus: Path) -> Path:
    """A models folder holding only the benchmark package, built on first use."""
    import ctranslate2

    key = hashlib.sha256(
        json.dumps([asdict(shape), _file_digest(corpus), ctranslate2.__version__]).encode()
    ).hexdigest()[:16]
    models_dir = Path(tempfile.gettempdir()) / "pressloc-bench" / key
    if not (models_dir / PACKAGE_NAME / "model" / "model.bin").is_file():
        _build_atomically(shape, corpus, models_dir)
    return models_dir


def _file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _build_atomically(shape: Shape, corpus: Path, models_dir: Path) -> None:
    models_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".build-", dir=models_dir))
    try:
        build_package(shape, corpus, staging)
        shutil.rmtree(models_dir / PACKAGE_NAME, ignore_errors=True)
        os.replace(staging, models_dir / PACKAGE_NAME)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def build_package(shape: Shape, corpus: Path, folder: Path) -> None:
    """Write an argos ru→en package with random weights into ``folder``."""
    sp_model = train_sentencepiece(corpus_texts(corpus), shape)
    (folder / "sentencepiece.model").write_bytes(sp_model)
    vocabulary = _vocabulary(sp_model)
    spec = random_spec(shape, vocabulary)
    (folder / "model").mkdir()
    spec.save(str(folder / "model"))
    metadata = {
        "package_version": "0.0.1-bench",
        "argos_version": "1.11.0",
        "from_code": "ru",
        "from_name": "Russian",
        "to_code": "en",
        "to_name": "English",
        "type": "translate",
        "code": "translate-ru_en-bench",
    }
    (folder / "metadata.json").write_text(json.dumps(metadata, indent=2), encoding="utf-8")
    (folder / "README.md").write_text(
        "Random weights (Transformer-base shape), built by pressloc's benchmarks/_model.py. "
        "Translates nothing; for throughput measurements only.\n",
        encoding="utf-8",
    )


def corpus_texts(corpus: Path) -> list[str]:
    """Every Russian and English sentence of a ``{"ru": ..., "en": ...}`` JSONL file."""
    rows = [
        json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    return [row["ru"] for row in rows] + [row["en"] for row in rows]


def train_sentencepiece(texts: list[str], shape: Shape) -> bytes:
    import sentencepiece as spm

    spm.set_random_generator_seed(shape.seed)
    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(texts),
        model_writer=model,
        model_type="unigram",
        vocab_size=shape.vocab,
        character_coverage=1.0,
        **{
            f"{name}_id": index
            for name, index in zip(("bos", "pad", "eos", "unk"), SPECIALS.values(), strict=True)
        },
        **{
            f"{name}_piece": piece
            for name, piece in zip(("bos", "pad", "eos", "unk"), SPECIALS, strict=True)
        },
        num_threads=1,
        minloglevel=2,
    )
    return model.getvalue()


def _vocabulary(sp_model: bytes) -> list[str]:
    import sentencepiece as spm

    processor = spm.SentencePieceProcessor(model_proto=sp_model)
    return [processor.id_to_piece(index) for index in range(processor.get_piece_size())]


def random_spec(shape: Shape, vocabulary: list[str]):
    """A pre-norm Transformer with seeded random weights, optimised (int8) and validated."""
    import numpy as np
    from ctranslate2.specs import model_spec, transformer_spec

    spec = transformer_spec.TransformerSpec.from_config(shape.layers, shape.heads)
    rng = np.random.default_rng(shape.seed)

    def fill(layer, name, value):
        attribute = name.rsplit("/", 1)[-1]
        if value is None or (attribute == "bias" and value == model_spec.OPTIONAL):
            setattr(layer, attribute, _random_variable(rng, shape, name, len(vocabulary)))

    model_spec.visit_spec(spec, fill)
    spec.register_source_vocabulary(vocabulary)
    spec.register_target_vocabulary(vocabulary)
    spec.validate()
    spec.optimize(quantization=shape.quantization)
    return spec


def _random_variable(rng, shape: Shape, name: str, vocab: int):
    """Random values of the right shape for the variable called ``name``."""
    import numpy as np

    d = shape.d_model
    parts = name.split("/")
    attribute, layer = parts[-1], parts[-2]
    if attribute in ("gamma", "beta"):
        return (np.ones(d) if attribute == "gamma" else np.zeros(d)).astype(np.float32)
    rows, columns = _linear_shape(parts, layer, d, shape.ffn, vocab)
    if attribute == "bias":
        return (rng.standard_normal(rows, dtype=np.float32) * 0.02).astype(np.float32)
    return rng.standard_normal((rows, columns), dtype=np.float32) / np.float32(np.sqrt(columns))


def _linear_shape(parts: list[str], layer: str, d: int, ffn: int, vocab: int) -> tuple[int, int]:
    """(output, input) size of a weight matrix, from its place in the spec."""
    if layer.startswith("embeddings") or layer == "projection":
        return vocab, d
    if parts[-3] == "ffn":
        return (ffn, d) if layer == "linear_0" else (d, ffn)
    fused = {"self_attention": {"linear_0": 3}, "attention": {"linear_1": 2}}
    return fused.get(parts[-3], {}).get(layer, 1) * d, d
