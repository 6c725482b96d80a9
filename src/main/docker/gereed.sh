#!/bin/bash
# Container healthcheck: healthy when the app's readiness (/actuator/health/readiness) answers 200, i.e. the
# start-up work is done and the database is reachable. Plain bash (its /dev/tcp), because the runtime image has no
# curl or wget and starting a second JVM every few seconds would cost more than the check.
# Usage: gereed.sh [port], default 8080.
exec 3<>"/dev/tcp/127.0.0.1/${1:-8080}" || exit 1
printf 'GET /actuator/health/readiness HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
read -r -t 10 protocol status rest <&3 || exit 1
[ "$status" = "200" ]
