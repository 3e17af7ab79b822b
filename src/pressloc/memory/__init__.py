"""The translation memory: a sentence approved once is found again before it is drafted.

``store`` says where a language's memory comes from (the project's catalogues, the memory
folder, files given for one run) and reads their approved units; ``tmx`` reads and writes TMX
1.4b; ``index`` is the SQLite cache that finds units by sentence and by likeness; ``lookup``
decides what fills an entry and what is noted beside a draft; ``interchange`` exports the
project's approved units and imports memory files.
"""

from .lookup import THRESHOLD, Fill, Memory, Options, apply_fill, open_memory
from .store import TranslationMemoryError, Unit

__all__ = [
    "THRESHOLD",
    "Fill",
    "Memory",
    "Options",
    "TranslationMemoryError",
    "Unit",
    "apply_fill",
    "open_memory",
]
