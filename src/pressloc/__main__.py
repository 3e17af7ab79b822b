"""``python -m pressloc`` runs the command line."""

from .cli import main

main()
