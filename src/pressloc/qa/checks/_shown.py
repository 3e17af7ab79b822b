"""How a check lists what it found."""


def shown(items) -> str:
    """At most four items, sorted, comma-separated; ``—`` for none."""
    return ", ".join(sorted(items, key=str)[:4]) or "—"
