"""Kiosk field mode's screens and app (the parts without Textual are in :mod:`koji_tui.kiosk`).

``run_kiosk(study)`` runs it in the terminal; ``KioskApp`` is the app (tests drive it with
``run_test``).
"""

from koji_tui.ui.kiosk.app import OPERATOR_BINDING, KioskApp, run_kiosk

__all__ = ["OPERATOR_BINDING", "KioskApp", "run_kiosk"]
