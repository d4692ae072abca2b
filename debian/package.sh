#!/usr/bin/env bash
# Build the Debian package (`cargo deb` builds the release binary and packages it with the man
# pages and completions kept in debian/generated/, which tests/cli_docs.rs holds to the binary).
# Prints the .deb's path. Needs cargo-deb: cargo install cargo-deb --locked
set -euo pipefail
cd "$(dirname "$0")/.."

cargo deb --locked >&2
ls -t target/debian/opsdesk_*.deb | head -n 1
