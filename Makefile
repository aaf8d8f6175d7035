# Wijkmonitor — the first two targets are all a newcomer needs:
#   make demo   runs the whole chain on the bundled Amsterdam sample (writes out/)
#   make test   runs the tests on a real, headless QGIS
# Both install what is missing (QGIS from Debian, a venv with pytest-qgis) on first use.

SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
PLUGIN := wijkmonitor_plugin
BUILD := build/$(PLUGIN)
export QT_QPA_PLATFORM ?= offscreen
export XDG_RUNTIME_DIR ?= /tmp/runtime-$(shell id -u)

.PHONY: setup demo test lint zip install build bench translations clean test-matrix

demo: setup
	$(PY) scripts/demo.py

test: setup translations-check build
	$(PY) -m pytest

setup:
	@scripts/bootstrap.sh

build: setup
	@$(PY) scripts/build_plugin.py --folder $(BUILD)

zip: setup
	$(PY) scripts/build_plugin.py --folder $(BUILD) --zip $(PLUGIN).zip

install: setup
	$(PY) scripts/build_plugin.py --install

# ruff, then QGIS's PyQt5 -> PyQt6 migration checker and a check for unscoped QGIS enums (QGIS 4 readiness)
lint: setup
	$(VENV)/bin/ruff check .
	$(PY) scripts/qt6_check.py

# make test-matrix SUITES="trixie forky": `make demo` and `make test` in clean Debian chroots (as root);
# a suite is a Debian suite, or pandas3 (unstable with pandas 3 from experimental). See scripts/matrix.sh.
SUITES ?= trixie forky
test-matrix:
	scripts/matrix.sh $(SUITES)

# Extract strings into the Dutch .ts (keeps existing translations) and compile the .qm.
translations: setup
	$(PY) scripts/translations.py update
	$(PY) scripts/translations.py compile

translations-check: setup
	@$(PY) scripts/translations.py check

# make bench STEPS="join index" runs only those steps (names as printed, '_' for spaces)
bench: setup build
	$(PY) scripts/bench.py $(STEPS)

clean:
	rm -rf build out $(PLUGIN).zip .pytest_cache
	find . -name __pycache__ -prune -exec rm -rf {} +
