# minesafe. Two commands on a fresh machine: `make serve` and `make test`.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH):/usr/sbin
# Absolute address of the deployed site, for canonical links and the sitemap.
SITE_ORIGIN ?= http://127.0.0.1:8080
PORT ?= 8080
# The benchmark's build sets SYNTHETIC=n: n made-up incidents besides the documented ones
# (the `synthetic` feature), in the wasm and the pre-rendered pages alike; never in dist/.
ifdef SYNTHETIC
export MINESAFE_SYNTHETIC_INCIDENTS := $(SYNTHETIC)
EXTRA_FEATURES := synthetic
endif
PRERENDER = cargo run --quiet --features ssr,$(EXTRA_FEATURES) --bin prerender --

.PHONY: bootstrap dist site icons previews serve test lint test-native test-wasm test-e2e bench bench-synthetic bench-check clean

## Install whatever is missing, pinned (idempotent).
bootstrap:
	@scripts/bootstrap.sh

## Build the whole site into dist/: wasm and assets by Trunk (one wasm file for the
## statistics page, one for the school tools; the other pages have none), then every page
## pre-rendered.
dist: bootstrap
	$(MAKE) --no-print-directory site DIST=dist

# The site into $(DIST). Each wasm file (src/wasm_files.rs) is built by Trunk from its own
# input, bundle-NAME.html (not committed), which `prerender trunk-inputs` writes from
# index.html and lists with the folder Trunk builds it into; the pre-render step then
# fills each page into its file's build.
# index.html's wasm-opt parameters: -Oz until it stops shrinking (--converge) and no
# producers or target-features sections, 0.3 KB less per wasm file (BENCHMARKS.md).
site:
	@mkdir -p target
	$(PRERENDER) trunk-inputs --dist $(DIST) --builds target/trunk-builds --features "$(EXTRA_FEATURES)" > target/trunk-inputs.txt
	while read -r input out; do trunk build --release --dist "$$out" "$$input" || exit 1; done < target/trunk-inputs.txt
	$(PRERENDER) --dist $(DIST) --builds target/trunk-builds --origin $(SITE_ORIGIN)

## Build, then serve dist/ with nginx on http://127.0.0.1:$(PORT)/.
serve: dist
	@scripts/serve.sh dist $(PORT)

## Every test layer: lint, native, wasm in headless Chromium, end-to-end against nginx, and
## a quick run of every benchmark script (so that a broken benchmark fails the tests).
test: bootstrap lint test-native test-wasm dist test-e2e bench-check

## Formatting, clippy, and the layout's rules (tests/architecture.rs: models free of web
## APIs, no domain using another wasm file's, no import cycle, no file too long).
lint:
	cargo fmt --all --check
	cargo test --quiet --features ssr --test architecture
	cargo clippy --quiet --workspace --all-targets --features ssr,synthetic -- -D warnings
	cargo clippy --quiet --target wasm32-unknown-unknown --features hydration --bins -- -D warnings
	cargo clippy --quiet --target wasm32-unknown-unknown --all-targets --features hydration,embed-catalogs -- -D warnings

test-native:
	cargo test --workspace --features ssr

test-wasm:
	CHROMEDRIVER=$$(command -v chromedriver) cargo test --target wasm32-unknown-unknown --features hydration,embed-catalogs --test wasm_timeline

test-e2e:
	node --test --test-concurrency=1 e2e/

## Sizes, query timings (criterion), the timeline in Chromium against vis-timeline and
## Lighthouse on the home, rules, statistics, tables and school pages, into BENCHMARKS.md. The synthetic
## build goes to target/, never to dist/.
bench: dist
	node bench/sizes.mjs
	cargo bench --quiet --features ssr,synthetic --bench queries -- --noplot
	node bench/queries.mjs
	$(MAKE) --no-print-directory bench-synthetic
	node bench/timeline.mjs
	node bench/lighthouse.mjs

# How many made-up incidents the timeline benchmark's synthetic build holds.
BENCH_SYNTHETIC ?= 10000

## The timeline benchmark's synthetic build, into target/bench-synthetic (never dist/).
bench-synthetic:
	$(MAKE) --no-print-directory site DIST=target/bench-synthetic SYNTHETIC=$(BENCH_SYNTHETIC)
	echo $(BENCH_SYNTHETIC) > target/bench-synthetic.count

## Every benchmark script but Lighthouse in a quick form (one repetition, 1,000 synthetic
## incidents), its figures in target/bench-check.md rather than BENCHMARKS.md.
bench-check: dist
	BENCH_REPORT=target/bench-check.md node bench/sizes.mjs
	cargo bench --quiet --features ssr,synthetic --bench queries -- --noplot --warm-up-time 0.1 --measurement-time 0.2 --sample-size 10
	BENCH_REPORT=target/bench-check.md node bench/queries.mjs
	$(MAKE) --no-print-directory bench-synthetic BENCH_SYNTHETIC=1000
	BENCH_QUICK=1 BENCH_REPORT=target/bench-check.md node bench/timeline.mjs

## Redraw the PNG icons from static/icons/*.svg (in Chromium); the PNGs are committed.
icons: bootstrap
	node scripts/icons.mjs

## Redraw the link previews, static/previews/preview-{az,en,ru}.png (1200×630), from the
## icon and the site's name and tagline in locales/*/site.ftl (in Chromium, with the
## DejaVu fonts); the PNGs are committed.
previews: bootstrap
	node scripts/previews.mjs

clean:
	rm -rf dist target/wasm32-unknown-unknown
