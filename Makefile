# ddnews — two commands set everything up on a machine with only python3:
#   make demo   create .venv, install ddnews, extract corpus/ into facts.db and print a summary
#   make test   run the whole test suite
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench serve clean model

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[test,serve,scale]"
	touch $(STAMP)

demo: $(STAMP)
	mkdir -p out
	$(BIN)/ddnews extract corpus/ --db facts.db --format jsonl --output out/facts.jsonl
	$(BIN)/ddnews summary facts.db

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

serve: $(STAMP)
	$(BIN)/ddnews serve facts.db

model: $(STAMP)
	$(BIN)/python scripts/build_model.py

clean:
	rm -rf $(VENV) out facts.db facts.db-wal facts.db-shm .pytest_cache
