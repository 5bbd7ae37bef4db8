#!/usr/bin/env bash
# Gradescope runs this once, as root, while it builds the autograder image.
# The zip's contents are in /autograder/source (see ../gradescope.md for its layout).
set -euo pipefail

apt-get update
# bubblewrap hides the bank from the submission and gives it no network (the local
# sandbox backend uses it when present; Gradescope's container has no Docker engine).
apt-get install -y bubblewrap python3 python3-venv python3-pip

# The grader needs Python 3.11 or newer: Ubuntu 24.04 ships 3.12. On the older
# Ubuntu 22.04 image, use python3.11 from the distribution instead.
PYTHON=python3
if ! python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  apt-get install -y python3.11 python3.11-venv
  PYTHON=python3.11
fi

"$PYTHON" -m venv /autograder/venv
# The grader itself: a wheel (or its source tree) shipped in the zip.
/autograder/venv/bin/pip install /autograder/source/grader-*.whl
