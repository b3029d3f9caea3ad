"""What the knowledge base offers for plans: the rules, the planner and the chat hook.

`KnowledgeBase` inherits this, so the rules reach the planner through the knowledge base while
`kb/service.py` stays about answering.
"""

from __future__ import annotations

from typing import Any

from kb.config import Settings
from kb.errors import KBError
from kb.plan.book import PlanBook
from kb.plan.model import Plan
from kb.plan.request import PlanRequest
from kb.plan.rules import RuleBook


class Planning:
    """Plans for one contract, from the rule files in the corpus folder (no index or model needed)."""

    settings: Settings
    _plans: PlanBook | None = None

    @property
    def plans(self) -> PlanBook:
        """The rule files and the documents they cite, read once."""
        if self._plans is None:
            self._plans = PlanBook.from_settings(self.settings)
        return self._plans

    def rules(self) -> RuleBook:
        return self.plans.rules

    def plan(self, request: PlanRequest) -> Plan:
        """The plan for one contract (raises BadPlanInput for input it cannot use, e.g. an unknown region)."""
        return self.plans.plan(request)

    def warm_up_plans(self) -> None:
        """Read the rule files now (a broken file is reported by `kb corpus check`, not raised here)."""
        try:
            _ = self.plans
        except KBError:
            pass

    def plan_offer(self, question: str) -> dict[str, Any] | None:
        """A short plan when a chat question is about one contract ("schoonmaak voor 1,2 miljoen…")."""
        from kb.plan.chat import offer

        try:
            return offer(question, self.plans)
        except KBError:  # broken rule files must not break answering; `kb corpus check` reports them
            return None
