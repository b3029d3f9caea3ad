"""The planner's inputs, loaded once from the corpus folder: the rule book and the cited documents."""

from __future__ import annotations

from dataclasses import dataclass

from kb.config import Settings
from kb.plan.library import Library, load_library
from kb.plan.model import Plan
from kb.plan.planner import make_plan
from kb.plan.request import PlanRequest
from kb.plan.rules import RuleBook, load_rulebook


@dataclass
class PlanBook:
    """Rules and documents for plans. Built from the corpus files, so plans need no index or model."""

    rules: RuleBook
    library: Library

    @classmethod
    def from_settings(cls, settings: Settings) -> PlanBook:
        library, _ = load_library(settings.corpus_dir)  # broken documents are `kb corpus check`'s to report
        return cls(load_rulebook(settings.corpus_dir / "rules", library.source_map()), library)

    def plan(self, request: PlanRequest) -> Plan:
        return make_plan(request, self.rules, self.library)
