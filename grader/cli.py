"""The command line: `grader list | show | init | check | grade | validate | doctor | sandbox`.

Every command turns bad input into one line and the exit status of design.md:
0 passed, 1 graded and not passed, 2 bad input, 3 could not grade.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import click

from grader import __version__, interrupts
from grader.bank import Bank
from grader.batch.summary import SUMMARY_FORMATS
from grader.errors import EXIT_CANNOT_GRADE, EXIT_INTERRUPTED, BadInput, CannotGrade, GraderError
from grader.isolation.backends import (
    BACKENDS,
    SANDBOX_CHOICES,
    choose_backend,
    isolated,
    make_backend,
    sandbox_label,
)
from grader.pipeline import GradeOptions, grade
from grader.report import escape
from grader.report.audience import for_audience
from grader.report.model import Report
from grader.report.render import FORMATS, render
from grader.verdicts import Verdict


def _bank(ctx) -> Bank:
    return Bank(ctx.obj["bank"]) if ctx.obj["bank"] else Bank()


def _emit(text: str, output: str | None) -> None:
    if output:
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise BadInput(f"{output}: cannot write: {exc.strerror}") from None
    else:
        click.echo(text, nl=False)


def _progress_line():
    """Progress on stderr, one overwritten line, only when a person is watching."""
    if not sys.stderr.isatty():
        return lambda step: None

    def show(step: str) -> None:
        click.echo(f"\r\033[K{escape.log_line(step)}...", err=True, nl=False)

    return show


def exit_status(report: Report) -> int:
    """0 only for a whole grade that passed: a run narrowed by -k proves nothing overall (1);
    3 when the grader could not reach a verdict (its own fault, or a probe too noisy)."""
    if report.verdict in (Verdict.INTERNAL_ERROR, Verdict.INCONCLUSIVE):
        return EXIT_CANNOT_GRADE
    return 0 if report.verdict == Verdict.PASSED and not report.partial else 1


class _GraderGroup(click.Group):
    def invoke(self, ctx):
        # Ctrl-C or SIGTERM, in any command: every sandbox was closed on the way out; exit 130
        # rather than click's "Aborted!" with 1, which would read as "graded, not passed".
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            if not interrupts.received():  # no signal came: a fault of the grader's own
                raise RuntimeError("stopped by a KeyboardInterrupt no signal raised") from None
            click.echo("\ngrader: interrupted", err=True)
            ctx.exit(EXIT_INTERRUPTED)
        except GraderError as exc:  # the one place a grader error becomes a line and a status
            # Messages quote file names and paths: controls escaped, no workflow command.
            click.echo(escape.no_workflow_commands(f"Error: {escape.terminal(exc.message)}"),
                       err=True)
            ctx.exit(exc.exit_code)


@click.group(cls=_GraderGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="grader")
@click.option("--bank", type=click.Path(file_okay=False), envvar="GRADER_BANK",
              help="A challenge bank directory (default: the bank shipped with the grader).")
@click.pass_context
def cli(ctx, bank):
    """Grade answers to coding-interview challenges in a sandbox.

    \b
    A candidate's path:   grader list  ->  grader show ID  ->  grader init ID DIR
                          ->  grader check ID FILE  ->  grader grade ID FILE
    An interviewer also:  grader grade ID FILE --audience reviewer --sandbox docker
    Bank maintainers:     grader validate [ID ...]
    """
    ctx.obj = {"bank": bank}


@cli.command("list")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.pass_context
def list_cmd(ctx, fmt):
    """List the challenges in the bank."""
    specs = [c.spec for c in _bank(ctx).all()]
    if fmt == "json":
        click.echo(json.dumps([s.model_dump(include={"id", "title", "difficulty", "tags", "module"})
                               for s in specs], indent=2))
        return
    width = max((len(s.id) for s in specs), default=10)
    for s in specs:
        click.echo(f"{s.id:<{width}}  {s.difficulty:<6}  {s.title}  [{', '.join(s.tags)}]")


@cli.command()
@click.argument("challenge_id")
@click.pass_context
def show(ctx, challenge_id):
    """Print a challenge's prompt."""
    challenge = _bank(ctx).load(challenge_id)
    click.echo(challenge.prompt_path.read_text(encoding="utf-8"))


@cli.command()
@click.argument("challenge_id")
@click.argument("directory", default=".", type=click.Path(file_okay=False))
@click.option("--force", is_flag=True, help="Overwrite files that already exist.")
@click.pass_context
def init(ctx, challenge_id, directory, force):
    """Write the stub and the public examples into DIRECTORY (default: here)."""
    challenge = _bank(ctx).load(challenge_id)
    target = Path(directory)
    files = {target / f"{challenge.spec.module}.py": challenge.stub_path}
    # One folder per challenge: a second challenge inited here keeps its own examples.
    for example in sorted(challenge.examples_dir.glob("*.py")):
        files[target / "examples" / challenge.id / example.name] = example
    clash = [str(p) for p in files if p.exists()]
    if clash and not force:
        raise BadInput(f"{', '.join(clash)} already exist (use --force to overwrite)")
    for dest, src in files.items():
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dest)
    stub = target / f"{challenge.spec.module}.py"
    click.echo(f"wrote {stub} and {len(files) - 1} example file(s); next:\n"
               f"  grader show {challenge_id}\n  grader check {challenge_id} {stub}")


def grading_options(fn):
    options = [
        click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default="text",
                     help="Report format."),
        click.option("--output", "-o", type=click.Path(dir_okay=False),
                     help="Write the report to this file instead of stdout."),
        click.option("--audience", type=click.Choice(["candidate", "reviewer"]),
                     default="candidate", help="reviewer also shows hidden-test details."),
        click.option("--sandbox", type=click.Choice(SANDBOX_CHOICES), default="auto",
                     help="auto: Docker when an engine and the image are ready, else local."),
        click.option("-k", "keyword", help="Only tests matching this pytest -k expression."),
        click.option("--quality", type=click.Choice(["on", "off"]), default="on",
                     help="off: skip metrics and lint (static rules are still checked)."),
        click.option("--allow", "allow", multiple=True, metavar="RULE",
                     help="Relax one of the challenge's static rules (repeatable)."),
        click.option("--probes", type=click.Choice(["off", "quick", "full"]), default=None,
                     help="Complexity probes (default: quick for candidates, full for reviewers)."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def _run(ctx, mode, challenge_id, path, fmt, output, audience, sandbox, keyword, quality, allow,
         probes):
    options = GradeOptions(mode=mode, sandbox=sandbox, audience=audience, keyword=keyword,
                           quality=quality == "on", allow=frozenset(allow), probes=probes,
                           progress=_progress_line())
    report = for_audience(grade(_bank(ctx), challenge_id, path, options))
    if sys.stderr.isatty():
        click.echo("\r\033[K", err=True, nl=False)
    _emit(render(report, fmt, colour=output is None and sys.stdout.isatty()), output)
    ctx.exit(exit_status(report))


@cli.command()
@click.argument("challenge_id")
@click.argument("path")
@grading_options
@click.pass_context
def check(ctx, challenge_id, path, **kw):
    """Run only the public examples against PATH (fast, while you work)."""
    _run(ctx, "check", challenge_id, path, **kw)


@cli.command("grade")
@click.argument("challenge_id")
@click.argument("path")
@grading_options
@click.pass_context
def grade_cmd(ctx, challenge_id, path, **kw):
    """Grade PATH (a .py file or a package folder) against the hidden tests."""
    _run(ctx, "grade", challenge_id, path, **kw)


@cli.command()
def schema():
    """Print the JSON schema of the report that --format json writes."""
    from grader.report.json_format import render_schema

    click.echo(render_schema(), nl=False)


WARM_DEFAULT = 3
WARM_HELP = ("Docker sandboxes each grading process keeps started ahead, so a grade does not "
             "wait for a container start (0: none). Each serves one grade, then is removed.")


UNISOLATED_HELP = ("Without Docker or bubblewrap, run answers as plain subprocesses that can "
                   "read and write your files (refused otherwise, exit 3).")


def _batch_backend(bank: Bank, sandbox: str, allow_unisolated: bool):
    """The one backend a batch or ci run uses: never an unisolated one unless the user said so,
    and then said aloud."""
    backend = choose_backend(sandbox, hide=[bank.root / "hidden_tests"],
                             require_isolation=not allow_unisolated)
    if not isolated(backend):
        click.echo(f"grader: warning: running answers in the {sandbox_label(backend)} sandbox: "
                   "they can read and write your files", err=True)
    return backend


@cli.command()
@click.argument("args", nargs=-1, metavar="[ID] DIR")
@click.option("--roster", type=click.Path(dir_okay=False, exists=True),
              help="A CSV with the columns candidate, challenge, path.")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=None,
              help="Grades at once (default: the number of cores).")
@click.option("--format", "fmt", type=click.Choice(list(SUMMARY_FORMATS)), default="text")
@click.option("--output", "-o", type=click.Path(dir_okay=False))
@click.option("--similarity", type=click.FloatRange(0, 1), default=0.6, show_default=True,
              help="Report pairs of answers sharing at least this share of fingerprints.")
@click.option("--cache-dir", type=click.Path(file_okay=False), default=None,
              help="Where graded reports are kept (default ~/.cache/grader/reports).")
@click.option("--no-cache", is_flag=True, help="Grade everything again.")
@click.option("--sandbox", type=click.Choice(SANDBOX_CHOICES), default="auto")
@click.option("--allow-unisolated", is_flag=True, help=UNISOLATED_HELP)
@click.option("--probes", type=click.Choice(["off", "quick", "full"]), default="quick",
              show_default=True)
@click.option("--quality", type=click.Choice(["on", "off"]), default="on")
@click.option("--broker", envvar="GRADER_BROKER", default=None, metavar="URL",
              help="Grade on the worker fleet behind this Redis URL (redis://[:PASSWORD@]HOST"
              ":PORT/DB or rediss://; env GRADER_BROKER) instead of local processes.")
@click.option("--warm-pool", "warm", type=click.IntRange(0, 16), default=WARM_DEFAULT,
              show_default=True, help=WARM_HELP)
@click.pass_context
def batch(ctx, args, roster, jobs, fmt, output, similarity, cache_dir, no_cache, sandbox,
          allow_unisolated, probes, quality, broker, warm):
    """Grade many submissions: `batch ID DIR` (one answer per file or folder), `batch DIR`
    (a folder per candidate, answers named after challenge ids), or `batch --roster CSV`.

    Prints a table per candidate, with pairs of suspiciously similar answers. Reports
    are cached by submission, challenge and grader version: a rerun grades only what
    changed, and Ctrl-C keeps what was graded.
    """
    import time

    from rich.console import Console

    from grader.batch import discover
    from grader.batch.cache import ReportCache, default_cache_dir
    from grader.batch.run import run_batch
    from grader.batch.summary import BatchSummary, render_summary, row, similar_pairs

    started = time.perf_counter()
    bank = _bank(ctx)
    if roster and not args:
        job_list = discover.from_roster(bank, Path(roster))
    elif len(args) == 2 and not roster:
        job_list = discover.from_folder(bank, args[0], Path(args[1]))
    elif len(args) == 1 and not roster:
        job_list = discover.from_candidates(bank, Path(args[0]))
    else:
        raise click.UsageError("give ID DIR, or DIR, or --roster CSV")
    if broker:  # each worker grades on the sandbox its own command line chose
        _needs_celery()
        sandbox_name = label = "fleet"
    else:
        backend = _batch_backend(bank, sandbox, allow_unisolated)
        sandbox_name, label = backend.name, sandbox_label(backend)
    settings = {"sandbox": sandbox_name, "probes": probes, "quality": quality == "on",
                "audience": "reviewer"}
    cache = ReportCache(None if no_cache else Path(cache_dir) if cache_dir else default_cache_dir())
    console = click.get_text_stream("stderr")
    results, cached, interrupted = run_batch(bank, job_list, settings, jobs or os.cpu_count() or 1,
                                             cache, Console(file=console), sandbox=label,
                                             broker=broker, warm=warm)
    rows = [row(job, results[job], job in cached, label) for job in job_list if job in results]
    summary = BatchSummary(rows=rows, similar=similar_pairs(bank, job_list, similarity),
                           threshold=similarity, interrupted=interrupted,
                           duration_s=round(time.perf_counter() - started, 2))
    _emit(render_summary(summary, fmt), output)
    if interrupted:
        ctx.exit(EXIT_INTERRUPTED)
    ctx.exit(0 if summary.all_passed else 1)


def _needs_celery() -> None:
    try:
        import celery  # noqa: F401
    except ImportError:
        raise CannotGrade("the fleet needs Celery: pip install 'grader[fleet]'") from None


@cli.command()
@click.option("--broker", envvar="GRADER_BROKER", required=True, metavar="URL",
              help="redis://[:PASSWORD@]HOST:PORT/DB or rediss:// (env GRADER_BROKER: keeps "
              "the password off the process list).")
@click.option("--concurrency", "-c", type=click.IntRange(1, 64), default=None,
              help="Grades at once (default: the number of cores).")
@click.option("--sandbox", type=click.Choice(SANDBOX_CHOICES), default="auto")
@click.option("--allow-unisolated", is_flag=True, help=UNISOLATED_HELP)
@click.option("--time-limit", type=click.IntRange(5, 86400), default=None, metavar="S",
              help="Longest a grade may run (default 600); a dead worker's tasks are "
              "re-delivered a minute after it.")
@click.option("--warm-pool", "warm", type=click.IntRange(0, 16), default=WARM_DEFAULT,
              show_default=True, help=WARM_HELP)
@click.pass_context
def worker(ctx, broker, concurrency, sandbox, allow_unisolated, time_limit, warm):
    """Grade a fleet's batches on this machine: a Celery worker fed through Redis.

    It grades with this machine's sandbox and bank (--bank), never with the sender's hidden
    tests: a task from a different grader version or challenge is failed back. See
    docs/fleet.md.
    """
    _needs_celery()
    from grader.fleet.app import DEFAULT_TIME_LIMIT
    from grader.fleet.worker import run_worker

    bank = _bank(ctx)
    backend = _batch_backend(bank, sandbox, allow_unisolated)
    click.echo(f"grader worker: grading with the {sandbox_label(backend)} sandbox", err=True)
    run_worker(broker, ctx.obj["bank"], backend.name, concurrency or os.cpu_count() or 1,
               time_limit or DEFAULT_TIME_LIMIT, warm)


@cli.command()
@click.argument("challenge_ids", nargs=-1)
@click.option("--sandbox", type=click.Choice(SANDBOX_CHOICES), default="auto")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Challenges proven at once, each in a process of its own.")
@click.pass_context
def validate(ctx, challenge_ids, sandbox, jobs):
    """Prove challenges: the reference passes, the stub fails, each known-bad is caught.

    A challenge whose stub is starting code (working code to refactor) is proven without
    judging its stub."""
    from grader.validate import validate_all

    bank = _bank(ctx)
    ids = list(challenge_ids) or bank.ids()
    for challenge_id in ids:
        bank.load(challenge_id)  # a bad id or a malformed spec is bad input, before any proof
    click.echo(f"{'challenge':<32} {'tests':>5} {'known-bad caught':>17} {'seconds':>8}  problems")
    failed = 0
    for challenge_id, result in validate_all(ctx.obj["bank"], ids, sandbox, jobs):
        failed += bool(result.problems)
        caught = f"{result.bad_caught}/{result.bad_total}"
        mark = click.style("ok", fg="green") if not result.problems else click.style(
            "; ".join(result.problems), fg="red")
        click.echo(f"{challenge_id:<32} {result.tests:>5} {caught:>17} {result.seconds:>8.1f}  "
                   f"{mark}")
    click.echo(f"{len(ids) - failed} of {len(ids)} challenges proven")
    ctx.exit(1 if failed else 0)


@cli.command("ci")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default="grader.toml",
              show_default=True, help="The answer repository's config.")
@click.option("--init", "init_config", is_flag=True,
              help="Write a starting grader.toml from the files found here.")
@click.option("--force", is_flag=True, help="With --init: overwrite an existing config.")
@click.option("--check", "check_only", is_flag=True,
              help="Public examples only (fast; what the pre-commit hook runs; may run "
                   "unisolated, and says so).")
@click.option("--sandbox", type=click.Choice(SANDBOX_CHOICES), default="auto",
              help="The sandbox (grader.toml cannot choose it).")
@click.option("--allow-unisolated", is_flag=True, help=UNISOLATED_HELP)
@click.option("--broker", envvar="GRADER_BROKER", default=None, metavar="URL",
              help="Grade on the worker fleet behind this Redis URL (as `batch --broker`; "
              "env GRADER_BROKER) instead of this machine.")
@click.argument("files", nargs=-1, type=click.Path())
@click.pass_context
def ci_cmd(ctx, config_path, init_config, force, check_only, sandbox, allow_unisolated, broker,
           files):
    """Grade an answer repository: every answer grader.toml lists.

    With FILES, only the answers holding one of them are graded. Exit 0 when
    every answer passed (and met min_score), 1 otherwise. Writes
    JUnit, Markdown and JSON where the config asks; on GitHub Actions the
    Markdown goes to the step summary and failures become annotations.
    """
    from grader.ci import config as cfg
    from grader.ci import discover, run

    path = Path(config_path)
    root = path.resolve().parent
    bank = _bank(ctx)
    if init_config:
        if path.exists() and not force:
            raise BadInput(f"{path} already exists (use --force to overwrite)")
        answers = discover.discover(bank, root)
        if not answers:
            raise BadInput("found no answers: name a file or folder after a challenge id "
                           "(e.g. lru_cache.py), or define a challenge's required names")
        path.write_text(cfg.render_config(answers), encoding="utf-8")
        click.echo(escape.log_line(f"wrote {path} with {len(answers)} answer(s): "
                                   + ", ".join(f"{a.path} -> {a.challenge}" for a in answers)))
        return
    config = cfg.load_config(path)
    if config.grader.sandbox is not None:
        click.echo(f"grader: warning: {cfg.SANDBOX_IGNORED}", err=True)
    run.output_paths(config, root)  # a bad output path is the config's fault: exit 2 now
    for answer in config.answers:  # a wrong id is the config's fault: exit 2 before grading
        try:
            bank.load(answer.challenge)
        except BadInput as exc:
            raise BadInput(f"{path}: {exc.message}") from None
    if files:
        config = run.only_answers_holding(config, root, [Path(f) for f in files])
        if not config.answers:
            click.echo("no graded answer among the given files")
            return
    if broker:  # each worker grades with the sandbox its own command line chose
        if check_only:
            raise BadInput("--check runs your public examples on this machine; the fleet "
                           "(--broker) grades against the hidden tests: give one of them")
        _needs_celery()
        label = "fleet"
        click.echo(f"sandbox: {label}")
        graded = run.grade_on_fleet(bank, config, root, _progress_line(), broker)
    else:
        # Your own public examples before a commit may run unisolated; a repository's
        # answers not.
        backend = _batch_backend(bank, sandbox, allow_unisolated or check_only)
        label = sandbox_label(backend)
        click.echo(f"sandbox: {label}")
        graded = run.grade_all(bank, config, root, _progress_line(),
                               mode="check" if check_only else "grade", sandbox=backend.name)
    if sys.stderr.isatty():
        click.echo("\r\033[K", err=True, nl=False)
    run.write_outputs(graded, config, root, sandbox=label)
    on_github = os.environ.get("GITHUB_ACTIONS") == "true"
    for g in graded:
        verdict = g.report.verdict.value if g.report else "not graded"
        detail = for_audience(g.report).reason if g.report else g.problem
        score = f"{g.report.score:5.1f}" if g.report else "    -"
        # The path is the pull request's and the detail may quote the submission: one line.
        click.echo(escape.log_line(f"{verdict:<14} {score}  {g.answer.path} "
                                   f"({g.answer.challenge}): {detail}"))
        if on_github:
            for line in run.annotations(g):
                click.echo(line)
    passed = sum(g.passed(config.grader.min_score) for g in graded)
    click.echo(f"{passed} of {len(graded)} answers passed")
    if any(g.report is not None and g.report.verdict in ("internal-error", "inconclusive")
           for g in graded):
        ctx.exit(EXIT_CANNOT_GRADE)
    ctx.exit(0 if passed == len(graded) else 1)


@cli.command()
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write to this file.")
@click.pass_context
def catalog(ctx, output):
    """Print the bank's catalog page (Markdown): sources, categories, test counts."""
    from grader.catalog import catalog_markdown

    _emit(catalog_markdown(_bank(ctx)), output)


@cli.command()
@click.pass_context
def doctor(ctx):
    """Say which sandbox backends work here and, for each that does not, what to do."""
    ok = False
    for name in BACKENDS:
        backend = make_backend(name)
        problem = backend.problem()
        ok |= problem is None
        state = click.style("ready", fg="green") if problem is None else click.style(
            "not ready", fg="red")
        click.echo(f"{backend.name:<7} {state}: {problem or backend.describe()}")
        for note in backend.notes() if problem is None else []:
            click.echo(f"        {note}")
    ctx.exit(0 if ok else EXIT_CANNOT_GRADE)


@cli.group()
def sandbox():
    """Build the Docker sandbox image, and clean up what killed graders left."""


@sandbox.command("base")
@click.argument("name", default="grader-base:bookworm")
def sandbox_base(name):
    """Make a base image offline (debootstrap; as root), where no registry can be reached.

    Runs the make-base-image.sh shipped with the grader; then: grader sandbox build
    --base NAME --offline.
    """
    from grader.isolation.sandbox_process import SANDBOX_DIR

    done = subprocess.run(["bash", str(SANDBOX_DIR / "make-base-image.sh"), name], check=False)
    if done.returncode:
        raise CannotGrade(f"the base image {name} was not made (exit {done.returncode})")


@sandbox.command("build")
@click.option("--base", default=None, help="Base image (default python:3.11-slim; "
              "offline: make one with grader sandbox base).")
@click.option("--tag", default=None, help="Image name to build (default grader-sandbox:latest).")
@click.option("--offline", is_flag=True, help="Build with no network (base must hold NumPy).")
def sandbox_build(base, tag, offline):
    """Build the sandbox image from sandbox/ through the Docker engine."""
    from grader.isolation import docker_backend as db

    try:
        image, _ = db.build_image(base or db.DEFAULT_BASE, tag or db.DEFAULT_IMAGE,
                                  network=not offline)
    except Exception as exc:  # the SDK's errors: no engine, missing base, failed step
        raise CannotGrade(f"image build failed: {_docker_error(exc)}") from None
    click.echo(f"built {', '.join(image.tags)} (worker {db.worker_digest()})")


@sandbox.command("clean")
@click.option("--all", "everything", is_flag=True,
              help="Remove every grader sandbox container, running grades' too.")
def sandbox_clean(everything):
    """Remove sandbox containers left by graders that no longer run.

    A grade removes its containers even when interrupted; only a grader killed
    outright (kill -9, a crashed machine) leaves them. Containers of grades still
    running here, or started from another machine on a shared engine, are kept.
    """
    from grader.isolation import docker_backend as db

    try:
        removed, kept = db.remove_leftovers(everything)
    except Exception as exc:  # the SDK's errors: no engine, no permission
        raise CannotGrade(f"cannot reach the Docker engine: {_docker_error(exc)}") from None
    click.echo(f"removed {removed} leftover sandbox container{'s' * (removed != 1)}"
               + (f"; kept {kept} of running grades" if kept else ""))


def _docker_error(exc) -> str:
    text = getattr(exc, "explanation", None) or getattr(exc, "msg", None) or str(exc)
    return str(text).strip().splitlines()[-1] if str(text).strip() else type(exc).__name__


@cli.group("import")
def import_group():
    """Turn test suites written elsewhere into a challenge bank."""


@import_group.command("exercism")
@click.argument("track", type=click.Path(exists=True, file_okay=False))
@click.option("--out", "out", required=True, type=click.Path(file_okay=False),
              help="The bank to write (created if missing; imported challenges are replaced).")
def import_exercism(track, out):
    """Import every practice and concept exercise of an Exercism track checkout.

    TRACK is the folder holding exercises/. Each exercise becomes a challenge named by its
    slug, its test files unchanged, Exercism's solution as the reference. Prove the result
    with `grader validate --bank OUT`.
    """
    from grader.importers.exercism import import_track

    result = import_track(Path(track), Path(out), lambda line: click.echo(line, err=True))
    click.echo(f"imported {len(result.imported)} exercise(s) into {out}"
               + (f"; {len(result.failed)} could not be imported: "
                  + ", ".join(slug for slug, _ in result.failed) if result.failed else ""))
    if not result.imported:
        raise BadInput(f"{track}: no exercise could be imported")


def _bank_after_command(ctx, param, value):
    if value is not None:  # written after the subcommand: it wins over the group's and the env's
        ctx.find_root().obj["bank"] = value


# `grader grade ID FILE --bank DIR` as well as `grader --bank DIR grade ID FILE`: every
# command (not the groups) accepts --bank after its name too.
for _command in cli.commands.values():
    if not isinstance(_command, click.Group):
        _command.params.append(click.Option(
            ["--bank"], type=click.Path(file_okay=False), expose_value=False,
            callback=_bank_after_command,
            help="A challenge bank directory (default: the bank shipped with the grader)."))


def main():
    interrupts.install()  # SIGINT and SIGTERM: recorded, then unwound as Ctrl-C
    try:
        cli(prog_name="grader")
    except Exception as exc:  # a fault of the grader's own: one line, exit 3
        if os.environ.get("GRADER_DEBUG"):
            raise
        click.echo(escape.log_line(f"grader: internal error: {type(exc).__name__}: {exc} "
                                   "(set GRADER_DEBUG=1 to see the traceback)"), err=True)
        sys.exit(EXIT_CANNOT_GRADE)
