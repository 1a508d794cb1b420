#!/usr/bin/env bash
# End-to-end tests and the browser benchmark use Debian's Chromium at /usr/bin/chromium.
# Install it when it is missing (needs root, as on the project's machines and in CI).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium is missing: run 'sudo apt-get install -y chromium' (Debian) and try again." >&2
  exit 1
fi
echo "Installing Debian's chromium for the end-to-end tests…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
