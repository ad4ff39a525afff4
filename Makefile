# The README's quick start: `make demo` and `make test`. Both build .venv when it is missing or stale.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help demo test test-extras lint types pytest docs docs-serve bench bench-html bench-scaling compiled test-compiled fuzz fuzz-smoke hypothesis clean python-version

help:  ## list the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/'

# Say what is wrong before pip does: its message for an old Python names no version.
python-version:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "newsparse needs Python >= 3.11; this is " + sys.version.split()[0] + " (make PYTHON=python3.12 ...)")'

$(STAMP): pyproject.toml | python-version
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@# dependency groups need pip >= 25.1; a fresh Python 3.11 ships 23.x
	$(BIN)/python -m pip install --quiet --upgrade "pip>=25.1"
	$(BIN)/python -m pip install --quiet --group dev -e .
	@touch $(STAMP)

demo: $(STAMP)  ## parse seeds/ and print the articles as JSON
	$(BIN)/python -m newsparse parse seeds/ --format json --quiet

test: lint types docs pytest  ## ruff, mypy strict, the docs build and the test suite

OLDEST := .venv-oldest

test-extras: $(STAMP)  ## the pandas and dask extras' tests at the oldest versions they allow
	$(PYTHON) -m venv --clear $(OLDEST)
	$(OLDEST)/bin/python -m pip install --quiet --upgrade "pip>=25.1"
	$(BIN)/python tests/oldest.py pandas dask > $(OLDEST)/oldest.txt
	$(OLDEST)/bin/python -m pip install --quiet -c $(OLDEST)/oldest.txt -e ".[pandas,dask]" \
		pytest hypothesis jsonschema
	$(OLDEST)/bin/python -m pip list 2>/dev/null | grep -Ei '^(pandas|dask|pyarrow|numpy) '
	$(OLDEST)/bin/python -m pytest -q -p no:cacheprovider tests/test_rows.py tests/test_dask.py

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

types: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/python -m pytest -q -p no:cacheprovider

docs: $(STAMP)  ## build the documentation site into site/ (warnings are errors)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet

docs-serve: $(STAMP)  ## serve the documentation site on http://127.0.0.1:8000 while editing
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs serve --strict

BENCH_OUT := benchmarks/out

# `make bench BENCH_ARGS=--quick` for fewer dumps, rounds and shapes; `BENCH_ARGS="--only parse,cli"`
# for some sections. The other scripts of benchmarks/ run on their own (benchmarks/README.md).
BENCH_ARGS ?=
bench: $(STAMP)  ## issue 18's speed table from one run: parse vs peers, instructions, styles, 10 MB inputs, CLI, import
	$(BIN)/python -m pip install --quiet --group benchmark
	rm -rf $(BENCH_OUT)
	NEWSPARSE_BENCH_OUT=$(BENCH_OUT) $(BIN)/python benchmarks/speed.py $(BENCH_ARGS)

# Optional, never part of `make test`: the modules `parse` runs through compiled with mypyc (needs
# a C compiler), into a copy under build/compiled/src (build_compiled.py says why not in src/).
COMPILED := build/compiled/src
compiled: $(STAMP)  ## optional: parse's modules compiled with mypyc into build/compiled/src (C compiler needed)
	$(BIN)/python -m pip install --quiet --group compiled
	$(BIN)/python build_compiled.py --out $(COMPILED)

test-compiled: compiled  ## optional: the test suite and the identical-output check against the compiled build
	@# src/ left out: its doctests would collect the .py files the compiled modules replace
	PYTHONPATH=$(COMPILED) $(BIN)/python -m pytest -q -p no:cacheprovider tests README.md docs
	$(BIN)/python benchmarks/compiled.py --build $(COMPILED)

# `make fuzz FUZZ_TIME=60 FUZZ_JOBS=2` for a shorter run on two cores; `make fuzz FUZZ=parse` for one.
FUZZ_TIME ?= 600
FUZZ_JOBS ?= 1
FUZZ ?=
fuzz: $(STAMP)  ## run each atheris harness FUZZ_TIME seconds (600), FUZZ_JOBS at a time
	$(BIN)/python -m fuzz.run --time $(FUZZ_TIME) --jobs $(FUZZ_JOBS) $(FUZZ)

fuzz-smoke: $(STAMP)  ## each atheris harness for 2 seconds: they import, seed and survive mutations
	$(BIN)/python -m pytest -q -p no:cacheprovider -m fuzz tests/test_fuzz_smoke.py

hypothesis: $(STAMP)  ## the totality properties at 2 000 examples per entry point
	TOTALITY_EXAMPLES=2000 $(BIN)/python -m pytest -q -p no:cacheprovider tests/test_totality.py

bench-scaling: $(STAMP)  ## pathological inputs at 10 KB, 100 KB and 1 MB; every 10x must cost <= 15x
	$(BIN)/python benchmarks/bench_scaling.py

bench-html: $(STAMP)  ## parse_html against trafilatura on ../shared/corpus/wide (titles, bylines, dates, bodies, speed)
	$(BIN)/python -m pip install --quiet --group benchmark
	$(BIN)/python benchmarks/compare_html.py

clean:  ## remove the virtual environment and caches
	rm -rf $(VENV) $(OLDEST) .mypy_cache .ruff_cache .pytest_cache .hypothesis build dist site
	rm -rf fuzz/corpus-* fuzz/logs fuzz/crashes
