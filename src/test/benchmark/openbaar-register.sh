#!/usr/bin/env bash
# Load benchmark of the public register (no login needed): N requests per URL at concurrency C against a running
# app, and per URL the throughput and the latency percentiles. Usage:
#   src/test/benchmark/openbaar-register.sh [BASE_URL] [N] [C]      (defaults: http://localhost:8080 200 8)
# Needs curl. Start the app first (./mvnw spring-boot:run: embedded PostgreSQL with the demo data).
set -euo pipefail
BASE=${1:-http://localhost:8080}
N=${2:-200}
C=${3:-8}
PADEN=(
    /openbaar/aalsmeer
    /openbaar/aalsmeer/wijkoverleggen
    /openbaar/aalsmeer/afspraken/1
    "/openbaar/aalsmeer/zoeken?q=wijkoverleggen"
    /api/v1/gemeenten/aalsmeer/afspraken/1
    /api/v1/gemeenten/aalsmeer/wijkoverleggen.csv
)
printf '%-48s %8s %8s %8s %8s %8s\n' "pad" "req/s" "p50 ms" "p95 ms" "p99 ms" "fouten"
for pad in "${PADEN[@]}"; do
    curl -s -o /dev/null "$BASE$pad"   # warm up
    begin=$(date +%s.%N)
    uitkomst=$(seq "$N" | xargs -P "$C" -I{} curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$BASE$pad")
    eind=$(date +%s.%N)
    fouten=$(awk '$1 != 200' <<<"$uitkomst" | wc -l)
    awk '{print $2 * 1000}' <<<"$uitkomst" | sort -n | awk -v n="$N" -v t="$(echo "$eind - $begin" | bc)" \
        -v pad="$pad" -v fouten="$fouten" '{ v[NR] = $1 } END {
            printf "%-48s %8.1f %8.1f %8.1f %8.1f %8d\n", pad, n / t, v[int(n * 0.50)], v[int(n * 0.95)],
                v[int(n * 0.99)], fouten }'
done
