# One way to do everything: `make serve` to preview, `make test` to check, `make build` to publish.
# Set-up steps are file targets, so running a command again skips what is up to date.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := serve

PYTHON_VERSION := $(strip $(shell cat .python-version))
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(PYTHON_VERSION)
NODE_STAMP := node_modules/.package-lock.json
ADDR ?= 127.0.0.1:8000
# Material prints a notice about MkDocs 2.0 on every build; it is not about this site.
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test check lint format bench setup browser upgrade clean

setup: $(STAMP) $(NODE_STAMP)

# The Python that .python-version names: pyenv's shim, setup-python's or the system's python3.X.
$(VENV)/pyvenv.cfg: .python-version
	@py=$$(command -v python$(PYTHON_VERSION) || true); \
	if [ -z "$$py" ] || ! "$$py" -c 'import sys; sys.exit(sys.version_info[:2] != tuple(map(int, "$(PYTHON_VERSION)".split("."))))' 2>/dev/null; then \
	  echo "error: Python $(PYTHON_VERSION) (from .python-version) not found: install it, e.g. 'pyenv install $(PYTHON_VERSION)' or 'apt-get install python$(PYTHON_VERSION)-venv'." >&2; exit 1; \
	fi; \
	rm -rf $(VENV); "$$py" -m venv $(VENV)

# The exact versions and hashes of requirements.txt (the lock), then the planner itself.
$(STAMP): $(VENV)/pyvenv.cfg requirements.txt pyproject.toml
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

# Newest versions pyproject.toml allows, locked again with their hashes; `make test` checks them.
upgrade: $(VENV)/pyvenv.cfg
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.txt
	$(BIN)/pip-compile --quiet --upgrade --generate-hashes --allow-unsafe --strip-extras \
	  --no-emit-index-url --no-emit-find-links --extra dev -o requirements.txt pyproject.toml

$(NODE_STAMP): package.json package-lock.json
	@command -v npm >/dev/null || { echo "error: npm not found: install Node.js 20 or newer." >&2; exit 1; }
	npm ci --no-audit --no-fund
	touch $@

# MkDocs reads mkdocs.yml before any hook: this says which line of it is wrong, and what to check.
PREFLIGHT := $(BIN)/python overrides/hooks/settings_preflight.py mkdocs.yml

# --strict: a broken link stops the preview as it would stop publishing.
serve: setup
	@$(PREFLIGHT)
	@$(BIN)/python -c 'import socket, sys; host, port = sys.argv[1].rsplit(":", 1); socket.socket().bind((host, int(port)))' $(ADDR) 2>/dev/null \
	  || { echo "error: $(ADDR) is busy (another preview?): stop it, or use another port: make serve ADDR=127.0.0.1:8001" >&2; exit 1; }
	$(BIN)/mkdocs serve --strict --dev-addr $(ADDR) --livereload

build: setup
	@$(PREFLIGHT)
	$(BIN)/mkdocs build --strict

browser: setup
	@bash .ci/ensure-browser

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: setup
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Everything: the product's own tests (fixed test configurations) and the centre's checks,
# on one pytest-xdist worker per core (at most four): each test goes to the next free worker,
# except the modules marked xdist_group, which stay on one so their variant site is built once.
test: setup browser lint
	@$(PREFLIGHT)
	$(BIN)/python -m pytest -n auto --maxprocesses=4 --dist loadgroup $(PYTEST_ARGS)

# Only the checks on the centre's own site (its mkdocs.yml and docs/): run before publishing.
check: setup browser
	@$(PREFLIGHT)
	$(BIN)/python -m pytest tests/centre $(PYTEST_ARGS)

bench: setup browser
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf site build dist .pytest_cache
