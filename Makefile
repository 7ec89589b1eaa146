# Précis — every target sets up what it needs; `make run` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
SHARED ?= ../shared
export PRECIS_SHARED := $(abspath $(SHARED))

NODE_MODULES := extension/node_modules/.installed

.PHONY: run test test-python test-extension lint eval eval-summary eval-actors eval-extraction eval-language \
	bench bench-load train-ner train-summary clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Stamp files: reinstall only when the project file changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test,eval]"
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/precis serve

$(NODE_MODULES): extension/package.json extension/package-lock.json
	cd extension && npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Python tests, then the extension's (unit, page scripts in jsdom, web-ext lint, Chromium end to end).
test: test-python test-extension

test-python: $(VENV)/.installed-dev
	$(BIN)/ruff check server tests eval training bench
	$(BIN)/python -m pytest -q

test-extension: $(VENV)/.installed $(NODE_MODULES)
	cd extension && PRECIS_PYTHON=$(abspath $(BIN))/python node --test test/*.test.js

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check server tests eval training bench

eval: eval-summary eval-actors eval-extraction eval-language

eval-summary: $(VENV)/.installed-dev
	$(BIN)/python -m eval.summary --shared $(SHARED)

eval-actors: $(VENV)/.installed-dev
	$(BIN)/python -m eval.actors --shared $(SHARED)

# The extension's Readability (jsdom) and the server's trafilatura on 949 real pages (~5 min)
eval-extraction: $(VENV)/.installed-dev $(NODE_MODULES)
	$(BIN)/python -m eval.extraction --shared $(SHARED)

# langdetect and the product's decision on lingua's test sets and whole articles (~5 min)
eval-language: $(VENV)/.installed-dev
	$(BIN)/python -m eval.language --shared $(SHARED)

$(VENV)/.installed-bench: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test,eval,bench]"
	touch $@ $(VENV)/.installed $(VENV)/.installed-dev

# Speed and memory from 500 to 200,000 words beside sumy's LexRank (~10 min): docs/performance.md
bench: $(VENV)/.installed-bench
	$(BIN)/python -m bench.performance --shared $(SHARED)

# Requests per second and overload behaviour over loopback, beside a plain sumy endpoint (needs wrk)
bench-load: $(VENV)/.installed-bench
	$(BIN)/python -m bench.http --shared $(SHARED)

# Re-learn the precis summariser's weights from the tuning half (~1 min): server/precis/data/summary-model.json
train-summary: $(VENV)/.installed-dev
	$(BIN)/python -m training.summary.train --shared $(SHARED)

# Rebuild the shipped NER models from the shared data (fixed seeds; ~30-40 min on 2 cores).
train-ner: $(VENV)/.installed-dev
	$(BIN)/python -m training.ner.convert de --shared $(SHARED)
	$(BIN)/python -m spacy train training/ner/de.cfg --output build/ner-de \
		--paths.train build/ner-corpus/de/train.spacy --paths.dev build/ner-corpus/de/dev.spacy
	rm -rf server/precis/models/ner-de && cp -r build/ner-de/model-best server/precis/models/ner-de

clean:
	rm -rf $(VENV) build .pytest_cache .ruff_cache extension/node_modules
