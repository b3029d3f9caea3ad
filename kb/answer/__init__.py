"""Answering from retrieved passages: the extractive answerer, the optional LLM answerer, guardrails and
conversation handling."""
