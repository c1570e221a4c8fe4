#!/usr/bin/env bash
# Writes a seeded NDJSON capture of PUSHES pushes shaped like real browsing, for measuring the contract check:
# page views, item lists, item views, add_to_cart and begin_checkout, {ecommerce: null} clears, purchases of 1 to 20
# items, full and partial refunds of one order in ten, and about 5% broken pushes (lower-case currency, a value as a
# string, a missing transaction_id, a negative price, a fractional quantity, an unknown event parameter).
# Usage: bench/mixed-capture.sh PUSHES OUT.ndjson [SEED]
set -euo pipefail
pushes=${1:?PUSHES}
out=${2:?OUT}
seed=${3:-42}
awk -v n="$pushes" -v seed="$seed" '
function item(k, broken,   q, p) {
  q = (broken == 5) ? "1.5" : 1 + int(rand() * 3)
  p = (broken == 4) ? "-10.01" : sprintf("%.2f", 1 + int(rand() * 9000) / 100)
  return sprintf("{\"item_id\":\"SKU_%d\",\"item_name\":\"Product %d\",\"item_brand\":\"Brand %d\",\"item_category\":\"Cat %d\",\"price\":%s,\"quantity\":%s}", k, k, k % 17, k % 9, p, q)
}
function items(count, broken,   s, i) {
  s = ""
  for (i = 0; i < count; i++) s = s (i ? "," : "") item(int(rand() * 500), (i == 0) ? broken : 0)
  return "[" s "]"
}
function emit(line) { if (written < n) { print line; written++ } }
function ecommerce(event, body) {
  emit("{\"ecommerce\":null}")
  emit("{\"event\":\"" event "\",\"ecommerce\":{" body "}}")
}
BEGIN {
  srand(seed)
  written = 0; order = 0
  while (written < n) {
    broken = (rand() < 0.05) ? 1 + int(rand() * 6) : 0
    cur = (broken == 1) ? "usd" : "USD"
    value = (broken == 2) ? "\"30.03\"" : sprintf("%.2f", 10 + int(rand() * 50000) / 100)
    emit(sprintf("{\"event\":\"page_view\",\"page_path\":\"/p/%d\",\"page_title\":\"Page %d\"}", order, order))
    ecommerce("view_item_list", sprintf("\"item_list_id\":\"related\",\"item_list_name\":\"Related\",\"items\":%s", items(1 + int(rand() * 8), 0)))
    ecommerce("view_item", sprintf("\"currency\":\"USD\",\"value\":%s,\"items\":%s", value, items(1, 0)))
    ecommerce("add_to_cart", sprintf("\"currency\":\"%s\",\"value\":%s,\"items\":%s", cur, value, items(1, broken)))
    ecommerce("begin_checkout", sprintf("\"currency\":\"USD\",\"value\":%s,\"items\":%s", value, items(1 + int(rand() * 4), 0)))
    tid = (broken == 3) ? "" : sprintf("\"transaction_id\":\"T%07d\",", order)
    extra = (broken == 6) ? ",\"shiping\":4.99" : ""
    ecommerce("purchase", sprintf("%s\"currency\":\"%s\",\"value\":%s,\"tax\":1.11,\"shipping\":3.33%s,\"items\":%s", tid, cur, value, extra, items(1 + int(rand() * 20), broken)))
    if (rand() < 0.1) {
      if (rand() < 0.5) ecommerce("refund", sprintf("\"transaction_id\":\"T%07d\",\"currency\":\"USD\",\"value\":%s", order, value))
      else ecommerce("refund", sprintf("\"transaction_id\":\"T%07d\",\"currency\":\"USD\",\"value\":1.00,\"items\":%s", order, items(1, 0)))
    }
    order++
  }
}' > "$out"
