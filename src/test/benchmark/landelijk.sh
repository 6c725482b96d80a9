#!/usr/bin/env bash
# Issue #11 part 4: the load benchmark, in one run, of the static file, the template page without database and every
# key page, public and logged in, with wrk. Prints per page the requests per second under load, p50/p99 under load,
# the ratio to the template page, and one user's p50 (concurrency 1). Usage:
#   src/test/benchmark/landelijk.sh laden [DATA_DIR]         # once: national-scale data into the running demo app's
#                                                             # embedded PostgreSQL (default data/postgres)
#   src/test/benchmark/landelijk.sh meten [BASE_URL] [SEC]   # the measurement (defaults http://localhost:8080, 10 s)
# Start the app first with ./mvnw spring-boot:run (demo mode: embedded PostgreSQL with the demo data). Needs wrk
# (installed with apt-get when missing and run as root), curl and psql. Logs in as the demo's ambtenaar and
# secretaris; the demo asks no second factor.
set -euo pipefail
HIER=$(cd "$(dirname "$0")" && pwd)

psql_embedded() {
    local map=${DATA_DIR:-data/postgres}
    [[ -f $map/postmaster.pid ]] || { echo "Geen draaiende embedded PostgreSQL in $map (start de app)" >&2; exit 1; }
    local poort
    poort=$(sed -n 4p "$map/postmaster.pid")
    PGCONNECT_TIMEOUT=5 psql -X -q -h localhost -p "$poort" -U postgres -d postgres "$@"
}

laden() {
    DATA_DIR=${1:-data/postgres}
    local start=$SECONDS
    psql_embedded -v gemeenten=340 -v wijkoverleggen=30 -v leden=6 -v besluiten=150 -v audit=5880 \
        -v aalsmeer_wo=500 -v aalsmeer_besluiten=2000 -f "$HIER/landelijk.sql"
    echo "Geladen in $((SECONDS - start)) s:"
    psql_embedded -c "select (select count(*) from gemeente) gemeenten, (select count(*) from wijkoverleg) wijkoverleggen,
        (select count(*) from bestuurslid) bestuursleden, (select count(*) from besluit) besluiten,
        (select count(*) from audit_regel) auditregels"
}

# A logged-in session: the login form's CSRF token, then the form post; prints the session cookie's value.
inloggen() {
    local base=$1 wie=$2 jar token
    jar=$(mktemp)
    token=$(curl -s -c "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
    curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "_csrf=$token" --data-urlencode "username=$wie" \
        --data-urlencode "password=wijkafspraken-demo" "$base/login"
    awk '$6 == "JSESSIONID" { print $7 }' "$jar"
    rm -f "$jar"
}

# wrk's latency in ms ("850.00us", "12.34ms", "1.02s").
naar_ms() {
    awk '{ v = $1; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) }
           else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.1f", v }' <<<"$1"
}

# One page: under load (2 threads, 16 connections) and for one user (1 connection). Prints name req/s p50 p99 fouten 1-user-p50.
meet() {
    local naam=$1 url=$2 cookie=$3 sec=$4 uit rps p50 p99 fouten een
    local kop=()
    [[ -n $cookie ]] && kop=(-H "Cookie: JSESSIONID=$cookie")
    wrk -t2 -c16 -d2s "${kop[@]}" "$url" >/dev/null   # warm-up
    uit=$(wrk -t2 -c16 -d"${sec}s" --timeout 10s --latency "${kop[@]}" "$url")
    rps=$(awk '/^Requests\/sec/ { print $2 }' <<<"$uit")
    p50=$(naar_ms "$(awk '$1 == "50%" { print $2 }' <<<"$uit")")
    p99=$(naar_ms "$(awk '$1 == "99%" { print $2 }' <<<"$uit")")
    # Answers other than 2xx/3xx, and requests that timed out (wrk --timeout) or failed on the socket.
    fouten=$(awk '/Non-2xx/ { f += $NF } /Socket errors/ { gsub(/,/, ""); f += $4 + $6 + $8 + $10 } END { print f + 0 }' <<<"$uit")
    uit=$(wrk -t1 -c1 -d3s --timeout 10s --latency "${kop[@]}" "$url")
    een=$(naar_ms "$(awk '$1 == "50%" { print $2 }' <<<"$uit")")
    echo "$naam|$rps|$p50|$p99|${fouten:-0}|$een"
}

meten() {
    local base=${1:-http://localhost:8080} sec=${2:-10}
    command -v wrk >/dev/null || { [[ $(id -u) == 0 ]] && apt-get install -y -q wrk >/dev/null; }
    command -v wrk >/dev/null || { echo "wrk ontbreekt: apt-get install wrk" >&2; exit 1; }
    local ambtenaar secretaris besluit voorstel identificatie vergadering wijkoverleg
    ambtenaar=$(inloggen "$base" ambtenaar)
    secretaris=$(inloggen "$base" secretaris)
    [[ -n $ambtenaar && -n $secretaris ]] || { echo "Inloggen mislukt" >&2; exit 1; }
    # The newest published besluit, its voorstel and a wijkoverleg of Aalsmeer (the big gemeente of the data).
    read -r besluit voorstel identificatie < <(psql_embedded -At -F ' ' -c "select b.id, b.collegevoorstel_id, b.identificatie from besluit b
        join gemeente g on g.id = b.gemeente_id where g.code = 'aalsmeer' and b.publicatiedatum is not null
        order by b.datum desc, b.id desc limit 1")
    wijkoverleg=$(psql_embedded -At -c "select w.id from wijkoverleg w join gemeente g on g.id = w.gemeente_id
        where g.code = 'aalsmeer' order by w.id limit 1")
    vergadering=$(psql_embedded -At -c "select v.id from bw_vergadering v join gemeente g on g.id = v.gemeente_id
        where g.code = 'aalsmeer' order by v.datum desc limit 1")
    local regels=(
        "statisch: /css/wijkafspraken.css|$base/css/wijkafspraken.css|"
        "sjabloon zonder database: /toegankelijkheid|$base/toegankelijkheid|"
        "openbaar: /openbaar/aalsmeer|$base/openbaar/aalsmeer|"
        "openbaar: wijkoverleggen|$base/openbaar/aalsmeer/wijkoverleggen|"
        "openbaar: besluiten|$base/openbaar/aalsmeer/besluiten|"
        "openbaar: besluit|$base/openbaar/aalsmeer/besluiten/$identificatie|"
        "openbaar: besluit-PDF|$base/openbaar/aalsmeer/besluiten/$identificatie/pdf|"
        "openbaar: zoeken|$base/openbaar/aalsmeer/zoeken?q=wijkoverleggen|"
        "API: besluiten|$base/api/v1/gemeenten/aalsmeer/besluiten|"
        "API: wijkoverleggen|$base/api/v1/gemeenten/aalsmeer/wijkoverleggen|"
        "ingelogd: / (ambtenaar)|$base/|$ambtenaar"
        "ingelogd: /wijkoverleggen|$base/wijkoverleggen|$ambtenaar"
        "ingelogd: wijkoverleg|$base/wijkoverleggen/$wijkoverleg|$ambtenaar"
        "ingelogd: /besluiten|$base/besluiten|$secretaris"
        "ingelogd: besluit|$base/besluiten/$besluit|$secretaris"
        "ingelogd: /collegevoorstellen|$base/collegevoorstellen|$ambtenaar"
        "ingelogd: zoeken voorstellen|$base/collegevoorstellen?q=wijkoverleggen|$ambtenaar"
        "ingelogd: vergadering|$base/vergaderingen/$vergadering|$secretaris"
        "PDF collegevoorstel|$base/collegevoorstellen/$voorstel/pdf|$secretaris"
    )
    echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); $(date -u '+%F %H:%M UTC'); belasting ${sec} s per pagina, wrk -t2 -c16"
    printf '| %-42s | %9s | %8s | %8s | %7s | %8s | %10s |\n' pagina req/s "p50 ms" "p99 ms" fouten "t.o.v." "1 gebr. ms"
    printf '| %-42s | %9s | %8s | %8s | %7s | %8s | %10s |\n' --- ---: ---: ---: ---: ---: ---:
    local sjabloon=""
    for regel in "${regels[@]}"; do
        IFS='|' read -r naam url cookie <<<"$regel"
        IFS='|' read -r n rps p50 p99 fouten een < <(meet "$naam" "$url" "$cookie" "$sec")
        [[ $naam == sjabloon* ]] && sjabloon=$rps
        local ratio=""
        [[ -n $sjabloon ]] && ratio=$(awk -v a="$rps" -v b="$sjabloon" 'BEGIN { printf "%.2f", a / b }')
        printf '| %-42s | %9s | %8s | %8s | %7s | %8s | %10s |\n' "$n" "$rps" "$p50" "$p99" "$fouten" "$ratio" "$een"
    done
    local pid
    pid=$(pgrep -f 'nl.wijkafspraken.WijkafsprakenApplication|wijkafspraken.*\.jar' | head -1 || true)
    [[ -n $pid ]] && echo "Geheugen van de app (RSS): $(awk '/VmRSS/ { printf "%.0f MB", $2 / 1024 }' /proc/"$pid"/status)"
}

case ${1:-} in
    laden) shift; laden "$@" ;;
    meten) shift; meten "$@" ;;
    *) sed -n '2,10p' "$0"; exit 2 ;;
esac
