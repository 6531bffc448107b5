#!/usr/bin/env bash
# The benchmarks, one table on stdout (docs/performance.md). Source: the bench/ module.
#   ./bench.sh                        everything (14–16 min on 2 idle cores, 4 of them capacity), the summary table
#   ./bench.sh --only PART,PART ...   some of: intake, recalc, publication, coldstart, pages, capacity, insight
#   ./bench.sh --details              also each part's own table after the summary
# With one part, its options follow, and its own table is printed after the summary:
#   intake:      [--warmup N] [--sizes N,N] [--participants N] [--breakdown]   (also without --only)
#   recalc:      [--sizes N,N] [--participants N] [--repeats N] [--segments N] (also as ./bench.sh --recalc)
#   publication: [--sizes N,N] [--warmup N]
#   coldstart:   [--functions Name,Name] [--repeats N]
#   pages:       [--loads N]
#   capacity:    [--sizes N,N] [--participants N] [--earlier-year N] [--praises N] [--searches N] [--pages N]
#   insight:     [--participants N] [--loads N]
# Parts:
#   intake       the POST /api/praise handler against the bare DynamoDB calls it makes (one DynamoDB Local)
#   recalc       the nightly recalculation against a bare parallel Scan, 10 000 and 100 000 praise
#   publication  PublishAwards with PdfCertificates and the outbox mailer, 50 and 200 certificates
#   coldstart    each function of template.yaml in a fresh JVM up to its first answer; then SnapStart's priming
#                in a third JVM and the first request after it (the restored-function proxy); the artifact size
#   pages        weight and load times of every public page in headless Chromium
#   capacity     read and write units per operation as DynamoDB bills them (the DynamoDB twin, over the local
#                server's HTTP routes), beside each operation's floor: praise, search, participant page, nightly
#                recalculation at 30 000 and 100 000 praise (and a year before's 50 000), publication
#   insight      the participant's page (issue 18): DynamoDB requests, items and latency per load at 5 000
#                participants (about 1 min)
# Stdout: the Markdown summary table. Stderr: build and progress lines. Each part's own table is kept in
# bench/target/bench-results/PART.md. JVM options of intake/publication (recalc adds a serial GC and a
# 256 MB heap): BENCH_JAVA_OPTS, by default the functions' own from template.yaml (C1 only).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
all_parts=(intake recalc publication coldstart pages capacity insight)

parts=()
details=false
part_args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --only)
      [[ $# -ge 2 ]] || { echo "bench: --only needs a list of parts: ${all_parts[*]}" >&2; exit 2; }
      IFS=',' read -r -a parts <<< "$2"; shift 2 ;;
    --recalc) parts=(recalc); shift ;;
    --details) details=true; shift ;;
    -h|--help) sed -n '2,28p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) part_args+=("$1"); shift ;;
  esac
done
if [[ ${#parts[@]} -eq 0 ]]; then
  # Options without --only are the request-path bench's, as before.
  if [[ ${#part_args[@]} -gt 0 ]]; then parts=(intake); else parts=("${all_parts[@]}"); fi
fi
for p in "${parts[@]}"; do
  [[ " ${all_parts[*]} " == *" $p "* ]] || { echo "bench: unknown part '$p' (parts: ${all_parts[*]})" >&2; exit 2; }
done
if [[ ${#part_args[@]} -gt 0 && ${#parts[@]} -ne 1 ]]; then
  echo "bench: options (${part_args[*]}) need exactly one part (--only PART)" >&2; exit 2
fi
[[ ${#parts[@]} -eq 1 ]] && details=true

echo "bench: building functions, local and bench (mvn package, tests skipped) ..." >&2
mvn -B -q -DskipTests package -pl bench -am >&2

# The functions' runtime jars, laid out as sam build's Maven builder packages them (classes + lib/).
echo "bench: copying the functions' runtime dependencies to functions/target/lambda-lib ..." >&2
rm -rf functions/target/lambda-lib
# (Without profile in-repository: its one dependency, the test kit, is test scope, and outside the reactor
# Maven would look for it in ~/.m2.)
mvn -B -q -f functions/pom.xml -P '!in-repository' org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
  -DincludeScope=runtime -DoutputDirectory=target/lambda-lib >&2

export DDB_LOCAL_TELEMETRY=0
cd bench
results="$root/bench/target/bench-results"
rm -rf "$results"
mkdir -p "$results"
functions_opts="-XX:+TieredCompilation -XX:TieredStopAtLevel=1"
status=0
for part in "${parts[@]}"; do
  opts="${BENCH_JAVA_OPTS-$functions_opts}"
  args=()
  case "$part" in
    intake) main=lv.praise.bench.Bench ;;
    recalc)
      main=lv.praise.bench.RecalcBench
      # A fixed, small heap with the serial collector: what a 1024 MB function's JVM picks by its own
      # ergonomics (under 2 CPUs / 1792 MB), so the peak heap of the run means something.
      opts="${BENCH_JAVA_OPTS-$functions_opts -XX:+UseSerialGC -Xms256m -Xmx256m}"
      # The whole run takes 3 timed pairs per size (5 with --only recalc) to stay near 13 minutes.
      [[ ${#parts[@]} -gt 1 ]] && args=(--repeats 3) ;;
    publication) main=lv.praise.bench.PublicationBench ;;
    coldstart) main=lv.praise.bench.ColdStartBench; opts="" ;;   # the probes' JVMs take the template's flags
    pages) main=lv.praise.bench.PagesBench; opts="" ;;
    # Counts units, not time: the JVM's own flags, so that loading the data and the twin's parsing go fast.
    capacity) main=lv.praise.bench.CapacityBench; opts="${BENCH_JAVA_OPTS-}" ;;
    insight) main=lv.praise.bench.InsightBench ;;
  esac
  echo "bench: ---- $part ($main) ----" >&2
  # shellcheck disable=SC2086
  if ! java $opts -cp "target/test-classes:target/lib/*" "$main" --root "$root" --results "$results" \
      "${args[@]}" "${part_args[@]}" > "$results/$part.md"; then
    echo "bench: $part FAILED (see above); going on with the other parts" >&2
    status=1
  fi
done

java -cp "target/test-classes:target/lib/*" lv.praise.bench.Summary "$results" "$SECONDS" "${parts[@]}"
if $details; then
  for part in "${parts[@]}"; do
    [[ -s "$results/$part.md" ]] || continue
    echo
    echo "### $part"
    echo
    cat "$results/$part.md"
  done
fi
echo "bench: each part's own table: bench/target/bench-results/PART.md; took $((SECONDS / 60)) min $((SECONDS % 60)) s" >&2
exit $status
