"""A reviewer saving a catalogue every few milliseconds while pressloc runs, as a PO editor
saves it (atomically: a temporary file renamed over it; or in place).

usage: python reviewer.py PO_FILE atomic|inplace PERIOD_MS SEED
Runs until it reads a line on standard input (or its end), then prints one JSON object: every
edit it saved, ``{msgid: msgstr}``. Each edit approves one entry with a text of its own.
"""

import json
import os
import random
import sys
import tempfile
import threading
import time

import polib


def save(path: str, text: str, mode: str) -> None:
    if mode == "atomic":
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".poedit", suffix=".save")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(tmp, path)
    else:
        with open(path, "w", encoding="utf-8") as out:
            out.write(text)


def main() -> None:
    path, mode, period, seed = sys.argv[1], sys.argv[2], float(sys.argv[3]) / 1000, int(sys.argv[4])
    rng, edits, stop = random.Random(seed), {}, threading.Event()
    threading.Thread(target=lambda: (sys.stdin.read(1), stop.set()), daemon=True).start()
    print("ready", flush=True)
    while not stop.is_set():
        time.sleep(period)
        try:
            po = polib.pofile(path, wrapwidth=78)
        except (OSError, ValueError, UnicodeDecodeError):
            continue  # not there yet, or caught mid-write in place: read it again
        choices = [e for e in po if e.msgstr and not e.obsolete and e.msgid not in edits]
        if not choices:
            continue
        entry = rng.choice(choices)
        entry.msgstr = f"REVIEWED-{len(edits) + 1} {entry.msgstr[:20]}"
        entry.flags = [flag for flag in entry.flags if flag != "fuzzy"]
        entry.previous_msgid = None
        save(path, str(po) + "\n", mode)
        edits[entry.msgid] = entry.msgstr
    print(json.dumps(edits, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
