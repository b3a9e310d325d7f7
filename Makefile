# ddnews — two commands set everything up on a machine with only python3:
#   make demo   create .venv, install ddnews, extract corpus/ into facts.db, print a summary and a panel (+ a plot)
#   make test   run the whole test suite
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
BENCH_STAMP := $(VENV)/.installed-bench
# pip constraints: the versions the suite was last run with (regenerate with `make constraints`)
CONSTRAINTS := constraints.txt

.PHONY: demo test lint bench serve clean model constraints

$(STAMP): pyproject.toml $(CONSTRAINTS)
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -c $(CONSTRAINTS) -e ".[test,serve,scale,lint]"
	touch $(STAMP)

# underthesea (the NER baseline) only for the benchmarks
$(BENCH_STAMP): $(STAMP)
	$(BIN)/pip install -q -c $(CONSTRAINTS) -e ".[bench]"
	touch $(BENCH_STAMP)

demo: $(STAMP)
	mkdir -p out
	$(BIN)/ddnews extract corpus/ --db facts.db --format jsonl --output out/facts.jsonl
	$(BIN)/ddnews summary facts.db
	$(BIN)/ddnews panel facts.db
	$(BIN)/ddnews panel facts.db --indicator members_admitted --plot out/members_admitted.png

test: $(STAMP) lint
	$(BIN)/python -m pytest

# ruff (style, imports, complexity <= 15) and mypy (types) over the package, tests, scripts and benchmarks
lint: $(STAMP)
	$(BIN)/ruff check src tests scripts benchmarks
	$(BIN)/mypy

bench: $(BENCH_STAMP)
	$(BIN)/python benchmarks/run.py

serve: $(STAMP)
	$(BIN)/ddnews serve facts.db

model: $(STAMP)
	$(BIN)/python scripts/build_model.py

# every extra installed (bench included) so the freeze covers them all
constraints: $(BENCH_STAMP)
	{ sed -n '/^#/p' $(CONSTRAINTS); $(BIN)/pip freeze --exclude-editable | grep -viE '^ddnews(==| @)'; } > $(CONSTRAINTS).new
	mv $(CONSTRAINTS).new $(CONSTRAINTS)

clean:
	rm -rf $(VENV) out facts.db facts.db-wal facts.db-shm .pytest_cache
