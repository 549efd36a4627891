# Backstride: `make demo` sets up and runs the examples; `make test` runs every test.
SWIFT ?= swift
RELEASE_BIN = .build/release/backstride
TODAY ?= $(shell date +%Y-%m-%d)

.PHONY: setup build demo test fuzz clean

setup:
	@scripts/setup.sh

build: setup
	$(SWIFT) build -c release

# The main job on the bundled example profiles.
demo: build
	$(RELEASE_BIN) check Examples/*.yaml --today $(TODAY)
	@for f in Examples/*.yaml; do \
	  echo; echo "== $$f"; \
	  $(RELEASE_BIN) plan "$$f" --today $(TODAY) | head -25 || exit $$?; \
	  mkdir -p out; $(RELEASE_BIN) plan "$$f" --json --today $(TODAY) > "out/$$(basename $$f .yaml).plan.json" || exit $$?; \
	done
	@echo; echo "Plans written to out/*.plan.json"

test: setup
	$(SWIFT) test

# A longer fuzz pass over the profile reader than the test suite's quick one.
fuzz: setup
	FUZZ_ITERATIONS=100000 $(SWIFT) test --filter ProfileFuzzTests

clean:
	rm -rf .build out/*.pdf out/*.png
