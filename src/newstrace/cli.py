"""The `newstrace` command: parse, call the library (`Pipeline`), print. Exit codes: 0 all went in, 1 some input
was rejected (the rest was stored), 2 the command was wrong (usage, settings, an unknown story), 3 newstrace
itself failed (the store, a model, a bug: the traceback goes to a crash log, not the screen)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from . import __version__
from .config import SETTINGS, Config
from .errors import EXIT_FAILED, NewstraceError, printable
from .report.views import plural

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None, pretty_exceptions_enable=False,
                  help="newstrace: a sourced account of what the news says, and on whose word.")
err = Console(stderr=True, highlight=False)
# How long the lease on writing stories lasts unless renewed: longer than any round or analyze, since a lapsed
# lease lets a second writer in. A holder on this machine that is gone frees it at once; one on another machine
# that crashed holds it until then (NT208 says when). analyze takes it for its run, watch renews it each round.
WRITER_LEASE = 6 * 3600.0
out = Console(highlight=False)

DbOpt = Annotated[str | None, typer.Option("--db", help="SQLite file or SQLAlchemy URL [default: newstrace.db]")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")]
ConfigOpt = Annotated[Path | None, typer.Option("--config", help="TOML file with a [newstrace] table of settings.")]
MetaOpt = Annotated[list[str] | None, typer.Option(
    "--meta", help="KEY=VALUE for fields an input leaves empty, e.g. --meta published=2024-11-22 (repeatable).")]
FetchOpt = Annotated[bool, typer.Option("--fetch", help="Download the pages that link-only feed entries point to.")]
PrivateOpt = Annotated[bool, typer.Option("--allow-private", help="Allow fetching private/loopback addresses.")]
EngineOpt = Annotated[str | None, typer.Option("--engine", help="Where parsing, annotation and embedding run: "
                                               "local or ray [default: setting engine, local].")]
RayOpt = Annotated[str | None, typer.Option("--ray-address", help="The Ray cluster (ray://head:10001, auto); "
                                            "without it --engine ray starts a local one.")]


def _with_engine(pipe, engine: str | None, ray_address: str | None):
    overrides = {k: v for k, v in (("engine", engine), ("ray_address", ray_address)) if v is not None}
    if overrides:
        pipe.config = pipe.config.with_(**overrides)
    return pipe


def _config(db: str | None, config_file: Path | None) -> Config:
    return Config({"db": db}, file=config_file)


def _meta(pairs: list[str] | None) -> dict[str, str]:
    meta = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise NewstraceError("NT303", value=pair)
        meta[key.strip()] = value.strip()
    return meta


def _pipeline(db: str | None, config_file: Path | None, create: bool = True):
    """`create=False` for commands that only read: a store path with no store is NT205, not a new empty store."""
    from .pipeline import Pipeline

    return Pipeline(_config(db, config_file), create=create)


def _writer(db: str | None, config_file: Path | None, paths: list[str]):
    """The pipeline for a command that ingests `paths`, once they are known to hold something (NT126 before any
    file is written), and whether its store is new (to be removed again if no article comes of it)."""
    from .ingest import check_inputs
    from .store import sqlite_path, store_url

    check_inputs(paths)
    config = _config(db, config_file)
    path = sqlite_path(store_url(config.db))
    new = path is not None and not path.exists()
    return _pipeline(db, config_file), new


def _ingest(pipe, paths: list[str], progress, task, new_store: bool, **options):
    """Ingest with the progress bar naming each input as it is read. When nothing at all could be read, the
    rejections are printed and the command fails (NT127), and a store this command created is removed."""
    from .store import sqlite_path

    result = pipe.ingest(paths, on_item=lambda origin: progress.update(task, advance=1,
                                                                       description=_short(origin)), **options)
    if not result.ids:
        if new_store and not pipe.store.count_articles() and (path := sqlite_path(pipe.store.url)):
            pipe.store.close()
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)
        progress.stop()
        _report_ingest(result, quiet=True, as_json=False)
        raise NewstraceError("NT127", inputs=", ".join(paths))
    return result


def _stage_bar(progress, task, quiet: bool = False):
    """A Pipeline progress callback that drives one bar: (stage, done, total). Where there is no bar (output piped
    or logged), each stage that takes a while gets one line on standard error instead."""
    started: set[str] = set()

    def update(stage: str, done: int, total: int) -> None:
        progress.update(task, description=stage, completed=done, total=total or None)
        if not quiet and progress.disable and stage not in started and (total > 1 or stage.startswith("distil")):
            started.add(stage)
            err.print(f"newstrace: {stage}" + (f" ({total})" if total and not stage.startswith("distil") else ""),
                      markup=False, highlight=False)

    return update


def _report_ingest(result, quiet: bool, as_json: bool) -> None:
    for rej in result.rejected:  # str() of an error is printable: control characters escaped
        err.print(f"[red]rejected[/red] {escape(str(rej))}", soft_wrap=True)
    summary = {"added": result.added, "unchanged": result.unchanged, "duplicates": result.duplicates,
               "rejected": len(result.rejected), "articles": len(result.ids)}
    if as_json:
        summary["errors"] = [{"code": r.code, "message": r.args[0]} for r in result.rejected]
        out.print_json(json.dumps(summary))
    elif not quiet:
        err.print("ingest: " + ", ".join(f"{v} {k}" for k, v in summary.items()))


def _report_unread(report: dict[str, Any], quiet: bool) -> None:
    """Say which articles the nlp model could not read (their language), so a claim-less outlet is no puzzle."""
    unread = {a: lang for s in report["stories"] for a, lang in (s.get("unread") or {}).items()}
    if unread and not quiet:
        from .report.views import plural

        err.print(f"not read: {plural(len(unread), 'article')} in a language the nlp model does not read "
                  f"({', '.join(sorted(set(unread.values())))}): stored and grouped into stories, no claim read "
                  f"from {'it' if len(unread) == 1 else 'them'}", soft_wrap=True)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, http(s) URLs, or - for stdin.")],
    db: DbOpt = None,
    fetch: FetchOpt = False,
    allow_private: PrivateOpt = False,
    meta: MetaOpt = None,
    quiet: QuietOpt = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON summary on stdout.")] = False,
    config_file: ConfigOpt = None,
) -> None:
    """Store articles from text, HTML, JSON/JSONL, RSS/Atom, WARC and URLs; mark duplicates."""
    pipe, new = _writer(db, config_file, paths)
    with _progress(quiet or as_json) as progress:
        task = progress.add_task("ingest", total=None)
        result = _ingest(pipe, paths, progress, task, new, fetch=fetch, allow_private=allow_private,
                         meta=_meta(meta))
    _report_ingest(result, quiet, as_json)
    raise typer.Exit(0 if result.ok else 1)


@app.command()
def analyze(
    paths: Annotated[list[str], typer.Argument(help="Inputs to ingest first (as for `ingest`).")],
    db: DbOpt = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the report JSON here.")] = None,
    md_out: Annotated[Path | None, typer.Option("--md", help="Write a Markdown report here.")] = None,
    html_out: Annotated[Path | None, typer.Option("--html", help="Write a self-contained HTML report here.")] = None,
    fetch: FetchOpt = False,
    allow_private: PrivateOpt = False,
    meta: MetaOpt = None,
    engine: EngineOpt = None,
    ray_address: RayOpt = None,
    quiet: QuietOpt = False,
    config_file: ConfigOpt = None,
) -> None:
    """Ingest, then run every stage over the store and write the report."""
    pipe, new = _writer(db, config_file, paths)
    _with_engine(pipe, engine, ray_address)
    with _progress(quiet) as progress:
        task = progress.add_task("ingest", total=None)
        result = _ingest(pipe, paths, progress, task, new, fetch=fetch, allow_private=allow_private,
                         meta=_meta(meta))
        try:
            with pipe.writing(WRITER_LEASE):
                report = pipe.run(progress=_stage_bar(progress, task, quiet))
        finally:
            pipe.stop_engine()
    _report_ingest(result, quiet, False)
    _report_unread(report, quiet)
    _write_outputs(report, json_out, md_out, html_out, quiet, pipe)
    if not quiet and not (json_out or md_out or html_out):
        from .report.terminal import print_report

        print_report(report, out, mentions=False)
    raise typer.Exit(0 if result.ok else 1)


def _write_outputs(report: dict[str, Any], json_out: Path | None, md_out: Path | None, html_out: Path | None,
                   quiet: bool, pipe) -> None:
    if json_out:
        json_out.write_text(json.dumps(report, ensure_ascii=False, indent=1), "utf-8")
    texts = {a.id: a.text for a in pipe.store.articles()} if (md_out or html_out) else {}
    if md_out:
        from .report.markdown import render_markdown

        md_out.write_text(render_markdown(report, texts), "utf-8")
    if html_out:
        from .report.html import render_html

        html_out.write_text(render_html(report, texts), "utf-8")
    if not quiet:
        for path in (json_out, md_out, html_out):
            if path:
                err.print(f"wrote {path}")


@app.command()
def watch(
    sources: Annotated[list[str], typer.Argument(help="Feed URLs, folders and files to keep reading.")],
    every: Annotated[str, typer.Option("--every", help="Time between rounds: 90s, 15m, 1h.")] = "15m",
    once: Annotated[bool, typer.Option("--once", help="One round, then stop.")] = False,
    db: DbOpt = None,
    fetch: FetchOpt = False,
    allow_private: PrivateOpt = False,
    meta: MetaOpt = None,
    engine: EngineOpt = None,
    ray_address: RayOpt = None,
    quiet: QuietOpt = False,
    config_file: ConfigOpt = None,
) -> None:
    """Keep reading feeds and folders: each round ingests what is new, adds it to the stories (the first round
    groups what is stored; later ones add to that grouping as a stream) and analyses only the stories that
    changed. Ctrl-C stops it; the same command resumes (what was stored is skipped)."""
    import time
    from datetime import datetime

    interval = _duration(every)
    missing = [p for p in sources if not p.startswith(("http://", "https://")) and not Path(p).exists()]
    if missing:  # a folder may be empty and grow, but a path that is not there is a mistake
        raise NewstraceError("NT126", problems="; ".join(f"{p}: no such file or directory" for p in missing))
    pipe = _with_engine(_pipeline(db, config_file), engine, ray_address)
    told: set[str] = set()  # rejections already printed: an input read every round is named once
    rounds = 0
    try:
        with pipe.writing(WRITER_LEASE) as renew:
            while True:
                rounds += 1
                renew()
                with _progress(quiet) as progress:
                    task = progress.add_task("ingest", total=None)
                    result = pipe.ingest(sources, fetch=fetch, allow_private=allow_private, meta=_meta(meta),
                                         on_item=lambda origin, task=task: progress.update(
                                             task, description=_short(origin)))
                    for rej in result.rejected:
                        if str(rej) not in told:
                            told.add(str(rej))
                            err.print(f"[red]rejected[/red] {escape(str(rej))}", soft_wrap=True)
                    changed = pipe.update(progress=_stage_bar(progress, task, quiet=True), stream=True) \
                        if result.added or rounds == 1 else []
                if not quiet:
                    stamp = datetime.now().strftime("%H:%M:%S")
                    what = (f"{plural(result.added, 'new article')}; {plural(len(changed), 'story', 'stories')} analysed "
                            f"anew" + (f": {', '.join(changed[:8])}" + (" …" if len(changed) > 8 else "") if changed
                                       else "") if result.added else "nothing new")
                    err.print(f"{stamp} round {rounds}: {what}" + ("" if once else f"; next in {every}"),
                              markup=False, highlight=False, soft_wrap=True)
                if once:
                    return
                time.sleep(interval)
    except KeyboardInterrupt:
        err.print("stopped; everything read so far is stored: the same command resumes", markup=False)
    finally:
        pipe.stop_engine()


def _duration(text: str) -> float:
    """Seconds in "90", "90s", "15m", "1h" (NT302 otherwise)."""
    import re

    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smh]?)\s*", text)
    if not m or float(m.group(1)) <= 0:
        raise NewstraceError("NT302", name="--every", value=text, kind="duration (90s, 15m, 1h)")
    return float(m.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600}[m.group(2)]


@app.command()
def annotate(
    paths: Annotated[list[str], typer.Argument(help="Inputs (as for `ingest`).")],
    out_file: Annotated[Path, typer.Option("--out", help="Write one JSON line per article here.")],
    db: DbOpt = None,
    meta: MetaOpt = None,
    processes: Annotated[int | None, typer.Option("--processes", help="Parser processes (spaCy n_process).")] = None,
    quiet: QuietOpt = False,
    config_file: ConfigOpt = None,
) -> None:
    """Attributions, certainty, quantities, normalised times and entities, one JSON line per input article."""
    from .report.annotations_jsonl import annotation_record

    pipe, new = _writer(db, config_file, paths)
    with _progress(quiet) as progress:
        task = progress.add_task("ingest", total=None)
        result = _ingest(pipe, paths, progress, task, new, meta=_meta(meta))
        anns = pipe.annotate(result.ids, n_process=processes, progress=_stage_bar(progress, task, quiet))
    _report_ingest(result, quiet, False)
    with out_file.open("w", encoding="utf-8") as fh:
        for aid in dict.fromkeys(result.ids):
            fh.write(json.dumps(annotation_record(anns[aid]), ensure_ascii=False) + "\n")
    if not quiet:
        err.print(f"wrote {out_file}")
    raise typer.Exit(0 if result.ok else 1)


@app.command()
def stories(
    db: DbOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON on stdout.")] = False,
    config_file: ConfigOpt = None,
) -> None:
    """List the stories in the store, newest first, with their article, outlet, claim and conflict counts."""
    pipe = _pipeline(db, config_file, create=False)
    rows, total = pipe.store.story_summaries(0, 1_000_000)
    if as_json:
        items = {s.id: s for s in pipe.store.stories()}
        out.print_json(json.dumps([{**items[r["id"]].to_dict(), **{k: r[k] for k in ("claims", "confirmed",
                                                                                    "conflicts")}}
                                   for r in rows]))
        return
    for r in rows:  # two lines a story: they read at any terminal width
        dates = (r["first_seen"] or "undated") + (f" – {r['last_seen']}" if r["last_seen"] and r["last_seen"] !=
                                                  r["first_seen"] else "")
        out.print(f"[bold]{escape(r['id'])}[/bold]  {escape(r['title'])}", soft_wrap=True)
        # articles read from files may name no outlet: "0 outlets" beside "2 articles" would read as an error
        outlets = plural(len(r["outlets"]), "outlet") if r["outlets"] else "no outlet named"
        counts = [plural(r["articles"], "article"), outlets, plural(r["claims"], "claim"),
                  f"{r['confirmed']} confirmed", plural(r["conflicts"], "conflict")]
        out.print(f"  {dates} · " + " · ".join(counts), soft_wrap=True)
    if not total:
        err.print("no stories yet: run `newstrace analyze INPUT...`")


@app.command()
def show(
    story: Annotated[str, typer.Argument(help="Story id (see `newstrace stories`).")],
    db: DbOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the story's report JSON.")] = False,
    config_file: ConfigOpt = None,
) -> None:
    """Show one story: claims with their grades, reasons, sources and evidence; conflicts; what one outlet alone
    reports; timeline; actors; corrections."""
    pipe = _pipeline(db, config_file, create=False)
    report = pipe.story_report(story)  # NT203 for an unknown id
    if as_json:
        out.print_json(json.dumps(report["stories"][0], ensure_ascii=False))
        return
    from .report.terminal import print_report

    print_report(report, out, {a.id: a.text for a in pipe.store.articles(report["stories"][0]["articles"])})


HEADLINES = {"attribution": ("attribution_f1", "cue_f1", "tuple_f1", "content_token_f1"),
             "timex": ("value_f1", "relaxed_f1", "strict_f1", "type_f1"),
             "stories": ("bcubed_f1", "bcubed_p", "bcubed_r", "pairwise_f1"),
             "claims": ("pairwise_f1", "pairwise_p", "pairwise_r"),
             "claimgraph": ("pairwise_f1", "source_acc", "certainty_acc", "independent_acc", "confirmed_p",
                            "confirmed_r", "confirmed_n")}


@app.command()
def evaluate(
    task: Annotated[str, typer.Argument(help="attribution, timex, stories, claims or claimgraph.")],
    data: Annotated[Path | None, typer.Option("--data", help="Evaluation data [default: $NEWSTRACE_EVAL_DATA or "
                                                             "../shared/data]")] = None,
    limit: Annotated[int | None, typer.Option("--limit", help="Only the first N articles.")] = None,
    out_dir: Annotated[Path | None, typer.Option("--out", help="Keep the prediction file in this folder.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print every metric as JSON.")] = False,
    floors: Annotated[Path | None, typer.Option("--floors", help="Check the scores against this floors file "
                                                                 "(eval/floors.txt); exit 1 below a floor.")] = None,
    config_file: ConfigOpt = None,
) -> None:
    """Run the product on a shared evaluation task and score it with the shared scorer."""
    from .evaluation import TASKS, below_floors, read_floors
    from .evaluation import evaluate as run_evaluation

    if task not in TASKS:
        raise typer.BadParameter(f"one of {', '.join(TASKS)}", param_hint="TASK")
    with _progress(as_json) as progress:
        bar = progress.add_task(task, total=None)
        result = run_evaluation(task, data, limit, Config(file=config_file), out_dir,
                                progress=_stage_bar(progress, bar))
    failed = below_floors(task, result, read_floors(floors)) if floors else []
    for line in failed:
        err.print(f"[red]below floor[/red] {escape(line)}")
    if as_json:
        out.print_json(json.dumps(result))
        raise typer.Exit(1 if failed else 0)
    table = Table("system", *HEADLINES[task])
    for name in [k for k in result if k.startswith(("product", "baseline", "check"))]:
        if name in result:
            table.add_row(name, *(_metric(result[name].get(k)) for k in HEADLINES[task]))
    out.print(f"{task}: {result['articles']} articles")
    out.print(table)
    slices = result["product"].get("per_dataset") or result["product"].get("per_slice")
    if slices:
        sl = Table("slice", *HEADLINES[task][:3])
        for name, m in sorted(slices.items()):
            sl.add_row(name, *(_metric(m.get(k)) for k in HEADLINES[task][:3]))
        out.print(sl)
    raise typer.Exit(1 if failed else 0)


@app.command()
def export(
    story: Annotated[str | None, typer.Argument(help="Story id (see `newstrace stories`); or --all.")] = None,
    every: Annotated[bool, typer.Option("--all", help="Every story.")] = False,
    table: Annotated[str, typer.Option("--table", help="claims, mentions or sources.")] = "claims",
    fmt: Annotated[str, typer.Option("--format", help="csv or jsonl.")] = "csv",
    out_file: Annotated[Path | None, typer.Option("--out", help="Write here [default: standard output].")] = None,
    db: DbOpt = None,
    config_file: ConfigOpt = None,
) -> None:
    """Claims, mentions or sources of a story (or of all) as CSV or JSON Lines, one row each."""
    from .report.export import COLUMNS, FORMATS, table_rows, write_rows

    if table not in COLUMNS or fmt not in FORMATS or (story is not None) == every:
        raise typer.BadParameter(f"give a STORY or --all (not both); --table {'|'.join(COLUMNS)}; "
                                 f"--format {'|'.join(FORMATS)}")
    pipe = _pipeline(db, config_file, create=False)
    stories = pipe.store.stories() if every else [pipe.store.story(story)]  # NT203 for an unknown id

    def rows():
        for s in stories:
            articles = {a.id: a for a in pipe.store.articles(s.articles)} if table == "mentions" else {}
            yield from table_rows(table, s, pipe.store.analysis(s.id), articles)

    if out_file is None:
        write_rows(rows(), table, fmt, sys.stdout)
        return
    tmp = out_file.with_name(f".{out_file.name}.tmp")  # a failed export leaves no half-written file
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        n = write_rows(rows(), table, fmt, fh)
    tmp.replace(out_file)
    err.print(f"wrote {n} {table} rows to {out_file}", markup=False, highlight=False)


@app.command()
def serve(
    db: DbOpt = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    token: Annotated[str | None, typer.Option(
        "--token", envvar="NEWSTRACE_TOKEN", show_envvar=True,
        help="Allow corrections to those who give it (sign-in or Authorization: Bearer). Without it the server is "
             "read-only; with --host beyond loopback it is required, and every request needs it.")] = None,
    allow_host: Annotated[list[str] | None, typer.Option(
        "--allow-host", help="A Host name the server answers to besides loopback and --host (repeatable).")] = None,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Server processes (one per core serves most "
                                                                    "readers).")] = 1,
    config_file: ConfigOpt = None,
) -> None:
    """Serve the analyst's workbench (stories, claims, sources, outlets, search, corrections) and the JSON API."""
    import uvicorn

    from .web.app import create_app
    from .web.security import LOOPBACK

    if host not in LOOPBACK and not token:
        raise typer.BadParameter(f"serving on {host} (beyond this machine) needs --token or NEWSTRACE_TOKEN: "
                                 "anyone who can reach the port could read and correct the store")
    if token is not None and len(token) < 12:
        raise typer.BadParameter("--token must be at least 12 characters (e.g. python -c 'import secrets; "
                                 "print(secrets.token_urlsafe())')")
    config = _config(db, config_file)
    _pipeline(db, config_file, create=False).store.close()  # NT205 before the server starts
    err.print(f"newstrace: serving {config.db} on http://{host}:{port}/ "
              + ("(corrections need the token)" if token else "(read-only: no --token)"), markup=False,
              highlight=False)
    if workers == 1:
        uvicorn.run(create_app(config, token=token, bind=host, allow_hosts=set(allow_host or ())), host=host,
                    port=port, log_level="warning")
        return
    os.environ["NEWSTRACE_SERVE"] = json.dumps({"db": config.db, "config": str(config_file) if config_file else None,
                                                "bind": host, "hosts": list(allow_host or ())})
    if token:
        os.environ["NEWSTRACE_TOKEN"] = token
    uvicorn.run("newstrace.web.app:app_from_environment", factory=True, workers=workers, host=host, port=port,
                log_level="warning")


@app.command()
def settings() -> None:
    """List every setting with its default (set them in newstrace.toml or NEWSTRACE_<NAME>)."""
    table = Table("setting", "default", "help")
    for s in SETTINGS:
        table.add_row(s.name, repr(s.default), s.help)
    out.print(table)


@app.command()
def version() -> None:
    """Print the version."""
    out.print(__version__)


def _metric(value: Any) -> str:
    if value is None:
        return "—"
    return str(value) if isinstance(value, int) else f"{value:.3f}"


def _short(origin: str, width: int = 40) -> str:
    return origin if len(origin) <= width else "…" + origin[-width + 1 :]


def _progress(disabled: bool):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    console=err, transient=True, disable=disabled or not err.is_terminal)


def main() -> None:
    try:
        app()
    except NewstraceError as exc:
        err.print(str(exc), markup=False, soft_wrap=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        err.print("interrupted; what was committed is kept", markup=False)
        sys.exit(130)
    except Exception as exc:
        if os.environ.get("NEWSTRACE_DEBUG"):
            raise
        log = _crash_log()
        err.print(f"newstrace failed: {exc.__class__.__name__}: {printable(str(exc))[:500]}\n"
                  f"This is a bug. The traceback is in {log or 'the output of NEWSTRACE_DEBUG=1 newstrace ...'}; "
                  "please report it (docs/security.md says how for a security flaw).", markup=False, soft_wrap=True)
        sys.exit(EXIT_FAILED)


def _crash_log() -> Path | None:
    """The current exception's traceback in a file under the cache folder, or None if that cannot be written."""
    import tempfile
    import traceback

    from .embeddings.static import cache_dir

    try:
        folder = cache_dir() / "crashes"
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix="crash-", suffix=".log", dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(f"newstrace {__version__}\n{' '.join(map(printable, sys.argv))}\n\n{traceback.format_exc()}")
        return Path(name)
    except OSError:
        return None
