#!/usr/bin/env python3
"""Question-answering bot over a folder of news articles: Telegram, or a console chat.

  python bot.py                 Telegram when TELEGRAM_BOT_TOKEN is set, else the console chat
  python bot.py chat [--json]   a console conversation, one message per line
  python bot.py ask [--json] Q  one question, one reply
Every command takes --seeds DIR (the articles) and --config FILE (default: config.yaml).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from qa import console
from qa.config import ConfigError, Settings, load_settings
from qa.corpus import CorpusError
from qa.pipeline import Library

HERE = Path(__file__).resolve().parent
log = logging.getLogger("bot")


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Read the command line; --seeds and --config may come before or after the command."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--seeds", metavar="DIR", default=argparse.SUPPRESS,
                        help="folder of article files (default: seeds_dir in the config)")
    common.add_argument("--config", metavar="FILE", default=argparse.SUPPRESS,
                        help="settings file (default: config.yaml beside bot.py)")
    parser = argparse.ArgumentParser(prog="bot.py", parents=[common], description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", metavar="{run,chat,ask}")
    sub.add_parser("run", parents=[common], help="Telegram if a token is set, else the console chat")
    chat = sub.add_parser("chat", parents=[common], help="console conversation, a message per line")
    chat.add_argument("--json", action="store_true", help="one JSON object per input line")
    ask = sub.add_parser("ask", parents=[common], help="answer one question")
    ask.add_argument("--json", action="store_true", help="print the reply as one JSON object")
    ask.add_argument("question", nargs="+", help="the question (or a command such as /latest)")
    args = parser.parse_args(argv)
    args.command = args.command or "run"
    return args


def setup_logging(level: str) -> None:
    """Send logs to standard error, keeping HTTP client request lines (they carry the token) out."""
    logging.basicConfig(stream=sys.stderr, level=getattr(logging, level.upper(), logging.INFO),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the process exit status."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    config = getattr(args, "config", None)
    if config is None and (HERE / "config.yaml").is_file():
        config = HERE / "config.yaml"
    try:
        settings = load_settings(config, seeds_dir=getattr(args, "seeds", None))
        setup_logging(settings.log_level)
        library = Library(settings)
    except (ConfigError, CorpusError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.command == "chat":
        return console.chat(library, as_json=args.json)
    if args.command == "ask":
        return console.ask(library, " ".join(args.question), as_json=args.json)
    return run(settings, library)


def run(settings: Settings, library: Library) -> int:
    """Run the Telegram bot when a token is set, otherwise the console chat."""
    if not os.environ.get(settings.telegram.token_env, "").strip():
        print(f"No {settings.telegram.token_env} set: starting the console chat. Set it to a token "
              "from @BotFather to run the Telegram bot (see README).", file=sys.stderr)
        return console.chat(library, as_json=False)
    print("error: the Telegram front end is not built yet", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
