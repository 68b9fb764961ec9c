"""The app's screens. Each module is imported when its screen is first shown (the factories
in :mod:`koji_tui.ui.screens.registry`)."""

# Stylesheets only the interview screen needs. It loads them itself when first shown
# (``InterviewScreen.CSS_PATH``), which keeps parsing them off the start-up path.
INTERVIEW_STYLES = ("transcript.tcss", "status_bar.tcss", "answers.tcss")
