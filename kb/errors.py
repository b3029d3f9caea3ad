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


class StoreUnavailable(KBError):
    """The Chroma store cannot be reached (server down, network); usually passes without a restart."""


class DataFolderProblem(KBError):
    """The data folder is read-only or full: nothing can be written there."""


class IngestRunning(KBError):
    """Another ingest is writing this index right now."""


class Busy(KBError):
    """Too many questions at once: the app sheds load instead of letting every answer wait."""

    def __init__(self, retry_after: int = 2) -> None:
        super().__init__("Het is even druk, probeer het zo opnieuw.")
        self.retry_after = retry_after
