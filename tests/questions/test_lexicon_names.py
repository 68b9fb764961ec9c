"""Every cue family the detector asks for by name exists in the lexicon.

A family missing from CUES raises inside detection, which turns every message open (detection
never raises to its caller): a name added to a stage but not merged into CUES must fail here.
"""

from __future__ import annotations

import re
from pathlib import Path

import koji_tui.questions
from koji_tui.questions.lexicon import CUES

_CALL = re.compile(r"\b(?:family|has|words)\(\s*\"([a-z_0-9]+)\"")


def test_every_family_named_in_the_detector_is_in_the_lexicon() -> None:
    folder = Path(koji_tui.questions.__file__).parent
    named = {
        (path.name, name)
        for path in folder.glob("*.py")
        for name in _CALL.findall(path.read_text(encoding="utf-8"))
    }
    assert len(named) > 50  # the pattern still finds the calls
    missing = sorted((file, name) for file, name in named if name not in CUES)
    assert not missing, missing
