# Backstride: `make demo` sets up and runs the examples; `make test` runs every test.
SWIFT ?= swift
RELEASE_BIN = .build/release/backstride
TODAY ?= $(shell date +%Y-%m-%d)

.PHONY: setup build demo test fuzz bench clean

setup:
	@scripts/setup.sh

build: setup
	$(SWIFT) build -c release

# The main job on the bundled example profiles: validate, plan, and print every handout into out/.
demo: build
	$(RELEASE_BIN) check Examples/*.yaml --today $(TODAY)
	@mkdir -p out
	@for f in Examples/*.yaml; do \
	  $(RELEASE_BIN) plan "$$f" --json --today $(TODAY) > "out/$$(basename $$f .yaml).plan.json" || exit $$?; \
	done
	$(RELEASE_BIN) render Examples/*.yaml -o out --today $(TODAY)
	@echo "Handouts and plans are in out/"

# `swift test` alone would not build the command-line binary the CLI tests run.
test: setup
	$(SWIFT) build
	$(SWIFT) test
	/usr/bin/python3 Tests/Scripts/check_ics.py
	/usr/bin/python3 Tests/Scripts/init_terminal.py
	/usr/bin/python3 Tests/Scripts/readability.py

# A longer fuzz pass over the profile reader than the test suite's quick one.
fuzz: setup
	FUZZ_ITERATIONS=100000 $(SWIFT) test --filter ProfileFuzzTests

# Throughput of the batch on 500 synthetic profiles, at one job and all cores (see docs/performance.md).
bench: build
	scripts/bench.sh $(or $(N),500)

clean:
	rm -rf .build out/*.pdf out/*.png
