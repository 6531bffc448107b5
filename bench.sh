#!/usr/bin/env bash
# Request-path benchmark: the POST /api/praise handler against the bare DynamoDB calls it makes, on
# one DynamoDB Local in this JVM, and the size of the Lambda package. Source: the bench/ module.
#   ./bench.sh [--warmup N] [--sizes N,N] [--participants N] [--breakdown]
# Nightly recalculation against a bare parallel Scan of the same items (DynamoDB Local in its own JVM):
#   ./bench.sh --recalc [--sizes N,N] [--participants N] [--repeats N] [--segments N]
# Stdout: the Markdown result table. Stderr: build and progress lines.
# JVM options: BENCH_JAVA_OPTS, by default the functions' own from template.yaml (Globals,
# JAVA_TOOL_OPTIONS: C1 only). BENCH_JAVA_OPTS= (empty) runs with the JVM's defaults (C2 too).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"

echo "bench: building functions and bench (mvn package, tests skipped) ..." >&2
mvn -B -q -DskipTests package -pl bench -am >&2

# The functions' runtime jars, laid out as sam build's Maven builder packages them (classes + lib/).
echo "bench: copying the functions' runtime dependencies to functions/target/lambda-lib ..." >&2
rm -rf functions/target/lambda-lib
mvn -B -q -f functions/pom.xml org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
  -DincludeScope=runtime -DoutputDirectory=target/lambda-lib >&2

export DDB_LOCAL_TELEMETRY=0
cd bench
main=lv.praise.bench.Bench
default_opts="-XX:+TieredCompilation -XX:TieredStopAtLevel=1"
if [[ "${1:-}" == "--recalc" ]]; then
  shift
  main=lv.praise.bench.RecalcBench
  # A fixed, small heap with the serial collector: what a 1024 MB function's JVM picks by its own
  # ergonomics (under 2 CPUs / 1792 MB), so the peak heap of the run means something.
  default_opts="$default_opts -XX:+UseSerialGC -Xms256m -Xmx256m"
fi
java_opts="${BENCH_JAVA_OPTS-$default_opts}"
# shellcheck disable=SC2086
exec java $java_opts -cp "target/classes:target/lib/*" "$main" --root "$root" "$@"
