# Backstride: `make demo` sets up and runs the examples; `make test` runs every test;
# `make install PREFIX=/usr/local` (and DESTDIR for packaging) installs it; `make uninstall` removes it.
SWIFT ?= swift
CONFIG ?= release
BIN = .build/$(CONFIG)/backstride
RELEASE_BIN = .build/release/backstride
TODAY ?= $(shell date +%Y-%m-%d)

PREFIX ?= /usr/local
DESTDIR ?=
bindir = $(DESTDIR)$(PREFIX)/bin
datadir = $(DESTDIR)$(PREFIX)/share/backstride
mandir = $(DESTDIR)$(PREFIX)/share/man/man1
bashdir = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
zshdir = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
fishdir = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

.PHONY: setup build demo test fuzz bench clean install uninstall

setup:
	@scripts/setup.sh

build: setup
	$(SWIFT) build -c $(CONFIG)

# The binary finds its data in ../share/backstride beside its own folder, so it runs from anywhere.
install: build
	install -d "$(bindir)" "$(datadir)" "$(mandir)" "$(bashdir)" "$(zshdir)" "$(fishdir)"
	install -m 755 $(BIN) "$(bindir)/backstride"
	rm -rf "$(datadir)/Assets" "$(datadir)/Templates"
	cp -R Assets Templates "$(datadir)/"
	chmod -R a+rX "$(datadir)"
	install -m 644 docs/backstride.1 "$(mandir)/backstride.1"
	$(BIN) --generate-completion-script bash > "$(bashdir)/backstride"
	$(BIN) --generate-completion-script zsh > "$(zshdir)/_backstride"
	$(BIN) --generate-completion-script fish > "$(fishdir)/backstride.fish"
	@echo "Installed $(bindir)/backstride; try: backstride --help, man backstride"

uninstall:
	rm -f "$(bindir)/backstride" "$(mandir)/backstride.1" "$(bashdir)/backstride" "$(zshdir)/_backstride" "$(fishdir)/backstride.fish"
	rm -rf "$(datadir)"

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
	/usr/bin/python3 Tests/Scripts/install_check.py
	/usr/bin/python3 Tests/Scripts/browser_check.py

# A longer fuzz pass over the profile reader (and the other inputs a clinic supplies) than the test suite's quick one.
fuzz: setup
	FUZZ_ITERATIONS=100000 $(SWIFT) test --filter "ProfileFuzzTests|InputFuzzTests"

# Pages/s of the batch against the C reference (bench/), a cold handout, and peak memory at 1,000 clients
# (see docs/performance.md). N and M change the numbers of profiles.
bench: build
	scripts/bench.sh $(or $(N),200) $(or $(M),1000)

clean:
	rm -rf .build out/*.pdf out/*.png
