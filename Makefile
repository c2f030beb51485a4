# Set-up and everyday jobs. `make run` and `make test` work on a fresh machine.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install run test lint format bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

run: install
	$(VENV)/bin/respite solve data/demo/haderslev-2027 --out plan.csv

test: install
	$(PY) -m pytest -q

lint: install
	$(VENV)/bin/ruff check scheduler tests
	$(VENV)/bin/ruff format --check scheduler tests
	$(VENV)/bin/mypy

format: install
	$(VENV)/bin/ruff format scheduler tests
	$(VENV)/bin/ruff check --fix scheduler tests

# The benchmark (greedy against CP-SAT, several minutes); add L with SIZES=S,M,L (slow).
SIZES ?= S,M
SEEDS ?= 3
TIME_LIMIT ?= 60
bench: install
	$(VENV)/bin/respite bench --lang en --sizes $(SIZES) --seeds $(SEEDS) --time-limit $(TIME_LIMIT)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
