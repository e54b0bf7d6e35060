# paylink: `make run` sets up a fresh machine and opens the program; `make test` runs every test.
SHELL := /bin/bash
APT_PACKAGES := pkg-config libncurses-dev libqrencode-dev libsqlite3-dev tmux
# What the tests drive besides paylink: a QR decoder, a browser, shells, the Debian packaging tools.
TEST_APT_PACKAGES := strace zbar-tools chromium chromium-driver python3-selenium dpkg-dev bash-completion zsh fish man-db
SWIFT ?= swift
ARGS ?=

.PHONY: deps test-deps apt-install build release run test soak bench clean

## deps: install the Debian packages paylink builds with (sudo when not root).
deps:
	@$(MAKE) --no-print-directory apt-install PACKAGES="$(APT_PACKAGES)"
	@command -v $(SWIFT) >/dev/null 2>&1 || { echo "paylink needs Swift 6.1 or newer on PATH (swift.org/install)"; exit 1; }

## test-deps: the packages the tests drive as well.
test-deps: deps
	@$(MAKE) --no-print-directory apt-install PACKAGES="$(TEST_APT_PACKAGES)"

apt-install:
	@missing=""; \
	for p in $(PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then sudo=""; \
	  elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; \
	  else echo "paylink needs these Debian packages:$$missing"; \
	       echo "Install them with: su -c 'apt-get update && apt-get install -y$$missing'"; exit 1; fi; \
	  echo "Installing$$missing"; \
	  if ! { $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $$missing; }; then \
	    echo "Could not install them. Run: sudo apt-get update && sudo apt-get install -y$$missing"; exit 1; fi; \
	fi

## build: compile paylink and paylink-server, the program beside it that serves the sandbox (debug).
build: deps
	$(SWIFT) build --product paylink
	$(SWIFT) build --product paylink-server

## release: an optimised paylink and paylink-server with the Swift libraries linked in (start faster), in .build/release.
release: deps
	$(SWIFT) build -c release --static-swift-stdlib --product paylink
	$(SWIFT) build -c release --static-swift-stdlib --product paylink-server

## run: open paylink on the built-in sandbox (or the configured profile); pass options with ARGS="...".
run: build
	@"$$($(SWIFT) build --show-bin-path)/paylink" $(ARGS)

## test: build everything and run the whole test suite.
test: test-deps
	$(SWIFT) build --build-tests
	@# One plain `swift test`, as every contributor runs it: every suite is on threads of its own (Tests/TestSupport).
	timeout --kill-after=30 1500 $(SWIFT) test --skip-build
	@# make install / uninstall / deb, the manual, the completions and the README's examples, with the debug build.
	timeout --kill-after=30 900 ./scripts/test-install.sh

## soak: the long reliability runs (crash safety, fuzzing, concurrency) against real processes.
soak: deps
	$(SWIFT) build --build-tests
	./scripts/soak.sh

## bench: the benchmarks behind the README's Performance section (release build).
bench: deps
	./scripts/bench.sh

clean:
	rm -rf .build

# Where make install puts paylink (PREFIX/bin, PREFIX/share/...); DESTDIR is put in front for packagers.
PREFIX ?= /usr/local
DESTDIR ?=
# The program to install or package, with paylink-server beside it; empty means the release build (make release).
# The tests pass a debug build.
BIN ?=
export SWIFT

.PHONY: install uninstall deb

## install: build the release programs, install them with their themes, manual pages and shell completions under PREFIX.
install:
	@EXTRA_MAKE_ARGS="$(if $(BIN),BIN=$(BIN))" scripts/install.sh check "$(DESTDIR)$(PREFIX)"
	@$(if $(BIN),,$(MAKE) --no-print-directory release)
	@scripts/install.sh install "$(or $(BIN),.build/release/paylink)" "$(DESTDIR)$(PREFIX)"

## uninstall: remove exactly what make install put under PREFIX.
uninstall:
	@scripts/install.sh uninstall "$(DESTDIR)$(PREFIX)"

## deb: build paylink_VERSION_ARCH.deb (from the release build, or BIN= a program with the Swift libraries linked in).
deb:
	@$(if $(BIN),,$(MAKE) --no-print-directory release)
	@scripts/deb.sh "$(or $(BIN),.build/release/paylink)" .
