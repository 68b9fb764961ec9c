"""Interview session runner: the Koji client plus the local journal. No textual.

    from koji_tui.session import InterviewSession
    s = InterviewSession(client, journal, study_name="Onboarding")
    await s.start(respondent=None, mode=None, locale=None)       # -> StartResult
    await s.answer(text, structured_value=None, question=None, on_delta=cb)   # -> MessageResult
    await s.resend_pending()                                    # -> MessageResult | None
    await s.complete(reason="manual")                           # -> CompleteResult
    s = await InterviewSession.resume(client, journal, "int_…", study_name=None)

See :mod:`koji_tui.session.runner` for the guarantees.
"""

from koji_tui.session.runner import InterviewSession, ReadOnlyError, SessionError

__all__ = ["InterviewSession", "ReadOnlyError", "SessionError"]
