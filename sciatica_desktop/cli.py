"""Command line: start the app, or run one of its sub-commands.

sciatica-desktop [--data-dir DIR] [--database URL] [--video-backend auto|vlc|qt|none]
sciatica-desktop check
sciatica-desktop screenshot --page today|library|…|progress|reports --out FILE.png [--size WxH]
sciatica-desktop render-demos --out assets/videos [--contact-sheet FILE.png]
sciatica-desktop demo-data [--data-dir DIR] [--profile NAME] [--weeks 12] [--seed N]
sciatica-desktop attach-video EXERCISE_ID FILE | detach-video EXERCISE_ID
sciatica-desktop report --out FILE.pdf | --printer NAME [--profile NAME] [--since DATE] [--until DATE]
    [--deidentified] [--paper a4|letter] [--sheets];  report --list-printers
sciatica-desktop export --format csv|json|fhir --out PATH [--profile NAME] [--deidentified]
sciatica-desktop import FILE.json [--profile NAME]
"""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path
from typing import NoReturn

from sciatica_desktop import APP_NAME, __version__
from sciatica_desktop.app import Options
from sciatica_desktop.domain.errors import KnownError
from sciatica_desktop.storage.drivers import skip_openssl_hashes, skip_unused_drivers

PAGES = ("today", "library", "workout", "history", "checkin", "progress", "reports")


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT, such as 1280x800, not {text!r}") from None
    if not (320 <= width <= 7680 and 240 <= height <= 4320):
        raise argparse.ArgumentTypeError(f"{text} is outside 320x240 to 7680x4320")
    return width, height


def _common(parser: argparse.ArgumentParser, *, sub: bool = True) -> None:
    # A sub-command's copy has no default of its own, so `--database URL report` keeps the URL given
    # before the sub-command instead of silently falling back to the local file.
    unset: dict[str, object] = {"default": argparse.SUPPRESS} if sub else {}
    parser.add_argument(
        "--data-dir", type=Path, help="folder for the database, backups, logs and clinic content", **unset
    )
    parser.add_argument(
        "--database", metavar="URL", help="postgresql://user@host/db for a shared server", **unset
    )
    parser.add_argument(
        "--video-backend",
        choices=("auto", "vlc", "qt", "none"),
        help="which video player to use (auto picks the best that works)",
        **(unset or {"default": "auto"}),
    )


COMMANDS = (
    "check", "screenshot", "render-demos", "attach-video", "detach-video", "demo-data", "report", "export",
    "import",
)


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; ``commands=False``: only the options of the app itself."""
    parser = argparse.ArgumentParser(
        # Without commands, no help either: -h, and abbreviations such as --he, go to the whole parser.
        prog="sciatica-desktop", description=f"{APP_NAME}: guided exercises.", add_help=commands
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    _common(parser, sub=False)
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command")
    check = sub.add_parser("check", help="say what works on this machine; exit 0 when the app can run")
    _common(check)
    shot = sub.add_parser("screenshot", help="render a page into a PNG without showing a window")
    _common(shot)
    shot.add_argument("--page", choices=PAGES, required=True)
    shot.add_argument("--out", type=Path, required=True)
    shot.add_argument("--size", type=_size, default=(1280, 800), metavar="WxH")
    demos = sub.add_parser("render-demos", help="draw the demonstration videos from the pose data")
    demos.add_argument("--out", type=Path, default=None, help="folder for the clips (assets/videos)")
    demos.add_argument("--contact-sheet", type=Path, default=None, metavar="FILE.png")
    demos.add_argument("--only", nargs="*", default=None, metavar="ID")
    attach = sub.add_parser("attach-video", help="play a clinic's own video file for an exercise (copied in)")
    _common(attach)
    attach.add_argument("exercise_id", metavar="EXERCISE_ID")
    attach.add_argument("file", type=Path, metavar="FILE")
    detach = sub.add_parser("detach-video", help="remove a clinic's video; the bundled one plays again")
    _common(detach)
    detach.add_argument("exercise_id", metavar="EXERCISE_ID")
    demo = sub.add_parser("demo-data", help="fill a profile with a made-up, reproducible history")
    _common(demo)
    demo.add_argument("--profile", default="Me", help="the profile to fill (it must have no records yet)")
    demo.add_argument("--weeks", type=int, default=12)
    demo.add_argument("--seed", type=int, default=1)
    _report_parsers(sub)
    return parser


def _report_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = sub.add_parser("report", help="write the appointment summary as a PDF, or print it")
    _common(report)
    where = report.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", type=Path, metavar="FILE.pdf")
    where.add_argument("--printer", metavar="NAME", help="a printer's name (see --list-printers)")
    where.add_argument("--list-printers", action="store_true", help="list the printers and stop")
    report.add_argument("--profile", default=None, help="whose summary (default: the only or 'Me')")
    report.add_argument("--since", metavar="YYYY-MM-DD", help="default: since the last summary or 4 weeks")
    report.add_argument("--until", metavar="YYYY-MM-DD", help="default: today")
    report.add_argument("--deidentified", action="store_true", help="leave the name out")
    report.add_argument("--paper", choices=("a4", "letter"), help="default: the locale's paper")
    report.add_argument("--sheets", action="store_true", help="add a page per exercise with key poses")
    export = sub.add_parser("export", help="export a profile as CSV files, a JSON backup or a FHIR bundle")
    _common(export)
    export.add_argument("--format", choices=("csv", "json", "fhir"), required=True)
    export.add_argument("--out", type=Path, required=True, metavar="PATH", help="folder (csv) or file")
    export.add_argument("--profile", default=None)
    export.add_argument("--deidentified", action="store_true", help="leave the name out (json, fhir)")
    restore = sub.add_parser("import", help="restore a JSON backup into a profile (one transaction)")
    _common(restore)
    restore.add_argument("file", type=Path, metavar="FILE.json")
    restore.add_argument("--profile", default=None, help="into this profile (default: the file's)")


# The app's own options when none is given; tests/app/test_cli.py holds them to the parser's defaults.
APP_DEFAULTS: dict[str, object] = {"data_dir": None, "database": None, "video_backend": "auto"}


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The parsed command line. Building the parsers of all nine sub-commands costs about 4 ms, at every
    start of the app; a command line that names none (and asks for no help) needs only the app's own
    options. Anything the short parser does not take (a mistyped command, say) goes to the whole parser,
    so the messages are the same."""
    argv = sys.argv[1:] if argv is None else list(argv)
    if not argv:  # how a launcher, a kiosk and `make run` start it: no parser at all (~5 ms cold)
        return argparse.Namespace(command=None, **APP_DEFAULTS)
    if not any(arg in COMMANDS or arg in ("-h", "--help") for arg in argv):
        short = build_parser(commands=False)
        short.error = _leave_to_whole_parser  # type: ignore[method-assign]  # the whole parser gives the message
        try:
            args, rest = short.parse_known_args(argv)
        except _ShortParserError:
            rest = argv
        if not rest:
            return args
    return build_parser().parse_args(argv)


class _ShortParserError(Exception):
    pass


def _leave_to_whole_parser(message: str) -> NoReturn:
    raise _ShortParserError(message)


def _options(args: argparse.Namespace) -> Options:
    return Options(data_dir=args.data_dir, database=args.database, video_backend=args.video_backend)


def run(argv: list[str] | None = None) -> int:
    """The program's entry point (``sciatica-desktop``, ``python -m sciatica_desktop``): :func:`main`, after
    the process-wide settings that only a fresh process may make, as they change what later imports load
    (and, for the app, a pause of the cycle collector while it starts)."""
    args = parse_args(argv)
    skip_unused_drivers(args.database)
    if args.command is None:  # the app itself, which stays running: the commands are short-lived
        skip_openssl_hashes()
        # The start builds only objects that live as long as the app (modules, classes, Qt types,
        # widgets), and the cycle collector would walk them again and again: about 6 ms of the start.
        # gui.run_gui turns it back on once the database is open (gui.resume_gc).
        gc.disable()
    if args.command in (None, "check", "screenshot", "render-demos", "report"):  # the commands that use Qt
        from sciatica_desktop.ui.qt_imports import skip_feature_scan

        skip_feature_scan()
    return _dispatch(args)


def main(argv: list[str] | None = None) -> int:
    """Run a command in this process as it is (tests call this); :func:`run` is the program."""
    return _dispatch(parse_args(argv))


def _dispatch(args: argparse.Namespace) -> int:
    try:
        if args.command == "check":
            from sciatica_desktop.commands.check import run_check

            return run_check(_options(args))
        if args.command == "screenshot":
            from sciatica_desktop.commands.screenshot import run_screenshot

            return run_screenshot(_options(args), page=args.page, out=args.out, size=args.size)
        if args.command == "render-demos":
            from sciatica_desktop.commands.render_demos import run_render_demos

            return run_render_demos(out=args.out, contact_sheet=args.contact_sheet, only=args.only)
        if args.command in ("attach-video", "detach-video"):
            from sciatica_desktop.commands.videos import run_attach_video, run_detach_video

            if args.command == "attach-video":
                return run_attach_video(_options(args), exercise_id=args.exercise_id, file=args.file)
            return run_detach_video(_options(args), exercise_id=args.exercise_id)
        if args.command == "demo-data":
            from sciatica_desktop.commands.demo_data import run_demo_data

            return run_demo_data(_options(args), profile=args.profile, weeks=args.weeks, seed=args.seed)
        if args.command in ("report", "export", "import"):
            return _run_report_command(args)
        from sciatica_desktop.gui import run_gui

        return run_gui(_options(args))
    except KnownError as error:
        print(f"{APP_NAME}: {error.message}", file=sys.stderr)
        return 2


def _run_report_command(args: argparse.Namespace) -> int:
    if args.command == "report":
        from sciatica_desktop.commands.report import run_list_printers, run_report

        if args.list_printers:
            return run_list_printers()
        return run_report(
            _options(args), out=args.out, printer=args.printer, profile=args.profile, since=args.since,
            until=args.until, deidentified=args.deidentified, paper=args.paper, sheets=args.sheets,
        )
    from sciatica_desktop.commands.transfer import run_export, run_import

    if args.command == "export":
        return run_export(
            _options(args),
            fmt=args.format,
            out=args.out,
            profile=args.profile,
            deidentified=args.deidentified,
        )
    return run_import(_options(args), file=args.file, profile=args.profile)


if __name__ == "__main__":
    raise SystemExit(run())
