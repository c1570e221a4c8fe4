#!/usr/bin/env bash
# Measures datalayer-lint on a large NDJSON capture: wall time, pushes/s and peak memory (RSS).
# Usage: bench/ndjson-throughput.sh [PUSHES] (default 500000). Writes the capture under target/bench/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
pushes=${1:-500000}
dir="$root/target/bench"
capture="$dir/capture-$pushes.ndjson"
mkdir -p "$dir"
if [ ! -f "$capture" ]; then
  # A realistic mix per order: clear, purchase with two items, clear, partial refund with one item; every
  # 50th order has a lower-case currency so the report is not empty.
  awk -v n="$pushes" 'BEGIN {
    for (i = 0; i < n; i += 4) {
      cur = (i % 200 == 0) ? "usd" : "USD";
      print "{\"ecommerce\":null}";
      printf "{\"event\":\"purchase\",\"ecommerce\":{\"transaction_id\":\"T%d\",\"currency\":\"%s\",\"value\":30.03,\"tax\":1.11,\"shipping\":3.33,\"items\":[{\"item_id\":\"SKU_1\",\"item_name\":\"Tee\",\"price\":10.01,\"quantity\":2},{\"item_id\":\"SKU_2\",\"price\":10.01,\"quantity\":1}]}}\n", i, cur;
      print "{\"ecommerce\":null}";
      printf "{\"event\":\"refund\",\"ecommerce\":{\"transaction_id\":\"T%d\",\"currency\":\"USD\",\"value\":10.01,\"items\":[{\"item_id\":\"SKU_2\",\"price\":10.01,\"quantity\":1}]}}\n", i;
    }
  }' > "$capture"
fi
"$root/datalayer-lint" --version >/dev/null # builds the CLI if needed, outside the measurement
size=$(du -h "$capture" | cut -f1)
echo "capture: $capture ($pushes pushes, $size)"
for run in 1 2 3; do
  /usr/bin/time -f "run $run: %e s wall, %M KB max RSS" \
    "$root/datalayer-lint" validate --format json --fail-on never "$capture" > "$dir/report.json"
done
echo "findings: $(grep -c '"rule"' "$dir/report.json")"
