# Tukipiste: the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py
STAMP := $(VENV)/.installed
# Two test processes, on either database, browser tests included. Each has its own Redis
# key prefix (settings_test.py) and empties only its own keys (tests/cache.py).
TEST_WORKERS ?= 2
BROWSER_WORKERS ?= 2

.PHONY: run test setup lint messages compile-messages check-messages bench-site bench-chat seed-contacts bench-stats bench-groups bench-booking backup restore run-prod-like soak soak-smoke clean

$(STAMP): requirements-dev.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

setup: $(STAMP)
	$(MANAGE) migrate --no-input -v0
	$(MANAGE) collectstatic --no-input -v0
	$(MANAGE) load_demo

## Serve the whole platform with demo data on http://127.0.0.1:$(PORT)
run: setup
	@$(BIN)/python -m tukipiste.demo.banner $(PORT)
	$(BIN)/python -m tukipiste.serve --port $(PORT)

## Run the whole test suite (unit, integration over HTTP/WebSocket, browser)
test: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy src
	$(BIN)/lint-imports --no-cache
	$(MANAGE) makemigrations --check --dry-run -v0
	$(MAKE) --no-print-directory check-messages
	@$(BIN)/python -m tukipiste.core.browsercheck
	@# On PostgreSQL this includes the soak's short version (tests/ops/test_soak.py:
	@# the production layout under faults, about three minutes); elsewhere it is skipped.
	$(BIN)/pytest -n $(TEST_WORKERS) --dist loadfile -m "not browser"
	@# Browser tests run in processes of their own: Playwright's event loop must not share
	@# a process with tests that call the channel layer synchronously.
	$(BIN)/pytest -n $(BROWSER_WORKERS) --dist loadfile -m browser

lint: $(STAMP)
	$(BIN)/ruff check --fix src tests bench
	$(BIN)/ruff format src tests bench

messages: $(STAMP)
	cd src/tukipiste && ../../$(BIN)/python ../../manage.py makemessages --no-obsolete --no-location $(foreach l,fi sv en ru th es ro,-l $(l)) --ignore 'demo/*'
	$(MAKE) --no-print-directory compile-messages

compile-messages: $(STAMP)
	$(BIN)/python -m tukipiste.core.compilemessages

check-messages: $(STAMP)
	$(BIN)/python -m tukipiste.core.compilemessages --check

## Back up the database to var/backups/ (SQLite backup API or pg_dump)
backup: $(STAMP)
	$(MANAGE) backup

## Restore a backup: make restore FILE=var/backups/tukipiste-....sqlite3
restore: $(STAMP)
	@test -n "$(FILE)" || (echo "usage: make restore FILE=path/to/backup" >&2; exit 2)
	$(MANAGE) restore "$(FILE)"

## The production layout on this machine: nginx (TLS on :8443 with a self-signed certificate,
## :8080 redirects), two ASGI processes, Redis of its own on :6390 and the PostgreSQL database
## of PROD_LIKE_DATABASE_URL (created when missing), with demo data. Needs nginx, redis-server,
## openssl (and age for the backup). Ctrl-C stops it. See docs/operations.md.
run-prod-like: $(STAMP)
	$(BIN)/python -m tukipiste.ops.prodlike

## Soak of that layout under faults: make soak SOAK_MINUTES=30; writes bench/results/soak.json
soak: $(STAMP)
	$(BIN)/python bench/soak.py --minutes $(or $(SOAK_MINUTES),30)

## The soak's short test (90 s) (needs DATABASE_URL on PostgreSQL, nginx, redis-server, openssl)
soak-smoke: $(STAMP)
	$(BIN)/pytest -m soak tests/ops/test_soak.py

bench-site: setup
	$(BIN)/python bench/site.py --port $(PORT)

## Add realistic random contacts (seeded, bulk inserted): make seed-contacts N=1000000
seed-contacts: setup
	$(MANAGE) seed_contacts $(or $(N),1000000)

## Statistics benchmark at N contacts (default 1000000, seeded first when the database holds
## fewer): make bench-stats N=1000000; writes bench/results/stats.json
bench-stats: setup
	$(BIN)/python bench/stats.py $(if $(N),--contacts $(N))

## Community calendar benchmark: month view and all-groups feed for 50 groups over two years;
## writes bench/results/groups.json
bench-groups: setup
	$(BIN)/python bench/groups.py $(if $(N),--groups $(N))

## Chat benchmark: make bench-chat N=1000 (or BENCH_CHATS=1000); writes bench/results/chat.json
bench-chat: setup
	$(BIN)/python bench/chat.py --port $(PORT) $(if $(N),--chats $(N))

## Booking benchmark: 200 concurrent bookings of one slot and a month of free slots for an
## office with 20 workers; writes bench/results/booking.json
bench-booking: setup
	$(BIN)/python bench/booking.py --port $(PORT)

clean:
	rm -rf $(VENV) var
