#!/usr/bin/env bash
# Make the Docker backend ready on this machine: install the engine if it is
# missing, start it if it is not answering, build an offline base image
# (debootstrap) when no registry can be reached, then build the sandbox image.
# Idempotent: each step is skipped when already done. Needs root for the first
# two steps.   usage: bash scripts/setup-sandbox.sh   (PYTHON=... to pick the interpreter)
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
BASE="${GRADER_BASE_IMAGE:-grader-base:bookworm}"

say() { printf '[setup-sandbox] %s\n' "$*"; }

if ! command -v dockerd >/dev/null || ! command -v debootstrap >/dev/null \
   || ! command -v bwrap >/dev/null || ! command -v chromium >/dev/null \
   || ! command -v redis-server >/dev/null; then
  # chromium: the HTML report's browser test (Playwright drives the system browser).
  # redis-server: the fleet's tests start their own broker (tests/test_fleet.py).
  say "installing docker.io, debootstrap, bubblewrap and chromium (apt)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io debootstrap bubblewrap \
    chromium fonts-dejavu-core redis-server >/dev/null
fi

if ! docker info >/dev/null 2>&1; then
  say "starting dockerd"
  nohup dockerd >/var/log/grader-dockerd.log 2>&1 &
  for _ in $(seq 60); do docker info >/dev/null 2>&1 && break; sleep 1; done
  docker info >/dev/null 2>&1 || { say "dockerd did not start; see /var/log/grader-dockerd.log"; tail -20 /var/log/grader-dockerd.log; exit 1; }
fi
say "docker engine $(docker version --format '{{.Server.Version}}') is up"

if ! docker image inspect "$BASE" >/dev/null 2>&1; then
  "$PY" -m grader sandbox base "$BASE"   # the make-base-image.sh shipped in the package
fi
"$PY" -m grader sandbox build --base "$BASE" --offline
"$PY" -m grader doctor
