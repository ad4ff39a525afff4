# The README's quick start: `make demo` and `make test`. Both build .venv when it is missing or stale.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help demo test lint types pytest bench bench-html bench-scaling fuzz hypothesis clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/'

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@# dependency groups need pip >= 25.1; a fresh Python 3.11 ships 23.x
	$(BIN)/python -m pip install --quiet --upgrade "pip>=25.1"
	$(BIN)/python -m pip install --quiet --group dev -e .
	@touch $(STAMP)

demo: $(STAMP)  ## parse seeds/ and print the articles as JSON
	$(BIN)/python -m newsparse parse seeds/ --format json --quiet

test: lint types pytest  ## ruff, mypy strict and the test suite

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

types: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/python -m pytest -q -p no:cacheprovider

# `make fuzz FUZZ_TIME=60 FUZZ_JOBS=2` for a shorter run on two cores; `make fuzz FUZZ=parse` for one.
FUZZ_TIME ?= 600
FUZZ_JOBS ?= 1
FUZZ ?=
fuzz: $(STAMP)  ## run each atheris harness FUZZ_TIME seconds (600), FUZZ_JOBS at a time
	$(BIN)/python -m fuzz.run --time $(FUZZ_TIME) --jobs $(FUZZ_JOBS) $(FUZZ)

hypothesis: $(STAMP)  ## the totality properties at 2 000 examples per entry point
	TOTALITY_EXAMPLES=2000 $(BIN)/python -m pytest -q -p no:cacheprovider tests/test_totality.py

bench-scaling: $(STAMP)  ## pathological inputs at 10 KB, 100 KB and 1 MB; every 10x must cost <= 15x
	$(BIN)/python benchmarks/bench_scaling.py

bench-html: $(STAMP)  ## parse_html against trafilatura and newspaper4k on ../shared/corpus/dev
	$(BIN)/python -m pip install --quiet --group benchmark
	$(BIN)/python benchmarks/compare_html.py

clean:  ## remove the virtual environment and caches
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .hypothesis build dist
	rm -rf fuzz/corpus-* fuzz/logs fuzz/crashes
