#!/usr/bin/env bash
# The test command: makes sure the machine has what the end-to-end tests drive (a PostgreSQL server for
# Hangfire when no Docker engine answers, Debian's Chromium for the browser tests, docker-compose to validate
# the compose file), then builds the solution and runs every test project in it.
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

# Build once, then run the test projects side by side: the end-to-end tests spend most of their time waiting on
# browsers and started hosts, the warehouse tests on DuckDB, so together they take little longer than the longest.
# Each project's output is printed whole when it ends, and the command fails if any project failed.
dotnet build BelongingInsights.sln
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
projects=(tests/BelongingInsights.*.Tests)
for project in "${projects[@]}"; do
  dotnet test "$project" --no-build "$@" >"$logs/$(basename "$project").log" 2>&1 &
  echo "$!" >"$logs/$(basename "$project").pid"
done
failed=0
for project in "${projects[@]}"; do
  name=$(basename "$project")
  status=0
  wait "$(cat "$logs/$name.pid")" || status=$?
  echo "=== $name (exit $status)"
  cat "$logs/$name.log"
  [ "$status" -eq 0 ] || failed=1
done
exit "$failed"
