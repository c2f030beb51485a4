# Set-up and everyday jobs. `make run` and `make test` work on a fresh machine.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install run test lint format bench pages-bench fuzz clean

install: $(STAMP)

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

# The app on http://localhost:8501 with the embedded SQLite database (RESPITE_DB), seeded with
# the demo when it is empty.
DEMO ?= data/demo/haderslev-2027
run: install
	$(PY) -m ui.seed $(DEMO)
	$(VENV)/bin/streamlit run ui/app.py --server.address localhost --server.port 8501

# Every test, then the coverage of scheduler/ (files below 100 %, and the total); the coverage
# data stays in the virtualenv.
test: install
	COVERAGE_FILE=$(VENV)/.coverage $(PY) -m pytest -q --cov=scheduler --cov-report=term:skip-covered

lint: install
	$(VENV)/bin/ruff check scheduler tests ui
	$(VENV)/bin/ruff format --check scheduler tests ui
	$(VENV)/bin/mypy

format: install
	$(VENV)/bin/ruff format scheduler tests ui
	$(VENV)/bin/ruff check --fix scheduler tests ui

# The benchmark (greedy against CP-SAT, several minutes); add L with SIZES=S,M,L (slow).
SIZES ?= S,M
SEEDS ?= 3
TIME_LIMIT ?= 60
bench: install
	$(VENV)/bin/respite bench --lang en --sizes $(SIZES) --seeds $(SEEDS) --time-limit $(TIME_LIMIT)

# How long each page of the app takes to load in headless Chromium on `generate --size M`
# (imported, planned greedy, published): the table goes to bench/pages.txt under "## LABEL".
LABEL ?= after
REPEAT ?= 5
pages-bench: install
	$(PY) -m tests.ui.pages_bench --label "$(LABEL)" --repeat $(REPEAT) --out bench/pages.txt

# The solvers on many random scenarios (v2 rules included) against the checker and brute force;
# the count and the time go to bench/fuzz.txt.
FUZZ_EXAMPLES ?= 10000
fuzz: install
	FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) FUZZ_REPORT=bench/fuzz.txt $(PY) -m pytest -q -p no:randomly tests/solve/test_fuzz.py
	cat bench/fuzz.txt

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
