#!/usr/bin/env bash
# One command on a fresh machine: build Hadath, ingest the bundled JawharaFM sample into .hadath/demo.db
# (with its search index in .hadath/demo.index) and serve the interface on http://127.0.0.1:5000.
# Usage: bash scripts/demo.sh [--urls http://127.0.0.1:5000]     (rerunning skips what is already stored)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
URLS=http://127.0.0.1:5000
if [ "${1:-}" = "--urls" ] && [ -n "${2:-}" ]; then URLS=$2; fi

command -v dotnet >/dev/null || { echo "demo: the .NET 10 SDK is required (dotnet not found)"; exit 1; }
echo "demo: building (Release)…"
dotnet build src/Hadath.Cli -c Release -v q -nologo
HADATH="dotnet src/Hadath.Cli/bin/Release/net10.0/hadath.dll"

mkdir -p .hadath
echo "demo: ingesting samples/jawharafm (500 articles, Apache-2.0, see samples/jawharafm/README.md)…"
$HADATH ingest samples/jawharafm --db .hadath/demo.db

echo "demo: open $URLS  (search, story pages /documents/{id}, /analyze, /entities, /events, /network; API at $URLS/api/v1, OpenAPI at $URLS/openapi/v1.json)"
exec $HADATH serve --db .hadath/demo.db --urls "$URLS"
