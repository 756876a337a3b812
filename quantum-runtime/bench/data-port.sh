#!/usr/bin/env bash
# Benchmarks of the quantum runtime's output port, on one machine, in one run:
#   1. GET /data/{object}?format=csv|ndjson|json of a 1,000,000-row, 8-column table, to completion,
#      against `mariadb --batch --quick -e 'SELECT * …' > /dev/null` on the same table;
#   2. the quantum runs with -Xmx256m throughout (it streams; it would fail otherwise);
#   3. keyset paging: page 1,000 (after=) against page 1 (1,000 rows each);
#   4. idle RSS and start-to-ready against an already running database.
# Usage: quantum-runtime/bench/data-port.sh [ROWS]   (default 1000000). Prints a Markdown table.
set -euo pipefail

rows="${1:-1000000}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d /tmp/quanta-bench.XXXXXX)"
port=18181
trap 'kill "${pid:-}" "${pid2:-}" 2>/dev/null || true; wait 2>/dev/null || true' EXIT

mkdir -p "$work/q"
cat > "$work/q/quantum.yaml" <<YAML
id: bench-events
server:
  port: $port
YAML
cat > "$work/q/events.odcs.yaml" <<'YAML'
apiVersion: v3.1.0
kind: DataContract
id: bench-events
name: Benchmark events
version: 1.0.0
status: active
domain: bench
schema:
  - name: events
    properties:
      - {name: id, logicalType: integer, primaryKey: true}
      - {name: customer, logicalType: string, physicalType: varchar(32)}
      - {name: country, logicalType: string, physicalType: char(2)}
      - {name: amount, logicalType: number, physicalType: "decimal(12,2)"}
      - {name: quantity, logicalType: integer, physicalType: int}
      - {name: paid, logicalType: boolean}
      - {name: note, logicalType: string, physicalType: varchar(64)}
      - {name: created_at, logicalType: timestamp, physicalType: datetime}
YAML

echo "building and starting the quantum (embedded MariaDB, -Xmx256m)..." >&2
(cd "$root" && ./quanta --version >/dev/null)
export QUANTA_TOKENS="bench-owner-token=bench:owner"
auth=(-H "Authorization: Bearer bench-owner-token")
QUANTA_JAVA_OPTS="-Xmx256m" "$root/quanta" run "$work/q" > "$work/run.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
  curl -sf "localhost:$port/observability/ready" >/dev/null 2>&1 && break
  sleep 1
done
curl -sf "localhost:$port/observability/ready" >/dev/null || { cat "$work/run.log" >&2; exit 1; }

base="$work/q/.quanta/mariadb"
client="$base/base/bin/mariadb"
dbport="$(ss -ltnp | awk '/mariadbd/ {print $4}' | grep -o '[0-9]*$' | head -1)"
admin=(-h127.0.0.1 -P"$dbport" -uquanta_admin -p"$(cat "$base/admin-password")")

echo "loading $rows rows..." >&2
"$client" "${admin[@]}" bench_events -e "TRUNCATE events; INSERT INTO events
  SELECT seq, CONCAT('customer-', seq MOD 5000), ELT(1 + seq MOD 4, 'FR', 'DE', 'US', 'JP'),
         (seq MOD 10000) / 100, seq MOD 17, seq MOD 2, IF(seq MOD 3 = 0, NULL, CONCAT('note, \"', seq, '\"')),
         TIMESTAMP('2024-01-01') + INTERVAL seq SECOND
  FROM seq_1_to_$rows; ANALYZE TABLE events;" >/dev/null

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
timeit() { # runs a command N times, prints the median wall time in seconds
  local n=$1; shift
  for _ in $(seq 1 "$n"); do
    local t0 t1; t0=$(date +%s.%N); "$@" >/dev/null; t1=$(date +%s.%N)
    echo "$t1 - $t0" | bc -l
  done | median
}

mysql_t=$(timeit 5 "$client" "${admin[@]}" --batch --quick bench_events -e 'SELECT * FROM events')
csv_t=$(timeit 5 curl -sf "${auth[@]}" -o /dev/null "localhost:$port/data/events?format=csv")
ndjson_t=$(timeit 5 curl -sf "${auth[@]}" -o /dev/null "localhost:$port/data/events?format=ndjson")
json_t=$(timeit 5 curl -sf "${auth[@]}" -o /dev/null "localhost:$port/data/events?format=json")
lines=$(curl -sf "${auth[@]}" "localhost:$port/data/events?format=csv" | wc -l)

# Pages are timed by curl itself and interleaved, so that the shared machine's load drifts over both alike.
after=$(( rows - 1000 ))
page() { curl -sf "${auth[@]}" -o /dev/null -w '%{time_total}\n' "localhost:$port/data/events?limit=1000$1"; }
for _ in $(seq 1 5); do page "" >/dev/null; page "&after=$after" >/dev/null; done
: > "$work/page1"; : > "$work/page1000"
for _ in $(seq 1 51); do page "" >> "$work/page1"; page "&after=$after" >> "$work/page1000"; done
page1=$(median < "$work/page1")
page1000=$(median < "$work/page1000")

alive=$(kill -0 $pid 2>/dev/null && echo yes || echo no)
rss_after_kb=$(ps -o rss= -p "$pid" | tr -d ' ')

# Start to ready of a second quantum against the database that is already running.
mkdir -p "$work/q2"
sed 's/bench-events/bench-start/' "$work/q/events.odcs.yaml" > "$work/q2/events.odcs.yaml"
printf 'id: bench-start\nserver:\n  port: %s\n' $((port + 1)) > "$work/q2/quantum.yaml"
# The CLI is started with java directly: the launcher's up-to-date check is not part of a start.
t0=$(date +%s.%N)
QUANTA_JDBC_URL="jdbc:mysql://127.0.0.1:$dbport/" QUANTA_DB_ADMIN_USER=quanta_admin \
  QUANTA_DB_ADMIN_PASSWORD="$(cat "$base/admin-password")" \
  java -cp "$root/cli/target/quanta-cli.jar:$root/cli/target/lib/*" io.quanta.cli.QuantaCli run "$work/q2" \
  > "$work/run2.log" 2>&1 &
pid2=$!
until curl -sf "localhost:$((port + 1))/observability/ready" >/dev/null 2>&1; do sleep 0.05; done
t1=$(date +%s.%N)
ready_t=$(echo "$t1 - $t0" | bc -l)
sleep 5
rss_idle_kb=$(ps -o rss= -p "$pid2" | tr -d ' ')

# /observability/health under wrk (64 connections) against a minimal Vert.x hello-world server.
health_rps="(wrk not installed)"; hello_rps="(wrk not installed)"; health_ratio=""
if command -v wrk >/dev/null 2>&1; then
  (cd "$root" && ./mvnw -q -o -pl quantum-runtime -am test-compile dependency:build-classpath \
      -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test >/dev/null)
  java -Xmx256m -cp "$root/quantum-runtime/target/test-classes:$(cat "$work/cp.txt")" \
      io.quanta.runtime.bench.HelloWorldServer $((port + 2)) > "$work/hello.log" 2>&1 &
  pid3=$!
  until curl -sf "localhost:$((port + 2))/" >/dev/null 2>&1; do sleep 0.1; done
  rps() { wrk -t2 -c64 -d10s "$1" | awk '/Requests\/sec/ {print $2}'; }
  wrk -t2 -c64 -d3s "http://localhost:$((port + 1))/observability/health" >/dev/null
  wrk -t2 -c64 -d3s "http://localhost:$((port + 2))/" >/dev/null
  health_rps=$(rps "http://localhost:$((port + 1))/observability/health")
  hello_rps=$(rps "http://localhost:$((port + 2))/")
  health_ratio="= $(echo "scale=2; $health_rps / $hello_rps" | bc -l)×"
  kill $pid3
fi

ratio() { echo "scale=2; $1 / $2" | bc -l; }
cat <<MD
| measure | value | target |
|---|---|---|
| rows × columns | $rows × 8 (CSV lines incl. header: $lines) | |
| mariadb --batch --quick SELECT * (median of 5) | ${mysql_t} s | baseline |
| GET ?format=csv (median of 5) | ${csv_t} s = $(ratio "$csv_t" "$mysql_t")× | ≤ 1.5× |
| GET ?format=ndjson (median of 5) | ${ndjson_t} s = $(ratio "$ndjson_t" "$mysql_t")× | ≤ 2× |
| GET ?format=json (median of 5) | ${json_t} s = $(ratio "$json_t" "$mysql_t")× | ≤ 2× |
| quantum alive after streaming with -Xmx256m | $alive | yes |
| page 1 (limit=1000, median of 51, interleaved) | ${page1} s | |
| page 1000 (after=$after, median of 51, interleaved) | ${page1000} s = $(ratio "$page1000" "$page1")× | ≤ 1.2× |
| RSS of the streaming quantum after the reads (-Xmx256m) | $((rss_after_kb / 1024)) MB | |
| idle RSS of a fresh quantum, 5 s after ready | $((rss_idle_kb / 1024)) MB | ≤ 200 MB |
| /observability/health, wrk -t2 -c64 -d10s | ${health_rps} req/s ${health_ratio} | ≥ 0.7× hello world |
| minimal Vert.x hello world, same wrk | ${hello_rps} req/s | baseline |
| start to ready, database already running (includes JVM start) | ${ready_t} s | ≤ 3 s |
MD
