"""Per-article annotations in the shape of `../shared/contracts/annotations.schema.json`."""

from __future__ import annotations

from typing import Any

from ..model import Annotations


def annotation_record(ann: Annotations) -> dict[str, Any]:
    return {
        "id": ann.article_id,
        "published": ann.published,
        "published_estimated": ann.published_estimated,
        "attributions": [
            {"source": [list(s) for s in a.source], "cue": [list(s) for s in a.cue],
             "content": [list(s) for s in a.content], "certainty": a.certainty, "source_entity": a.source_entity,
             "source_text": a.source_text, "via": a.via, "cue_lemma": a.cue_lemma,
             "called_false": list(a.called_false) if a.called_false else None,
             # the content as a statement where its words are none ("expect the bank to raise rates")
             "restated": a.restated}
            for a in ann.attributions
        ],
        "timexes": [{"start": t.start, "end": t.end, "type": t.type, "value": t.value, "text": t.text}
                    for t in ann.timexes],
        "entities": [{"start": e.start, "end": e.end, "label": e.label, "canonical": e.canonical, "text": e.text}
                     for e in ann.entities],
        "quantities": [{"start": q.start, "end": q.end, "value": q.value, "unit": q.unit, "qualifier": q.qualifier,
                        "text": q.text} for q in ann.quantities],
        "sentences": [list(s) for s in ann.sentences],
        # what a sentence says in passing about a name, as a statement ("Ryan, who is retiring" -> "Ryan is retiring")
        "asides": [{"start": a.start, "end": a.end, "subject": list(a.subject), "text": a.text, "kind": a.kind}
                   for a in ann.asides],
        # the article's language when the nlp model reads another: then nothing above was read from it
        "unread_language": ann.unread_language,
    }
