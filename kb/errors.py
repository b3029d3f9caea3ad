"""User-facing errors. Messages are Dutch because they reach people at the edges (CLI, UI, API)."""


class KBError(Exception):
    """Base class: something a user can act on."""


class IndexMissing(KBError):
    """There is no index yet, or it is empty."""


class IndexModelMismatch(KBError):
    """The index was built with another embedding model than the settings name."""


class ModelUnavailable(KBError):
    """The embedding model or LLM cannot be loaded here."""


class MissingExtra(KBError, ImportError):
    """An optional dependency is not installed; the message names the extra."""

    def __init__(self, package: str, extra: str, purpose: str) -> None:
        super().__init__(f"{purpose} heeft het pakket '{package}' nodig: pip install 'social-return-kb[{extra}]'")
