#!/usr/bin/env bash
# Load run: a fresh local server (every function of template.yaml, DynamoDB Local, the file outbox)
# driven over loopback HTTP by concurrent clients that submit distinct praises and confirm each with
# the token from its e-mail in the outbox, plus racers confirming one praise at the same moment.
# Unpaced by default (each client as fast as it goes); --rate N offers N praises/s (open loop: praise i
# is due i/N s after the start, late starts measured); --ramp FROM:BY steps the offered rate (steps of
# --step-seconds) until a step falls behind or its p99 passes --p99-ms, then runs --praises at the
# highest rate a step held.
# Then checks that every praise is confirmed and counted exactly once and that the public counts equal
# a scan of the raw praise items. The DynamoDB twin stands in front of DynamoDB Local (DynamoDB's
# transaction conflicts, capacity per route; docs/twin.md): the report shows its counts and checks that
# no item is shared by the confirmations of different participants, and shows per route the HTTP requests,
# DynamoDB calls (first attempts + the functions' retries), conflicts. PRAISE_TWIN=off runs without it,
# PRAISE_TWIN_HOLD_MS sets how long a transaction holds its items (15).
# Source: local/src/main/java/lv/praise/local/load/.
#   ./load.sh [--clients 50] [--praises 10000] [--rate N | --ramp FROM:BY [--step-seconds 30] [--p99-ms 2000]]
#             [--racers 20] [--timeout 600]
# Stdout: the Markdown tables (offered and achieved per phase, latency percentiles, checks, per route).
# Stderr: build and progress.
# Exit status 1 when a check fails or the time-out stops the run. JVM options: LOAD_JAVA_OPTS.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"

echo "load: building functions and local (mvn package, tests skipped) ..." >&2
mvn -B -q -DskipTests package -pl local -am >&2

# DynamoDB Local would otherwise report telemetry at start (seconds lost on a closed network).
export DDB_LOCAL_TELEMETRY=0
# The load run serves the site's sources, named (the tests' server refuses a site build it cannot vouch for, and
# this run skips the build): the site is not what it measures.
# shellcheck disable=SC2086 # LOAD_JAVA_OPTS is a list of options
exec java ${LOAD_JAVA_OPTS:-} -Dpraise.site.dir=static-site -cp local/target/praise-local.jar lv.praise.local.load.LoadRun "$@"
