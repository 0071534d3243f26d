#!/usr/bin/env bash
# The test command: makes sure the machine has what the end-to-end tests drive (a PostgreSQL server for
# Hangfire when no Docker engine answers, Debian's Chromium for the browser tests, docker-compose to validate
# the compose file), then runs every test in the solution.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
[ -x /usr/bin/chromium ] || [ -n "${CHROMIUM_PATH:-}" ] || missing+=(chromium)
command -v docker-compose >/dev/null || missing+=(docker-compose)

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing ${missing[*]} from Debian's packages..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
  else
    echo "These tests need: ${missing[*]}. Install them with:" >&2
    echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
fi

# A test that hangs is named by xunit after two minutes (tests/xunit.runner.json) and ended, failing the run, after 15
# minutes without a result, so a hang fails the run in minutes instead of running out CI's time.
dotnet test BelongingInsights.sln --blame-hang-timeout 15m --blame-hang-dump-type none "$@"
