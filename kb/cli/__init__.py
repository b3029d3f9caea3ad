"""The `kb` command line: thin commands over the knowledge base. Each docstring is its help text."""

from kb.cli import answers, index, plan, serve  # noqa: F401 - importing registers the commands
from kb.cli.base import cli

__all__ = ["cli", "main"]


def main() -> None:
    cli(prog_name="kb")
