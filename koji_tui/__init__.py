"""koji-tui: a terminal interview console for Koji's Headless API."""

__version__ = "0.1.0"
