"""The autopilot on screen (``koji-tui demo --autopilot``): the interview screen with a badge and
the autopilot's keys (:mod:`~koji_tui.ui.demo.screen`), the persona's hands
(:mod:`~koji_tui.ui.demo.hands`), the stage of screens (:mod:`~koji_tui.ui.demo.stage`) and the
demo app that tours the sample studies (:mod:`~koji_tui.ui.demo.app`). The autopilot itself has
no Textual: :mod:`koji_tui.demo`."""
