#!/usr/bin/env bash
# Build the Debian package: the release binary, then the man pages and completions it makes of
# itself (so they always match it), then `cargo deb --no-build`. Prints the .deb's path.
# Needs cargo-deb: cargo install cargo-deb --locked
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --locked
rm -rf target/assets
target/release/opsdesk manpages target/assets/man >&2
for sh in bash zsh fish; do
    target/release/opsdesk completions "$sh" > "target/assets/opsdesk.$sh"
done
cargo deb --no-build --locked >&2
ls -t target/debian/opsdesk_*.deb | head -n 1
