"""The app's shared client per study: reused while the key is the same, remade when it changes."""

from __future__ import annotations

from typing import Any

import pytest
from app_helpers import study_for

from koji_tui.api.errors import AuthenticationError, NotFoundError
from koji_tui.ui.app import KojiApp


async def test_a_client_is_reused_for_the_same_key_and_remade_for_a_new_one(sandbox: Any) -> None:
    study = study_for(sandbox)
    good = study.api_key
    app = KojiApp(studies=[study])
    async with app.run_test(size=(80, 24)):
        first = await app.client_for(study)
        assert await app.client_for(study) is first
        with pytest.raises(NotFoundError):  # the key works: the server looked for it
            await first.get_interview("int_missing", retry=False)

        study.api_key = "pk_test_" + "x" * 32  # the study was edited with another key
        second = await app.client_for(study)
        assert second is not first
        with pytest.raises(AuthenticationError):  # it really sends the new key
            await second.get_interview("int_missing", retry=False)

        study.api_key = good
        third = await app.client_for(study)
        assert third is not second and await app.client_for(study) is third
        await app.drop_client(study.name)
        assert await app.client_for(study) is not third  # dropped means forgotten
