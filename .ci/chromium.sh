#!/usr/bin/env bash
# Installs Debian's chromium for tests/test_browser.py where it is missing. The browser test
# renders the HTML review in it; without it that test skips with a one-line reason, so a failed
# install is reported here and does not stop CI.
set -uo pipefail
if command -v chromium >/dev/null 2>&1; then
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "chromium.sh: no apt-get here; the browser tests will be skipped" >&2
    exit 0
fi
sudo=""
if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo -n"; else
        echo "chromium.sh: not root and no sudo; the browser tests will be skipped" >&2
        exit 0
    fi
fi
export DEBIAN_FRONTEND=noninteractive
if ! { $sudo apt-get update -q >/dev/null && $sudo apt-get install -y -q chromium fonts-dejavu-core >/dev/null; }; then
    echo "chromium.sh: apt-get could not install chromium; the browser tests will be skipped" >&2
fi
exit 0
