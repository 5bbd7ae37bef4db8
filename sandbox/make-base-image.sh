#!/usr/bin/env bash
# Build an offline base image (Debian bookworm, Python 3.11, NumPy) with debootstrap,
# for machines where no container registry can be reached.
#   usage: sudo sandbox/make-base-image.sh [IMAGE_NAME]   (default grader-base:bookworm)
set -euo pipefail
name="${1:-grader-base:bookworm}"
if docker image inspect "$name" >/dev/null 2>&1; then
  echo "base image $name already exists"; exit 0
fi
command -v debootstrap >/dev/null || { echo "debootstrap is missing: apt-get install -y debootstrap" >&2; exit 2; }
root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
echo "debootstrap bookworm into $root (about a minute)..."
debootstrap --variant=minbase --include=python3,python3-numpy bookworm "$root" >"$root.log" 2>&1 \
  || { tail -20 "$root.log" >&2; exit 1; }
# Drop what a sandbox never needs: package caches and documentation.
rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/usr/share/doc "$root"/usr/share/man
tar -C "$root" -c . | docker import - "$name" >/dev/null
rm -f "$root.log"
echo "built base image $name"
