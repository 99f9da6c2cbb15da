"""The ``kzbot`` command: a thin shell over Chatbot (chat, ask, eval).

Exit codes: 0 for any reply (answer, intent or fallback) or a finished evaluation; 1 for
unreadable input (a missing, empty, binary or undecodable document, a bad intent file, an
unreadable question set); 2 for usage errors (unknown options, an empty question); 130 on
Ctrl-C.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from bot import __version__
from bot.chatbot import Chatbot
from bot.errors import KzbotError
from bot.reading.sanitize import MAX_QUESTION_CHARS, clean
from bot.reply import Reply
from bot.shells.engine import Engine
from bot.shells.progress import for_stream
from bot.shells.terminal import (
    answer_text,
    citation,
    format_sources,
    safe,
    style,
    terminal_width,
    wants_colour,
    warnings_on_stderr,
    wrap,
    write_line,
)

EPILOG = """exit codes:
  0  a reply was given (answer, small talk or "the document doesn't say")
  1  unreadable input: missing, empty, binary or non-UTF-8 document; bad intent file;
     unreadable or malformed question set (eval)
  2  usage error: unknown option, empty or over-long question
"""


class UsageError(Exception):
    """A command line that cannot be run as written (exit code 2)."""


class _Command(argparse.ArgumentParser):
    """A subcommand's parser: an argument it does not know is its own usage error."""

    def parse_known_args(  # type: ignore[override]
            self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        parsed, extras = super().parse_known_args(args, namespace)
        if extras:
            self.error("unrecognized arguments: " + " ".join(extras))
        return parsed, extras


SHARED_DEFAULTS = {"corpus": None, "intents": None, "no_color": False, "no_cache": False}


def _shared() -> _Command:
    """Options every command shares: which document, which intents, colour, cache.

    Their defaults are suppressed, so an option given before the command is not reset by
    the command's parser; ``main`` fills in ``SHARED_DEFAULTS`` for those not given.
    """
    shared = _Command(add_help=False, argument_default=argparse.SUPPRESS)
    shared.add_argument("--corpus", metavar="PATH", help="a .txt, .md, .pdf, .docx or .html "
                        "file, or a folder of them (default: the bundled document)")
    shared.add_argument("--intents", metavar="DIR",
                        help="a folder of intent .toml files (default: the bundled intents)")
    shared.add_argument("--no-color", action="store_true", default=argparse.SUPPRESS,
                        help="never colour the output")
    shared.add_argument("--no-cache", action="store_true", default=argparse.SUPPRESS,
                        help="neither read nor write the index cache ($XDG_CACHE_HOME/kzbot)")
    return shared


def build_parser() -> argparse.ArgumentParser:
    """The argument parser: shared options, and a subcommand each with its own handler."""
    shared = [_shared()]
    look: dict[str, Any] = {"epilog": EPILOG,
                            "formatter_class": argparse.RawDescriptionHelpFormatter}
    parser = argparse.ArgumentParser(
        prog="kzbot", description="Answers questions about a document. With no command, "
        "starts the chat.", parents=shared, **look)
    parser.add_argument("--version", action="version", version=f"kzbot {__version__}")
    parser.set_defaults(handler=run_chat_command)
    commands = parser.add_subparsers(dest="command", metavar="{chat,ask,eval}",
                                     parser_class=_Command)
    chat = commands.add_parser("chat", help="talk with the bot in the terminal (the default)",
                               parents=shared, **look)
    chat.set_defaults(handler=run_chat_command)
    ask = commands.add_parser("ask", help="answer one question and exit", parents=shared,
                              **look)
    ask.add_argument("question", help='the question, or "-" to read one question per line '
                     "from standard input (blank lines are skipped)")
    ask.add_argument("--json", action="store_true", help="print each reply as one JSON object")
    ask.add_argument("--sources", action="store_true", help="also print the passages behind it")
    ask.add_argument("--short", action="store_true",
                     help="print only the exact answer (the whole sentence when there is none)")
    ask.set_defaults(handler=run_ask)
    evaluate = commands.add_parser(
        "eval", help="score the bot on a question set (.jsonl) and list the misses",
        description="Score the bot on a JSON-lines question set; see the README for the format.",
        parents=shared, **look)
    evaluate.add_argument("questions", help="a .jsonl question set")
    evaluate.add_argument("--json", action="store_true", help="print the figures as JSON")
    evaluate.add_argument("--no-misses", action="store_true", help="print only the figures")
    evaluate.set_defaults(handler=run_eval)
    return parser


def load_bot(args: argparse.Namespace) -> Engine:
    """The Chatbot the options describe; a long index build shows its progress on stderr
    when that is a terminal, never with ``--json``."""
    progress = None if getattr(args, "json", False) else for_stream(sys.stderr)
    return Chatbot(corpus=args.corpus, intents=args.intents, cache=not args.no_cache,
                   progress=progress)


Loader = Callable[[argparse.Namespace], Engine]


def _questions(args: argparse.Namespace) -> Iterable[str]:
    """The question(s) to answer: the argument, or each non-blank line of stdin."""
    if args.question != "-":
        if not clean(args.question):
            raise UsageError("the question is empty")
        if len(args.question) > MAX_QUESTION_CHARS:
            raise UsageError(f"the question is longer than {MAX_QUESTION_CHARS:,} characters")
        return [args.question]
    return (line for line in sys.stdin if line.strip())


def _print_reply(reply: Reply, args: argparse.Namespace, colour: bool, title: str) -> None:
    """One reply, as text or as one JSON line."""
    if args.json:
        data = reply.to_dict()
        unmet = data.pop("explanation").get("unmet")
        if unmet:  # a near miss: what the question asked that the document lacks
            data["unmet"] = list(unmet)
        if not args.sources:
            data["sources"] = [{k: s[k] for k in ("text", "score", "section", "page")}
                               for s in data["sources"]]
        write_line(json.dumps(data, ensure_ascii=False))
        return
    width = terminal_width(sys.stdout)
    if args.short:
        write_line(style(wrap(safe(reply.span.text if reply.span else reply.text), width), "1",
                         colour))
    else:
        write_line(answer_text(reply, colour, width))
        line = citation(reply, title, "--sources")
        if line:
            write_line(style(wrap(safe(line), width), "2", colour))
    if args.sources:
        write_line(format_sources(reply, colour, width))


def run_ask(args: argparse.Namespace, load: Loader) -> int:
    """Answer the question(s) given on the command line or stdin."""
    questions = _questions(args)
    bot = load(args)
    colour = wants_colour(sys.stdout, args.no_color)
    for question in questions:
        _print_reply(bot.ask(question), args, colour, bot.title)
        sys.stdout.flush()
    return 0


def run_eval(args: argparse.Namespace, load: Loader) -> int:
    """Score the bot on a question set and print the figures and the misses."""
    from bot.evaluate import evaluate, format_report, load_questions

    items = load_questions(Path(args.questions))
    report = evaluate(load(args), items)
    if args.json:
        write_line(json.dumps(report.figures()))
    else:
        write_line(safe(format_report(report, show_misses=not args.no_misses)))
    return 0


def run_chat_command(args: argparse.Namespace, load: Loader) -> int:
    """Chat on the terminal (or a scripted chat from piped stdin)."""
    from bot.shells.repl import run_chat

    return run_chat(load(args), args.no_color)


def main(argv: Sequence[str] | None = None, load: Loader = load_bot) -> int:
    """Run kzbot; returns the exit code (see the module docstring). ``load`` makes the
    engine from the options (a stand-in for the shells' tests)."""
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    for name, value in SHARED_DEFAULTS.items():
        if not hasattr(args, name):
            setattr(args, name, value)
    if isinstance(sys.stdin, io.TextIOWrapper):
        sys.stdin.reconfigure(errors="replace")  # undecodable input is text too, not a crash
    try:
        with warnings_on_stderr():
            return int(args.handler(args, load))
    except UsageError as exc:
        print(f"kzbot: error: {exc}", file=sys.stderr)
        return 2
    except KzbotError as exc:
        print(f"kzbot: error: {safe(str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
