# minesafe. Two commands on a fresh machine: `make serve` and `make test`.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH):/usr/sbin
# Absolute address of the deployed site, for canonical links and the sitemap.
SITE_ORIGIN ?= http://127.0.0.1:8080
PORT ?= 8080
# The wasm files besides the main one (see `Bundle` in src/lib.rs).
BUNDLES := statistics schools

.PHONY: bootstrap dist site icons serve test lint test-native test-wasm test-e2e bench clean

## Install whatever is missing, pinned (idempotent).
bootstrap:
	@scripts/bootstrap.sh

## Build the whole site into dist/: wasm and assets by Trunk (the statistics page and the
## schools section have wasm files of their own), then every page pre-rendered.
dist: bootstrap
	$(MAKE) --no-print-directory site DIST=dist

# The site into $(DIST), with whatever MINESAFE_* variables are set (the benchmark's
# synthetic build).
# Each wasm file but the main one (`Bundle::BROWSER` in src/lib.rs) is built by Trunk from
# a copy of index.html naming its binary, bundle-NAME.html (not committed: it is made here),
# which also links static/NAME.css after main.css if there is one: styles only its pages use.
# index.html's wasm-opt parameters: -Oz until it stops shrinking (--converge) and no
# producers or target-features sections, 0.3 KB less per wasm file (BENCHMARKS.md).
site:
	trunk build --release --dist $(DIST)
	for bundle in $(BUNDLES); do \
	  css=""; [ -f static/$$bundle.css ] && css="<link data-trunk rel=\"css\" href=\"static/$$bundle.css\" data-integrity=\"sha384\">"; \
	  sed -e "s/data-bin=\"minesafe\"/data-bin=\"minesafe-$$bundle\"/" -e '/rel="copy-dir"/d' \
	      -e "s|\(<link data-trunk rel=\"css\" href=\"static/main.css\"[^>]*>\)|\1$$css|" index.html > bundle-$$bundle.html && \
	  trunk build --release --dist target/trunk-bundles/$$bundle bundle-$$bundle.html || exit 1; \
	done
	cargo run --quiet --features ssr --bin prerender -- --dist $(DIST) --bundles target/trunk-bundles --origin $(SITE_ORIGIN)

## Build, then serve dist/ with nginx on http://127.0.0.1:$(PORT)/.
serve: dist
	@scripts/serve.sh dist $(PORT)

## Every test layer: lint, native, wasm in headless Chromium, end-to-end against nginx.
test: bootstrap lint test-native test-wasm dist test-e2e

lint:
	cargo fmt --all --check
	cargo clippy --quiet --workspace --all-targets --features ssr -- -D warnings
	cargo clippy --quiet --target wasm32-unknown-unknown --features hydration --bin minesafe --bin minesafe-statistics --bin minesafe-schools -- -D warnings
	cargo clippy --quiet --target wasm32-unknown-unknown --all-targets --features hydration,embed-catalogs -- -D warnings

test-native:
	cargo test --workspace --features ssr

test-wasm:
	CHROMEDRIVER=$$(command -v chromedriver) cargo test --target wasm32-unknown-unknown --features hydration,embed-catalogs --test wasm_lang_switch --test wasm_timeline

test-e2e:
	node --test --test-concurrency=1 e2e/

## Sizes, query timings (criterion), the timeline in Chromium against vis-timeline and
## Lighthouse on the home, rules, statistics and school pages, into BENCHMARKS.md. The synthetic
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
