# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test lint bench install clean messages

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/.installed

# The console chat when no TELEGRAM_BOT_TOKEN is set, the Telegram bot when it is.
run: install
	$(BIN)/python -m bot validate
	@if [ -n "$$TELEGRAM_BOT_TOKEN" ]; then $(BIN)/python -m bot run; else $(BIN)/python -m bot chat; fi

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy bot tests
	$(BIN)/hadolint Dockerfile

test: lint
	$(BIN)/python -m pytest -q

# Quality, speed and burst benchmarks (not part of the test run): see docs/benchmarks.md and
# docs/reliability.md (the burst takes about three minutes: 2,000 updates at Telegram's 30/s).
bench: install
	$(BIN)/python -m bench.quality
	$(BIN)/python -m bench.fresh --directory bench/data/fresh14
	$(BIN)/python -m bench.speed
	$(BIN)/python -m bench.burst

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

# Extract the interface strings and update every catalog (then translate the new entries).
messages: install
	$(BIN)/pybabel extract --no-location --sort-output -k t:2 -k tn:2,3 -k N_ -o locales/messages.pot bot
	for lang in en fr es ru zh ar; do \
	  if [ -f locales/$$lang/LC_MESSAGES/messages.po ]; then \
	    $(BIN)/pybabel update --no-fuzzy-matching --ignore-obsolete -i locales/messages.pot -d locales -l $$lang; \
	  else \
	    $(BIN)/pybabel init -i locales/messages.pot -d locales -l $$lang; \
	  fi; \
	done
