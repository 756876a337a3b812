#!/usr/bin/env bash
# Benchmarks of the managed pipeline, on one machine, in one run (medians of REPEATS, interleaved so that
# load drift hits both sides of each comparison alike):
#   1. staging: LOAD DATA LOCAL INFILE streamed from the pipeline's CSV reader vs rewritten batched inserts;
#   2. the full pipeline (stage → identity transform → rowCount, nullValues, duplicateValues gate → publish)
#      of a ROWS-row, 8-column CSV, against `mariadb` LOAD DATA LOCAL INFILE of the same file into a
#      same-shaped table;
#   3. five library rules (one quality check) on the published rows against one full-table scan
#      (SELECT COUNT(*) … WHERE <predicate>) with the `mariadb` client;
#   4. the same rows flowing A → C through A's output port (a quantum source) against A's file ingest.
# Usage: quantum-runtime/bench/pipeline.sh [ROWS] [REPEATS]   (defaults 1000000, 3). Prints a Markdown table.
set -euo pipefail

rows="${1:-1000000}"
repeats="${2:-3}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d /tmp/quanta-pipeline-bench.XXXXXX)"
port=18281
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true' EXIT
owner=(-H "Authorization: Bearer bench-owner-token")
export QUANTA_TOKENS="bench-owner-token=bench:owner"
export QUANTA_JAVA_OPTS="-Xmx512m"

echo "load before: $(uptime)" >&2
echo "generating $rows rows..." >&2
"$root/quantum-runtime/bench/generate-csv.sh" "$rows" "$work/orders.csv"

contract() { # id, extra quality rules on the object
  cat <<YAML
apiVersion: v3.1.0
kind: DataContract
id: $1
name: Benchmark orders
version: 1.0.0
status: active
domain: bench
schema:
  - name: orders
    quality:
      - {id: orders-not-empty, metric: rowCount, mustBeGreaterThan: 0}
    properties:
      - name: id
        logicalType: integer
        primaryKey: true
        quality:
          - {id: id-unique, metric: duplicateValues, mustBe: 0}
      - name: customer
        logicalType: string
        physicalType: varchar(32)
        quality:
          - {id: customer-present, metric: nullValues, mustBe: 0}
      - name: country
        logicalType: string
        physicalType: char(2)
$2
      - {name: amount, logicalType: number, physicalType: "decimal(12,2)"}
      - {name: quantity, logicalType: integer, physicalType: int}
      - {name: paid, logicalType: boolean}
      - name: note
        logicalType: string
        physicalType: varchar(64)
$3
      - {name: created_at, logicalType: timestamp, physicalType: datetime}
YAML
}

mkdir -p "$work/a" "$work/c" "$work/r"
contract bench-orders "" "" > "$work/a/orders.odcs.yaml"
cat > "$work/a/quantum.yaml" <<YAML
id: bench-orders
server: {port: $port}
pipeline:
  runOnStart: false
  keepVersions: 2
  sources:
    - {name: orders, object: orders, file: {path: $work/orders.csv}}
YAML

echo "building and starting quantum A (embedded MariaDB)..." >&2
(cd "$root" && ./quanta --version >/dev/null)
"$root/quanta" run "$work/a" > "$work/a.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do curl -sf "localhost:$port/observability/health" >/dev/null 2>&1 && break; sleep 1; done
curl -sf "localhost:$port/observability/health" >/dev/null || { cat "$work/a.log" >&2; exit 1; }

base="$work/a/.quanta/mariadb"
client="$base/base/bin/mariadb"
dbport="$(ps -eo args | grep "$base/base/bin/mariadbd" | grep -v grep | grep -o -- '--port=[0-9]*' | head -1 | cut -d= -f2)"
password="$(cat "$base/admin-password")"
admin=(-h127.0.0.1 -P"$dbport" -uquanta_admin -p"$password")
shared=(QUANTA_JDBC_URL="jdbc:mysql://127.0.0.1:$dbport/" QUANTA_DB_ADMIN_USER=quanta_admin
  QUANTA_DB_ADMIN_PASSWORD="$password")

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
run_seconds() { # quantum port → seconds of one pipeline run (the run's own start-to-end)
  local id
  id=$(curl -sf "${owner[@]}" -X POST "localhost:$1/control/runs" | sed 's/.*"id":"\([^"]*\)".*/\1/')
  while curl -sf "localhost:$1/observability/runs/$id" | grep -q '"outcome":"running"'; do sleep 0.2; done
  local run; run=$(curl -sf "localhost:$1/observability/runs/$id")
  echo "$run" | grep -q '"outcome":"published"' || { echo "run failed: $run" >&2; exit 1; }
  echo "$run" | sed 's/.*"durationSeconds":\([0-9.]*\).*/\1/'
}

"$client" "${admin[@]}" bench_orders -e "DROP TABLE IF EXISTS baseline; CREATE TABLE baseline (
  id BIGINT NOT NULL PRIMARY KEY, customer VARCHAR(32) NULL, country CHAR(2) NULL, amount DECIMAL(12,2) NULL,
  quantity INT NULL, paid BOOLEAN NULL, note VARCHAR(64) NULL, created_at DATETIME NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin"
statement_seconds() { # the client's own timing of its last statement: "… (1.234 sec)"
  grep -o '([0-9.]* sec)' | tail -1 | tr -d '()sec '
}
baseline_load() {
  "$client" "${admin[@]}" bench_orders -e "TRUNCATE baseline"
  "$client" "${admin[@]}" -vvv --local-infile=1 bench_orders -e "LOAD DATA LOCAL INFILE '$work/orders.csv'
    INTO TABLE baseline CHARACTER SET utf8mb4 FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '\"' ESCAPED BY ''
    IGNORE 1 LINES (id, customer, country, amount, quantity, @paid, @note, @created)
    SET paid = (@paid = 'true'), note = NULLIF(@note, ''), created_at = REPLACE(@created, 'Z', '')" \
    | statement_seconds
}

echo "2. full pipeline vs mariadb LOAD DATA LOCAL INFILE ($repeats each, interleaved)..." >&2
loads=(); files=()
for _ in $(seq 1 "$repeats"); do
  loads+=("$(baseline_load)")
  files+=("$(run_seconds $port)")
done
load_t=$(printf '%s\n' "${loads[@]}" | median)
file_t=$(printf '%s\n' "${files[@]}" | median)
published=$(curl -sf "localhost:$port/observability/status" | grep -o '"publishedVersion":[0-9]*' | head -1 | grep -o '[0-9]*$')

(cd "$root" && ./mvnw -q -o -pl quantum-runtime -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test >/dev/null)
cp="$root/quantum-runtime/target/test-classes:$root/quantum-runtime/target/classes:$(cat "$work/cp.txt")"

echo "3. five library rules vs one scan..." >&2
contract bench-rules "        quality:
          - {id: country-known, metric: invalidValues, arguments: {validValues: [FR, DE, US, JP]}, mustBe: 0}" \
  "        quality:
          - {id: note-given, metric: missingValues, mustBeLessThan: 50, unit: percent}" > "$work/r/orders.odcs.yaml"
printf 'id: bench-rules\nserver: {port: %s}\n' $((port + 2)) > "$work/r/quantum.yaml"
env "${shared[@]}" "$root/quanta" run "$work/r" > "$work/r.log" 2>&1 &
pids+=($!)
until curl -sf "localhost:$((port + 2))/observability/ready" >/dev/null 2>&1; do sleep 0.5; done
"$client" "${admin[@]}" -e "INSERT INTO bench_rules.orders SELECT * FROM bench_orders.orders__v$published;
  ANALYZE TABLE bench_rules.orders" >/dev/null
check_seconds() {
  local id
  id=$(curl -sf "${owner[@]}" -X POST "localhost:$((port + 2))/control/quality-checks" \
    | sed 's/.*"checkId":"\([^"]*\)".*/\1/')
  while curl -sf "localhost:$((port + 2))/observability/quality?check=$id" | grep -q '"status":"running"'; do
    sleep 0.1; done
  local check; check=$(curl -sf "localhost:$((port + 2))/observability/quality?check=$id")
  local s e
  s=$(echo "$check" | sed 's/.*"startedAt":"\([^"]*\)".*/\1/'); e=$(echo "$check" | sed 's/.*"finishedAt":"\([^"]*\)".*/\1/')
  echo "($(date -d "$e" +%s.%N) - $(date -d "$s" +%s.%N))" | bc -l
}
scan_seconds() {
  "$client" "${admin[@]}" -vvv bench_rules -e "SELECT COUNT(*) FROM orders WHERE amount > 50" | statement_seconds
}
checks=(); scans=()
for _ in $(seq 1 "$repeats"); do
  scans+=("$(scan_seconds)")
  checks+=("$(check_seconds)")
done
scan_t=$(printf '%s\n' "${scans[@]}" | median)
check_t=$(printf '%s\n' "${checks[@]}" | median)
rules=$(curl -sf "localhost:$((port + 2))/observability/quality" | grep -o '"rules":[0-9]*' | head -1 | grep -o '[0-9]*$')
engine=$(java -Xmx256m -cp "$cp" io.quanta.runtime.bench.RulesBench "jdbc:mysql://127.0.0.1:$dbport/bench_rules" \
  quanta_admin "$password" "$work/r/orders.odcs.yaml" "amount > 50" "$repeats" 2>/dev/null)
jdbc_scan_t=$(echo "$engine" | awk '/^scan/ {print $2}')
engine_t=$(echo "$engine" | awk '/^engine/ {print $2}')

echo "4. A → C through A's output port vs A's file ingest..." >&2
contract bench-copy "" "" > "$work/c/orders.odcs.yaml"
cat > "$work/c/quantum.yaml" <<YAML
id: bench-copy
server: {port: $((port + 1))}
pipeline:
  runOnStart: false
  keepVersions: 1
  sources:
    - name: orders
      object: orders
      quantum: {url: "http://localhost:$port", object: orders, contract: bench-orders@1, token: bench-owner-token,
                format: ${UPSTREAM_FORMAT:-ndjson}}
YAML
env "${shared[@]}" "$root/quanta" run "$work/c" > "$work/c.log" 2>&1 &
pids+=($!)
until curl -sf "localhost:$((port + 1))/observability/health" >/dev/null 2>&1; do sleep 0.5; done
copies=(); ingests=()
for _ in $(seq 1 "$repeats"); do
  ingests+=("$(run_seconds $port)")
  copies+=("$(run_seconds $((port + 1)))")
done
ingest_t=$(printf '%s\n' "${ingests[@]}" | median)
copy_t=$(printf '%s\n' "${copies[@]}" | median)

echo "1. staging: LOAD DATA LOCAL INFILE vs rewritten batched inserts..." >&2
staging=$(java -Xmx512m -cp "$cp" io.quanta.runtime.bench.StagingBench "jdbc:mysql://127.0.0.1:$dbport/bench_orders" quanta_admin "$password" \
  "$work/orders.csv" "$repeats" 2>/dev/null)
load_data_t=$(echo "$staging" | awk '/load-data-local-infile/ {print $2}')
batch_t=$(echo "$staging" | awk '/rewritten-batched-inserts/ {print $2}')

ratio() { echo "scale=2; $1 / $2" | bc -l; }
echo "load after: $(uptime)" >&2
cat <<MD
| measure | value | target |
|---|---|---|
| rows × columns | $rows × 8 ($(du -h "$work/orders.csv" | cut -f1) CSV) | |
| staging, LOAD DATA LOCAL INFILE from the pipeline's reader (median of $repeats) | ${load_data_t} s | |
| staging, rewritten batched inserts (median of $repeats) | ${batch_t} s = $(ratio "$batch_t" "$load_data_t")× | slower one loses |
| \`mariadb\` LOAD DATA LOCAL INFILE into a same-shaped table (statement time, median of $repeats) | ${load_t} s | baseline |
| full pipeline: stage → identity → 3-rule gate → publish (the run's duration, median of $repeats) | ${file_t} s = $(ratio "$file_t" "$load_t")× | ≤ 2.5× |
| \`mariadb\` SELECT COUNT(*) WHERE amount > 50 (statement time, median of $repeats) | ${scan_t} s | baseline |
| the quality engine measuring $rules library rules, same JDBC connection, interleaved (median of $repeats) | ${engine_t} s = $(ratio "$engine_t" "$jdbc_scan_t")× | ≤ 2× |
| one scan, SELECT COUNT(*) WHERE amount > 50, same JDBC connection (median of $repeats) | ${jdbc_scan_t} s | baseline |
| a whole quality check, POST to stored results, $rules rules (the check's duration, median of $repeats) | ${check_t} s = $(ratio "$check_t" "$scan_t")× of the client's scan | |
| A's file ingest (full pipeline, median of $repeats, interleaved with C) | ${ingest_t} s | baseline |
| A → C through A's output port (${UPSTREAM_FORMAT:-ndjson}, median of $repeats) | ${copy_t} s = $(ratio "$copy_t" "$ingest_t")× | ≤ 3× |
MD
