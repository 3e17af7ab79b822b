#!/usr/bin/env python3
"""Build the toy argostranslate packages used by pressloc's tests.

    python tests/models/build_toy_models.py [--out tests/models]

Writes ``toy-ru_en.argosmodel`` and ``toy-en_ko.argosmodel``: tiny but real
Argos Translate packages (SentencePiece + CTranslate2) trained on the parallel
corpus ``corpus.tsv`` beside this script. They are TOYS: they reproduce their
training sentences and translate nothing else sensibly.

Recipe
------
* One joint SentencePiece unigram model over the ru, en and ko columns
  (``normalization_rule_name="identity"``, full character coverage, 1000
  pieces: the corpus alone has ~350 distinct characters, Hangul included, so
  ~400 pieces cannot work, and near-word pieces keep sequences short). Its
  special ids are laid out like BART's (``<s>``=0, ``<pad>``=1, ``</s>``=2,
  ``<unk>``=3), so SentencePiece ids, the BART config's special ids and the
  CTranslate2 vocabulary are the same list; the script checks this.
* A tiny transformers BART (d_model 64, 1 encoder + 1 decoder layer) per
  direction, 600 full-batch steps on CPU (the batch is cut into length buckets
  whose gradients are summed, to spend little time on padding). The source is the bare SentencePiece
  pieces, exactly what ``argostranslate``'s ``SentencePieceTokenizer.encode``
  gives (no BOS/EOS); the decoder starts from ``<s>`` and ends with ``</s>``.
  Decoder-input noise (15% random token substitution) makes the model
  robust to its own mistakes: without it greedy search reproduces the corpus
  but beam search wanders off into a low-probability branch that ends early
  in another training sentence.
* ``ctranslate2.converters.TransformersConverter`` converts it (float32).
* The package is a zip with one top-level folder holding ``metadata.json``,
  ``sentencepiece.model``, ``model/`` (CTranslate2) and ``README.md``. No
  ``stanza/`` data: pressloc segments sentences itself and drives CTranslate2
  directly, so argostranslate's sentence splitter is never used.
* At the end every training pair is decoded with beam search using
  argostranslate's settings (beam 4, ``length_penalty=0.2``,
  ``replace_unknowns=True``) and must come out exactly; otherwise exit 1.

Determinism: fixed seeds, one thread, ``torch.use_deterministic_algorithms``,
SentencePiece trained from an iterator into memory (so no file paths end up
in the model), zips with sorted entries, fixed timestamps and permissions.
Two runs on the same machine give byte-identical packages. (Other CPUs or
library versions may round differently and give other bytes.)

Build requirements (separate venv; not pressloc's runtime dependencies):

    python3 -m venv /tmp/toyvenv
    /tmp/toyvenv/bin/pip install torch==2.13.0
    /tmp/toyvenv/bin/pip install transformers==5.24.0 sentencepiece==0.2.3 \
        ctranslate2==4.8.5 argostranslate==1.11.0
    /tmp/toyvenv/bin/python tests/models/build_toy_models.py

Takes about 2 minutes on 2 CPU cores; each package is about 760 kB (< 1 MB).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import os
import random
import re
import shutil
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import NoReturn

# Pin thread counts before torch / ctranslate2 load their runtimes.
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")
os.environ["CUBLAS_WORKSPACE_CONFIG"] = ":4096:8"
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import ctranslate2
import sentencepiece as spm
import torch
import transformers
from ctranslate2.converters import TransformersConverter

transformers.logging.set_verbosity_error()
transformers.logging.disable_progress_bar()

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
CORPUS = HERE / "corpus.tsv"
SAMPLE = REPO / "seeds" / "kg-kr-textile-forum.ru.txt"

SEED = 1234
VOCAB_SIZE = 1000  # near the corpus's maximum (~1080): short sequences, easy to memorise
D_MODEL = 64
FFN_DIM = 256
HEADS = 4
STEPS = 600
LR = 5e-3
WARMUP = 40
BUCKET_TOKENS = 1024  # padded tokens per training batch
NOISE = 0.15  # probability of replacing a decoder-input token by a random one

# argostranslate 1.11.0 decoding settings (translate.apply_packaged_translation)
BEAM_SIZE = 4
LENGTH_PENALTY = 0.2

ARGOS_VERSION = "1.11.0"
PACKAGE_VERSION = "0.0.1-toy"
LANG_NAMES = {"ru": "Russian", "en": "English", "ko": "Korean"}
PAIRS = [("ru", "en"), ("en", "ko")]

SPECIALS = {"<s>": 0, "<pad>": 1, "</s>": 2, "<unk>": 3}
BOS, PAD, EOS, UNK = 0, 1, 2, 3

ZIP_DATE = (1980, 1, 1, 0, 0, 0)


def log(msg: str) -> None:
    print(msg, flush=True)


def fail(msg: str) -> NoReturn:
    print(f"ERROR: {msg}", file=sys.stderr, flush=True)
    sys.exit(1)


# --------------------------------------------------------------------------
# corpus


def read_corpus(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    for n, row in enumerate(rows, 2):
        if set(row) != {"ru", "en", "ko"} or None in row.values():
            fail(f"{path}:{n}: expected exactly the columns ru, en, ko")
        for code, text in row.items():
            if not text or text != text.strip() or "  " in text:
                fail(f"{path}:{n}: {code} is empty or has stray spaces")
            if "_" in text:
                # argostranslate's SentencePieceTokenizer.decode turns "_" into " "
                fail(f"{path}:{n}: {code} contains '_', which argos decoding mangles")
    for code in ("ru", "en"):
        texts = [r[code] for r in rows]
        if len(set(texts)) != len(texts):
            fail(f"duplicate {code} sentences in {path}: a source must map to one target")
    return rows


def sample_sentences(path: Path) -> list[str]:
    """The sample release split like pressloc's segmenter: at sentence-final
    punctuation followed by a space and an uppercase letter."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            out += re.split(r"(?<=[.!?…])\s+(?=[A-ZА-ЯЁ])", line.strip())
    return out


# --------------------------------------------------------------------------
# SentencePiece


def train_sentencepiece(texts: list[str]) -> bytes:
    spm.set_random_generator_seed(SEED)
    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(texts),
        model_writer=model,
        model_type="unigram",
        vocab_size=VOCAB_SIZE,
        normalization_rule_name="identity",
        character_coverage=1.0,
        bos_id=BOS,
        pad_id=PAD,
        eos_id=EOS,
        unk_id=UNK,
        bos_piece="<s>",
        pad_piece="<pad>",
        eos_piece="</s>",
        unk_piece="<unk>",
        num_threads=1,
        input_sentence_size=0,
        shuffle_input_sentence=False,
        minloglevel=2,
    )
    return model.getvalue()


class SpTokenizerShim:
    """The bits of a transformers tokenizer that CTranslate2's BART loader
    reads (vocabulary and special tokens), backed by our SentencePiece model."""

    def __init__(self, sp: spm.SentencePieceProcessor):
        self.sp = sp
        self.bos_token = sp.id_to_piece(BOS)
        self.eos_token = sp.id_to_piece(EOS)
        self.unk_token = sp.id_to_piece(UNK)
        self.pad_token = sp.id_to_piece(PAD)

    def get_vocab(self) -> dict[str, int]:
        return {self.sp.id_to_piece(i): i for i in range(self.sp.get_piece_size())}

    def convert_ids_to_tokens(self, ids):
        if isinstance(ids, int):
            return self.sp.id_to_piece(ids)
        return [self.sp.id_to_piece(i) for i in ids]


class ToyConverter(TransformersConverter):
    def __init__(self, model_dir: str, tokenizer: SpTokenizerShim):
        super().__init__(model_dir)
        self._shim = tokenizer

    def load_tokenizer(self, tokenizer_class, model_name_or_path, **kwargs):
        return self._shim


# --------------------------------------------------------------------------
# model


def make_config(max_len: int) -> transformers.BartConfig:
    return transformers.BartConfig(
        vocab_size=VOCAB_SIZE,
        d_model=D_MODEL,
        encoder_layers=1,
        decoder_layers=1,
        encoder_attention_heads=HEADS,
        decoder_attention_heads=HEADS,
        encoder_ffn_dim=FFN_DIM,
        decoder_ffn_dim=FFN_DIM,
        max_position_embeddings=max_len,
        activation_function="gelu",
        dropout=0.0,
        attention_dropout=0.0,
        activation_dropout=0.0,
        scale_embedding=False,
        pad_token_id=PAD,
        bos_token_id=BOS,
        eos_token_id=EOS,
        decoder_start_token_id=BOS,
        forced_bos_token_id=None,
        forced_eos_token_id=None,
        tie_word_embeddings=True,
        # read by CTranslate2's BART loader; transformers 5 no longer sets them
        normalize_before=False,
        normalize_embedding=True,
    )


def pad_batch(seqs: list[list[int]], value: int) -> torch.Tensor:
    width = max(len(s) for s in seqs)
    return torch.tensor([s + [value] * (width - len(s)) for s in seqs], dtype=torch.long)


def make_buckets(src: list[list[int]], tgt: list[list[int]]) -> list[list[int]]:
    """Group pair indices by length so that little compute is spent on padding:
    each bucket holds at most BUCKET_TOKENS padded (source + target) tokens."""
    order = sorted(range(len(src)), key=lambda i: (len(src[i]) + len(tgt[i]), i))
    buckets: list[list[int]] = [[]]
    for i in order:
        cand = buckets[-1] + [i]
        width = max(len(src[j]) + len(tgt[j]) + 1 for j in cand)
        if buckets[-1] and width * len(cand) > BUCKET_TOKENS:
            buckets.append([i])
        else:
            buckets[-1] = cand
    return buckets


def train_model(src: list[list[int]], tgt: list[list[int]], max_len: int, tag: str):
    torch.manual_seed(SEED)
    gen = torch.Generator().manual_seed(SEED)
    model = transformers.BartForConditionalGeneration(make_config(max_len))
    model.train()

    batches = []
    for bucket in make_buckets(src, tgt):
        input_ids = pad_batch([src[i] for i in bucket], PAD)
        dec_in = pad_batch([[BOS] + tgt[i] for i in bucket], PAD)
        batches.append(
            dict(
                input_ids=input_ids,
                attention_mask=(input_ids != PAD).long(),
                decoder_input_ids=dec_in,
                decoder_attention_mask=(dec_in != PAD).long(),
                labels=pad_batch([tgt[i] + [EOS] for i in bucket], -100),
            )
        )
    # random replacement tokens: ordinary pieces only
    low, high = len(SPECIALS), VOCAB_SIZE

    opt = torch.optim.AdamW(model.parameters(), lr=LR, weight_decay=0.0)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / WARMUP) * max(0.05, 1 - s / STEPS)
    )
    total_tokens = sum(int((b["labels"] != -100).sum()) for b in batches)
    t0 = time.perf_counter()
    for step in range(STEPS):
        # full-batch gradient: every bucket, weighted by its target tokens
        step_loss = 0.0
        for batch in batches:
            batch = dict(batch)
            noisy = batch["decoder_input_ids"].clone()
            hit = (torch.rand(noisy.shape, generator=gen) < NOISE) & (
                batch["decoder_attention_mask"] == 1
            )
            hit[:, 0] = False  # keep the start token
            noisy[hit] = torch.randint(low, high, (int(hit.sum()),), generator=gen)
            batch["decoder_input_ids"] = noisy
            n = int((batch["labels"] != -100).sum())
            loss = model(**batch).loss * (n / total_tokens)
            loss.backward()
            step_loss += loss.item()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        opt.zero_grad(set_to_none=True)
        if step % 100 == 0 or step == STEPS - 1:
            log(f"  [{tag}] step {step:4d} loss {step_loss:.4f} ({time.perf_counter() - t0:.1f} s)")
    log(
        f"  [{tag}] {STEPS} steps over {len(batches)} length buckets "
        f"in {time.perf_counter() - t0:.1f} s"
    )
    model.eval()
    return model


# --------------------------------------------------------------------------
# packaging


def readme_text(src: str, tgt: str) -> str:
    return (
        f"# Toy {LANG_NAMES[src]} -> {LANG_NAMES[tgt]} model for pressloc tests\n\n"
        "A tiny BART trained only on pressloc's tests/models/corpus.tsv. It knows\n"
        "only its training sentences and is useless for anything else.\n"
        "Rebuild with tests/models/build_toy_models.py.\n"
    )


def metadata(src: str, tgt: str) -> dict:
    return {
        "package_version": PACKAGE_VERSION,
        "argos_version": ARGOS_VERSION,
        "from_code": src,
        "from_name": LANG_NAMES[src],
        "to_code": tgt,
        "to_name": LANG_NAMES[tgt],
        "type": "translate",
        "description": "Toy model for pressloc tests: knows only its training sentences",
        "links": [],
    }


def write_zip(pkg_dir: Path, zip_path: Path) -> None:
    """Deterministic zip: sorted entries under one top-level folder, fixed
    timestamps and permissions."""
    root = pkg_dir.name
    entries = sorted(p for p in pkg_dir.rglob("*"))
    tmp = zip_path.with_suffix(zip_path.suffix + ".tmp")
    with zipfile.ZipFile(tmp, "w") as zf:
        info = zipfile.ZipInfo(root + "/", date_time=ZIP_DATE)
        info.external_attr = (0o40755 << 16) | 0x10
        info.create_system = 3
        zf.writestr(info, b"")
        for p in entries:
            name = root + "/" + p.relative_to(pkg_dir).as_posix()
            if p.is_dir():
                info = zipfile.ZipInfo(name + "/", date_time=ZIP_DATE)
                info.external_attr = (0o40755 << 16) | 0x10
                info.create_system = 3
                zf.writestr(info, b"")
            else:
                info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
                info.external_attr = 0o100644 << 16
                info.create_system = 3
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(
                    info, p.read_bytes(), compress_type=zipfile.ZIP_DEFLATED, compresslevel=9
                )
    tmp.replace(zip_path)


# --------------------------------------------------------------------------
# checks


def check_vocab_alignment(model_dir: Path, sp: spm.SentencePieceProcessor, hf_config) -> None:
    """SentencePiece ids == BART ids == CTranslate2 vocabulary positions, and
    the special tokens agree (the pad id in particular: SentencePiece has no
    pad by default, BART expects it at 1; a mismatch silently turns <s> into
    a zero, frozen embedding)."""
    vocab_file = model_dir / "shared_vocabulary.json"
    if vocab_file.exists():
        vocabs = {"shared": json.loads(vocab_file.read_text(encoding="utf-8"))}
    else:
        vocabs = {
            side: json.loads((model_dir / f"{side}_vocabulary.json").read_text(encoding="utf-8"))
            for side in ("source", "target")
        }
    pieces = [sp.id_to_piece(i) for i in range(sp.get_piece_size())]
    for side, vocab in vocabs.items():
        if vocab != pieces:
            fail(f"CTranslate2 {side} vocabulary differs from the SentencePiece pieces")
    if len(pieces) != hf_config.vocab_size:
        fail(f"SentencePiece has {len(pieces)} pieces, BART vocab_size={hf_config.vocab_size}")
    for piece, idx in SPECIALS.items():
        if sp.piece_to_id(piece) != idx or pieces[idx] != piece:
            fail(f"special {piece} is not at id {idx}")
    if (hf_config.pad_token_id, hf_config.bos_token_id, hf_config.eos_token_id) != (PAD, BOS, EOS):
        fail("BART special ids differ from the SentencePiece ones")
    ct2_config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
    want = {
        "bos_token": "<s>",
        "eos_token": "</s>",
        "unk_token": "<unk>",
        "decoder_start_token": "<s>",
    }
    for key, value in want.items():
        if ct2_config.get(key) != value:
            fail(f"CTranslate2 config {key}={ct2_config.get(key)!r}, expected {value!r}")


def argos_decode(sp: spm.SentencePieceProcessor, tokens: list[str]) -> str:
    """What argostranslate 1.11.0's SentencePieceTokenizer.decode plus
    apply_packaged_translation's clean-up do (no target_prefix here)."""
    value = sp.decode_pieces(tokens).replace("▁", " ").replace("_", " ")
    if value.startswith(" "):
        value = value[1:]
    return value


def check_translations(model_dir: Path, sp, pairs: list[tuple[str, str]], tag: str) -> None:
    translator = ctranslate2.Translator(
        str(model_dir), device="cpu", inter_threads=1, intra_threads=1
    )
    sources = [sp.encode(s, out_type=str) for s, _ in pairs]
    results = translator.translate_batch(
        sources,
        beam_size=BEAM_SIZE,
        length_penalty=LENGTH_PENALTY,
        replace_unknowns=True,
        return_scores=True,
        max_batch_size=32,
        batch_type="tokens",
        max_decoding_length=512,
    )
    bad = 0
    for (src, want), res in zip(pairs, results, strict=False):
        got = argos_decode(sp, res.hypotheses[0])
        if got != want:
            bad += 1
            print(
                f"  MISMATCH [{tag}]\n    src:  {src}\n    want: {want}\n    got:  {got}",
                file=sys.stderr,
            )
    if bad:
        fail(f"{tag}: {bad} of {len(pairs)} training pairs are not reproduced by beam search")
    log(f"  [{tag}] beam search reproduces all {len(pairs)} training pairs")


# --------------------------------------------------------------------------


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--out", type=Path, default=HERE, help="output directory (default: %(default)s)"
    )
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    t_start = time.perf_counter()
    random.seed(SEED)
    torch.manual_seed(SEED)
    torch.set_num_threads(1)
    torch.set_num_interop_threads(1)
    torch.use_deterministic_algorithms(True)
    log(
        f"torch {torch.__version__}, transformers {transformers.__version__}, "
        f"sentencepiece {spm.__version__}, ctranslate2 {ctranslate2.__version__}"
    )

    rows = read_corpus(CORPUS)
    if SAMPLE.exists():
        known = {r["ru"] for r in rows}
        missing = [s for s in sample_sentences(SAMPLE) if s not in known]
        if missing:
            fail("sample sentences missing from the corpus:\n  " + "\n  ".join(missing))
    log(f"corpus: {len(rows)} ru/en/ko triples")

    t0 = time.perf_counter()
    sp_bytes = train_sentencepiece([r[c] for r in rows for c in ("ru", "en", "ko")])
    sp = spm.SentencePieceProcessor(model_proto=sp_bytes)
    for r in rows:
        for c in ("ru", "en", "ko"):
            ids = sp.encode(r[c])
            if UNK in ids:
                fail(f"<unk> when encoding {r[c]!r}")
            if sp.decode(ids) != r[c]:
                fail(f"SentencePiece does not round-trip {r[c]!r}")
    lengths = [len(sp.encode(r[c])) for r in rows for c in ("ru", "en", "ko")]
    max_len = max(lengths) + 2
    max_len = (max_len + 31) // 32 * 32
    log(
        f"sentencepiece: {sp.get_piece_size()} pieces, longest sentence {max(lengths)} pieces, "
        f"{len(sp_bytes)} bytes ({time.perf_counter() - t0:.1f} s)"
    )

    with tempfile.TemporaryDirectory(prefix="toy-argos-") as tmp:
        tmp = Path(tmp)
        built: list[Path] = []
        for src_code, tgt_code in PAIRS:
            tag = f"{src_code}_{tgt_code}"
            t0 = time.perf_counter()
            pairs = [(r[src_code], r[tgt_code]) for r in rows]
            src_ids = [sp.encode(s) for s, _ in pairs]
            tgt_ids = [sp.encode(t) for _, t in pairs]
            model = train_model(src_ids, tgt_ids, max_len, tag)
            t_train = time.perf_counter() - t0

            hf_dir = tmp / f"hf-{tag}"
            model.save_pretrained(hf_dir)
            pkg_dir = tmp / f"translate-{tag}-toy"
            pkg_dir.mkdir()
            (pkg_dir / "sentencepiece.model").write_bytes(sp_bytes)
            (pkg_dir / "metadata.json").write_text(
                json.dumps(
                    metadata(src_code, tgt_code), indent=2, ensure_ascii=False, sort_keys=True
                )
                + "\n",
                encoding="utf-8",
            )
            (pkg_dir / "README.md").write_text(readme_text(src_code, tgt_code), encoding="utf-8")
            ToyConverter(str(hf_dir), SpTokenizerShim(sp)).convert(
                str(pkg_dir / "model"), quantization=None
            )

            check_vocab_alignment(pkg_dir / "model", sp, model.config)
            check_translations(pkg_dir / "model", sp, pairs, tag)

            zip_tmp = tmp / f"toy-{tag}.argosmodel"
            write_zip(pkg_dir, zip_tmp)
            size = zip_tmp.stat().st_size
            log(
                f"  [{tag}] {zip_tmp.name}: {size} bytes (model.bin "
                f"{(pkg_dir / 'model' / 'model.bin').stat().st_size} bytes), "
                f"train {t_train:.1f} s, total {time.perf_counter() - t0:.1f} s"
            )
            if size >= 1_000_000:
                fail(f"{zip_tmp.name} is {size} bytes, over the 1 MB budget")
            built.append(zip_tmp)
            shutil.rmtree(hf_dir)

        # only now, with every check passed, replace the packages in --out
        for zip_tmp in built:
            dest = args.out / zip_tmp.name
            shutil.copyfile(zip_tmp, dest)
            log(
                f"{dest}: {dest.stat().st_size} bytes, "
                f"sha256 {hashlib.sha256(dest.read_bytes()).hexdigest()}"
            )

    log(f"done in {time.perf_counter() - t_start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
