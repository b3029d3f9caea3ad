# Two commands on a fresh machine:  make serve   and   make test
# Every path installs torch==2.13.0 (the CPU build on this machine's disk) before the project,
# because a plain torch requirement pulls a multi-GB CUDA build.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

AXE    := tests/js/node_modules/axe-core/axe.min.js

.PHONY: setup serve ingest test browser eval bench check clean constraints

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -c constraints.txt -e ".[all,test]"
	touch $(STAMP)

constraints: setup         ## record the installed versions (after an upgrade; then make test and make eval)
	{ sed -n 1,3p constraints.txt; $(BIN)/pip freeze --exclude-editable | grep -v '^social-return-kb' \
	  | sed 's/^torch==\(.*\)+cpu$$/torch==\1/'; } > constraints.tmp && mv constraints.tmp constraints.txt

serve: setup                ## set up, index the bundled corpus if needed, start the chat on :7860
	$(BIN)/kb serve

ingest: setup
	$(BIN)/kb ingest

browser: $(AXE)             ## Debian's Chromium for the browser tests, and axe-core (npm) for their accessibility checks
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium chromium-driver >/dev/null; }

$(AXE): tests/js/package.json tests/js/package-lock.json
	@command -v npm >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq nodejs npm >/dev/null; }
	npm ci --prefix tests/js --no-audit --no-fund --loglevel=error
	touch $(AXE)

test: setup browser         ## set up and run the whole test suite
	$(BIN)/pytest

check: setup
	$(BIN)/kb corpus check

DEV_SET := $(wildcard ../shared/eval/dev.jsonl)

eval: setup                 ## quality on the dev set (when ../shared is there) and the project's own sets
	$(BIN)/kb ingest
	$(if $(DEV_SET),$(BIN)/kb eval --set $(DEV_SET) --compare,@echo "../shared/eval/dev.jsonl not found: dev set skipped")
	$(BIN)/kb eval --set tests/data/heldout.jsonl --compare
	$(BIN)/kb eval --set tests/data/heldout.jsonl --pages-only
	$(BIN)/kb eval --set tests/data/heldout2.jsonl --compare
	$(BIN)/kb eval --set tests/data/heldout3.jsonl --compare
	$(BIN)/kb eval --set tests/data/heldout3.jsonl --pages-only
	$(BIN)/kb eval --set tests/data/heldout4.jsonl --compare
	$(BIN)/kb eval --set tests/data/heldout_relabel.jsonl --compare
	$(BIN)/kb eval --set tests/data/heldout5.jsonl --compare
	$(BIN)/kb eval --set tests/data/heldout6.jsonl --compare
	$(BIN)/kb eval --set tests/data/heldout7.jsonl --compare
	$(BIN)/kb eval --set tests/data/heldout8.jsonl --compare
	$(BIN)/kb eval --set tests/data/heldout9.jsonl --compare
	$(BIN)/kb eval --set tests/data/tune.jsonl --set tests/data/tune2.jsonl --set tests/data/tune3.jsonl
	$(BIN)/kb eval --set tests/data/tune4.jsonl --set tests/data/tune5.jsonl
	$(BIN)/kb eval --set tests/data/tune6.jsonl --set tests/data/tune7.jsonl
	$(BIN)/kb eval --set tests/data/tune8.jsonl --set tests/data/tune9.jsonl --set tests/data/tune10.jsonl --set tests/data/tune11.jsonl
	$(BIN)/kb eval --set tests/data/tune12.jsonl
	$(BIN)/kb eval --set tests/data/adversarial.jsonl --set tests/data/out_of_scope.jsonl
	$(BIN)/kb eval --set tests/data/refusal_tune.jsonl --set tests/data/refusal_tune2.jsonl --set tests/data/refusal_tune3.jsonl \
	  --set tests/data/refusal_tune4.jsonl --set tests/data/refusal_tune5.jsonl
	$(BIN)/kb eval --set tests/data/refusal_heldout.jsonl --set tests/data/refusal_heldout2.jsonl --set tests/data/refusal_heldout3.jsonl
	$(BIN)/kb eval --set tests/data/refusal_heldout4.jsonl
	$(BIN)/kb eval --set tests/data/refusal_heldout5.jsonl
	@echo "The newest blind sets (stop 70):"
	$(BIN)/kb eval --set tests/data/heldout55.jsonl --set tests/data/refusal_heldout48.jsonl

bench: setup                ## ingest and ask timings, memory
	$(BIN)/python -m kb.bench
	$(BIN)/python -m tests.bench_crawl
	$(BIN)/python -m tests.bench_scale --chunks 100000

clean:
	rm -rf $(VENV) data .pytest_cache tests/js/node_modules
