#!/usr/bin/env bash
# Writes ROWS rows of the benchmark's 8-column CSV to FILE (deterministic): id, customer, country, amount,
# quantity, paid, note (a third empty, the rest with a comma and quotes, so CSV quoting is exercised),
# created_at (ISO 8601, UTC). Usage: generate-csv.sh ROWS FILE
set -euo pipefail
rows="${1:?rows}"
file="${2:?file}"
awk -v n="$rows" 'BEGIN {
  print "id,customer,country,amount,quantity,paid,note,created_at"
  split("FR DE US JP", country, " ")
  for (i = 1; i <= n; i++) {
    note = (i % 3 == 0) ? "" : "\"note, \"\"" i "\"\"\""
    day = 1 + int(i / 86400) % 28
    printf "%d,customer-%d,%s,%.2f,%d,%s,%s,2024-01-%02dT%02d:%02d:%02dZ\n", i, i % 5000, country[1 + i % 4],
      (i % 10000) / 100, i % 17, (i % 2 ? "true" : "false"), note, day, int(i % 86400 / 3600), int(i % 3600 / 60), i % 60
  }
}' > "$file"
