#!/usr/bin/env python3
"""Check the toy packages through argostranslate's own package machinery.

    .venv/bin/python tests/models/verify_toy_models.py [--models-dir tests/models]

Installs ``toy-ru_en.argosmodel`` and ``toy-en_ko.argosmodel`` into a
temporary ARGOS_PACKAGES_DIR with ``argostranslate.package.install_from_path``,
loads them with ``get_installed_packages()`` and translates WITHOUT
``argostranslate.translate`` (that path wants a sentence-splitter model it
would download): CTranslate2 is driven directly with the package's tokenizer,
the way argostranslate 1.11.0's ``apply_packaged_translation`` does.

Checks every corpus pair ru->en and en->ko, the ru->en->ko pivot, and prints
the sample release's sentences. Exits 1 on any mismatch.
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLE = HERE.parent.parent / "seeds" / "kg-kr-textile-forum.ru.txt"

# argostranslate 1.11.0 defaults (settings.beam_size, apply_packaged_translation)
BEAM_SIZE = 4
LENGTH_PENALTY = 0.2


def translate(pkg, translator, sentences: list[str]) -> list[str]:
    """One sentence in, one sentence out: argostranslate 1.11.0's
    apply_packaged_translation minus the sentence splitting."""
    tokenized = [pkg.tokenizer.encode(s) for s in sentences]  # list[str] pieces
    target_prefix = [[pkg.target_prefix]] * len(tokenized) if pkg.target_prefix else None
    results = translator.translate_batch(
        tokenized,
        target_prefix=target_prefix,
        replace_unknowns=True,
        max_batch_size=32,
        batch_type="tokens",
        beam_size=BEAM_SIZE,
        num_hypotheses=1,
        length_penalty=LENGTH_PENALTY,
        return_scores=True,
    )
    out = []
    for res in results:
        value = pkg.tokenizer.decode(res.hypotheses[0])
        if pkg.target_prefix and value.startswith(pkg.target_prefix):
            value = value[len(pkg.target_prefix) :]
        if value.startswith(" "):
            value = value[1:]
        out.append(value)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--models-dir", type=Path, default=HERE)
    args = ap.parse_args(argv)
    models_dir = args.models_dir.resolve()

    with tempfile.TemporaryDirectory(prefix="argos-home-") as home:
        home = Path(home)
        # argostranslate.settings reads these AT IMPORT TIME and creates the
        # directories; point them all at the temp dir so nothing touches ~.
        os.environ["ARGOS_PACKAGES_DIR"] = str(home / "packages")
        os.environ["XDG_DATA_HOME"] = str(home / "data")
        os.environ["XDG_CONFIG_HOME"] = str(home / "config")
        os.environ["XDG_CACHE_HOME"] = str(home / "cache")

        import ctranslate2
        from argostranslate import package, settings

        assert settings.package_data_dir == home / "packages"
        for name in ("toy-ru_en.argosmodel", "toy-en_ko.argosmodel"):
            package.install_from_path(models_dir / name)
        pkgs = {(p.from_code, p.to_code): p for p in package.get_installed_packages()}
        print("installed:", {k: str(p.package_path.relative_to(home)) for k, p in pkgs.items()})

        translators = {}
        for key, pkg in pkgs.items():
            print(
                f"  {pkg} v{pkg.package_version} tokenizer={type(pkg.tokenizer).__name__} "
                f"target_prefix={pkg.target_prefix!r} sbd={pkg.packaged_sbd_path}"
            )
            translators[key] = ctranslate2.Translator(
                str(pkg.package_path / "model"), device="cpu", inter_threads=1, intra_threads=1
            )

        def tr(src: str, tgt: str, sentences: list[str]) -> list[str]:
            return translate(pkgs[(src, tgt)], translators[(src, tgt)], sentences)

        with open(HERE / "corpus.tsv", encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
        ru = [r["ru"] for r in rows]
        en = [r["en"] for r in rows]
        ko = [r["ko"] for r in rows]

        failures = 0
        checks = {
            "ru->en": (tr("ru", "en", ru), en),
            "en->ko": (tr("en", "ko", en), ko),
        }
        checks["ru->en->ko"] = (tr("en", "ko", checks["ru->en"][0]), ko)
        for name, (got, want) in checks.items():
            bad = [(g, w) for g, w in zip(got, want, strict=False) if g != w]
            failures += len(bad)
            print(f"{name}: {len(want) - len(bad)}/{len(want)} exact")
            for g, w in bad:
                print(f"    want: {w}\n    got:  {g}")

        if SAMPLE.exists():
            sentences = []
            for line in SAMPLE.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    sentences += re.split(r"(?<=[.!?…])\s+(?=[A-ZА-ЯЁ])", line.strip())
            en_out = tr("ru", "en", sentences)
            ko_out = tr("en", "ko", en_out)
            print(f"\nsample release: {len(sentences)} sentences, pivot ru->en->ko")
            for s, e, k in [
                *list(zip(sentences, en_out, ko_out, strict=False))[:3],
                (sentences[-1], en_out[-1], ko_out[-1]),
            ]:
                print(f"  ru: {s}\n  en: {e}\n  ko: {k}\n")
            missing = [s for s in sentences if s not in ru]
            failures += len(missing)

        print("OK" if not failures else f"FAILED: {failures} mismatches")
        return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
