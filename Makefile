# minesafe. Two commands on a fresh machine: `make serve` and `make test`.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH):/usr/sbin
# Absolute address of the deployed site, for canonical links and the sitemap.
SITE_ORIGIN ?= http://127.0.0.1:8080
PORT ?= 8080

.PHONY: bootstrap dist site icons serve test lint test-native test-wasm test-e2e bench clean

## Install whatever is missing, pinned (idempotent).
bootstrap:
	@scripts/bootstrap.sh

## Build the whole site into dist/: wasm and assets by Trunk (the statistics page has a
## wasm file of its own, built from statistics.html), then every page pre-rendered.
dist: bootstrap
	$(MAKE) --no-print-directory site DIST=dist

# The site into $(DIST), with whatever MINESAFE_* variables are set (the benchmark's
# synthetic build).
site:
	trunk build --release --dist $(DIST)
	trunk build --release --dist target/trunk-statistics statistics.html
	cargo run --quiet --features ssr --bin prerender -- --dist $(DIST) --statistics target/trunk-statistics --origin $(SITE_ORIGIN)

## Build, then serve dist/ with nginx on http://127.0.0.1:$(PORT)/.
serve: dist
	@scripts/serve.sh dist $(PORT)

## Every test layer: lint, native, wasm in headless Chromium, end-to-end against nginx.
test: bootstrap lint test-native test-wasm dist test-e2e

lint:
	cargo fmt --check
	cargo clippy --quiet --all-targets --features ssr -- -D warnings
	cargo clippy --quiet --target wasm32-unknown-unknown --features hydration --bin minesafe --bin minesafe-statistics -- -D warnings
	cargo clippy --quiet --target wasm32-unknown-unknown --all-targets --features hydration,embed-catalogs -- -D warnings

test-native:
	cargo test --features ssr

test-wasm:
	CHROMEDRIVER=$$(command -v chromedriver) cargo test --target wasm32-unknown-unknown --features hydration,embed-catalogs --test wasm_lang_switch --test wasm_timeline

test-e2e:
	node --test --test-concurrency=1 e2e/

## Sizes, query timings (criterion), the timeline in Chromium against vis-timeline and
## Lighthouse on the home, rules and statistics pages, into BENCHMARKS.md. The synthetic
## build goes to target/, never to dist/.
bench: dist
	node bench/sizes.mjs
	cargo bench --quiet --features ssr --bench queries -- --noplot
	node bench/queries.mjs
	MINESAFE_SYNTHETIC_INCIDENTS=10000 $(MAKE) --no-print-directory site DIST=target/bench-synthetic
	node bench/timeline.mjs
	node bench/lighthouse.mjs

## Redraw the PNG icons from static/icons/*.svg (in Chromium); the PNGs are committed.
icons: bootstrap
	node scripts/icons.mjs

clean:
	rm -rf dist target/wasm32-unknown-unknown
