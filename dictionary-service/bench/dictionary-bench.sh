#!/usr/bin/env bash
# The dictionary's benchmarks (docs/benchmarks.md): builds, starts N fixture quanta in their own JVM, then runs
# io.quanta.dictionary.bench.DictionaryBenchmark against an embedded Elasticsearch under target/bench-elasticsearch
# (or the URL given as the second argument). Needs wrk.
#   dictionary-service/bench/dictionary-bench.sh [N=1000] [ES URL or data folder] [crawl,search,descendants]
# Environment: BENCH_WARMUP (quanta crawled first, default 30 × N), BENCH_WARMUP_ROUNDS (rounds like the timed ones,
# not counted, default 5), BENCH_ROUNDS (timed rounds, default 5), BENCH_JAVA_OPTS (more options for the
# dictionary's JVM).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
count="${1:-1000}"
es="${2:-$root/dictionary-service/target/bench-elasticsearch}"
cd "$root"
./mvnw -B -q -o package dependency:build-classpath -pl dictionary-service -am -DskipTests -Dmdep.includeScope=test \
  -Dmdep.outputFile="$root/dictionary-service/target/bench.classpath" >/dev/null
cp="$root/dictionary-service/target/test-classes:$root/dictionary-service/target/classes:$(cat "$root/dictionary-service/target/bench.classpath")"
out="$(mktemp)"
warmup="${BENCH_WARMUP:-$((30 * count))}"
rounds="${BENCH_ROUNDS:-5}"
warmup_rounds="${BENCH_WARMUP_ROUNDS:-5}"
java -cp "$cp" io.quanta.dictionary.bench.FixtureMain "$((count * (rounds + warmup_rounds) + warmup + 1))" 0 > "$out" 2>&1 &
fixture=$!
trap 'kill $fixture 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do grep -q "on port" "$out" && break; sleep 0.5; done
port="$(sed -n 's/.*on port \([0-9]*\).*/\1/p' "$out")"
echo "machine: $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg) (start)"
FIXTURE_PID=$fixture java -Xmx1g -Dbench.warmup="$warmup" -Dbench.rounds="$rounds" -Dbench.warmupRounds="$warmup_rounds" ${BENCH_JAVA_OPTS:-} -cp "$cp" io.quanta.dictionary.bench.DictionaryBenchmark "$port" "$count" "$es" ${3:-}
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) (end)"
