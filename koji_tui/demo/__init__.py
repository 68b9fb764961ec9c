"""Showing a study to stakeholders: personas, the autopilot and rehearsals (no Textual).

- :mod:`~koji_tui.demo.personas`: persona files (TOML or JSON), read and checked
- :mod:`~koji_tui.demo.choose`: what a persona answers to a question (deterministic)
- :mod:`~koji_tui.demo.identify`: which guide question an interviewer turn asks
- :mod:`~koji_tui.demo.autopilot`: the autopilot, a driver of the interview controller
- :mod:`~koji_tui.demo.rehearse` and :mod:`~koji_tui.demo.scorecard`: ``koji-tui rehearse``
- :mod:`~koji_tui.demo.cli`: the command line (``rehearse``, ``demo --autopilot``)

The screens that show the autopilot are in :mod:`koji_tui.ui.demo`.
"""
