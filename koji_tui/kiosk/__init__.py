"""Kiosk field mode without the UI: the participant loop (a driver of interview controllers),
the operator PIN, the station, the settings, the idle guard and the signal lock.

The screens are in :mod:`koji_tui.ui.kiosk`; ``koji-tui kiosk`` and ``koji-tui demo --kiosk``
in :mod:`koji_tui.kiosk.cli`. Nothing here imports Textual.
"""
