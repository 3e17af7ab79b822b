"""pressloc: localise Russian press releases through gettext catalogues."""

__version__ = "0.1.0"
