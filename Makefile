# The two commands of the README: `make run` and `make test`.
# Both install what is missing (scripts/setup.sh), then build.

CARGO ?= cargo
RELEASE := target/release

.PHONY: all setup build run test lint bench clean

all: build

setup:
	@sh scripts/setup.sh

build: setup
	$(CARGO) build --release --workspace --bins

# Compile the bundled example to bitcode with jirc and run it with jirun.
run: build
	$(RELEASE)/jirc build examples/showcase.c -O2 -o $(RELEASE)/showcase.bc
	$(RELEASE)/jirun $(RELEASE)/showcase.bc hello from jir

# Every test of the workspace (unit, snapshot, error, conformance), then
# formatting and lints.
test: build
	$(CARGO) test --release --workspace
	$(CARGO) fmt --all --check
	$(CARGO) clippy --release --workspace --all-targets -- -D warnings

bench: build
	$(CARGO) run --release -p jir-benches --bin ratio

clean:
	$(CARGO) clean
