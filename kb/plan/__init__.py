"""Plans for one contract: rules as data (`corpus/rules/*.yaml`), the planner, its exports and the chat hook.

Beside the answerers; no UI code in here. The knowledge base loads the rules and hands them to the planner.
"""

from kb.plan.book import PlanBook
from kb.plan.model import Plan
from kb.plan.request import BadPlanInput, PlanRequest
from kb.plan.rules import RuleBook, RulesError

__all__ = ["BadPlanInput", "Plan", "PlanBook", "PlanRequest", "RuleBook", "RulesError"]
