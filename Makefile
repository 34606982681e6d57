# Claimboard: `make run` installs and runs the main job, `make test` installs and tests.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
PORT   ?= 8501
STAMP  := $(VENV)/.installed

.DEFAULT_GOAL := test
.PHONY: install run test bench lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(PY) -m extract --table data/hf-daily-papers-autoregressive.txt

test: $(STAMP)
	$(PY) -m pytest -q

bench: $(STAMP)
	$(PY) -m pytest -q -s tests/bench -o python_files='bench_*.py' --benchmark-enable --benchmark-only --benchmark-columns=min,median,mean,rounds

lint: $(STAMP)
	$(PY) -m ruff check extract leaderboard tests

clean:
	rm -rf $(VENV) .pytest_cache .benchmarks build *.egg-info
