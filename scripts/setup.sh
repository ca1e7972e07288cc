#!/bin/sh
# Installs the Debian packages jir needs, skipping those already present.
# Used by `make run` and `make test`; safe to run repeatedly.
set -eu

PACKAGES="llvm-19-dev llvm-19 clang-19 libffi-dev libzstd-dev libpolly-19-dev \
libz3-dev libxml2-dev zlib1g-dev libstdc++-12-dev valgrind"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -n "$missing" ]; then
    echo "setup: installing$missing"
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then
        SUDO="sudo"
    fi
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
fi

if ! command -v cargo >/dev/null 2>&1; then
    echo "setup: cargo (Rust) is not on the PATH" >&2
    exit 1
fi
