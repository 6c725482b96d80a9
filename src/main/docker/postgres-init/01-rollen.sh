#!/bin/sh
# Runs once, when the postgres container initialises an empty data volume (docker-entrypoint-initdb.d).
# Two roles besides the container's superuser (README, "Evidence model"):
#   wijkafspraken_eigenaar  owns the database and its schema; Flyway migrates as this role (SPRING_FLYWAY_USER)
#   wijkafspraken_app       the application's role (SPRING_DATASOURCE_USERNAME): no superuser, owns nothing; the
#                           migrations grant it SELECT/INSERT on the append-only tables and what else it needs
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    -v db="$POSTGRES_DB" \
    -v eigenaar_wachtwoord="$WIJKAFSPRAKEN_EIGENAAR_WACHTWOORD" \
    -v app_wachtwoord="$WIJKAFSPRAKEN_APP_WACHTWOORD" <<'SQL'
create role wijkafspraken_eigenaar login nosuperuser nocreatedb nocreaterole password :'eigenaar_wachtwoord';
create role wijkafspraken_app login nosuperuser nocreatedb nocreaterole noinherit password :'app_wachtwoord';
-- From PostgreSQL 15 the schema public belongs to the database's owner, so this makes the eigenaar its owner too.
alter database :"db" owner to wijkafspraken_eigenaar;
revoke all on database :"db" from public;
grant connect on database :"db" to wijkafspraken_app;
SQL
