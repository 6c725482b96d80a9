-- Issue 13, part 3: tamper-evident records and two database roles.
--
-- 1. Hash chains. Every row of the audit trail, of the signature and refusal evidence and of the register of sealed
--    documents carries keten_nr (its place in the chain of its table, 1, 2, 3, ...), vorige_hash (the hash of the row
--    before it; 64 zeros for the first) and hash = SHA-256 of vorige_hash followed by the row's canonical content.
--    The content is computed in ONE place, keten_hash(), which the insert trigger and the verifier
--    (audit.Ketencontrole) both call, so they cannot disagree about the canonical form.
-- 2. TRUNCATE triggers on every append-only table.
-- 3. The application's own role (placeholder approl, spring.flyway.placeholders.approl) gets only what it needs;
--    this migration runs as the owner.

-- The canonical content of a row: all its columns as jsonb (keys sorted by PostgreSQL), without the chain's own two
-- columns, and without null values, so that a column added later (null in the old rows) leaves old hashes intact.
-- The settings pin every text form that jsonb takes from the session (time zone of timestamptz, bytea, floats).
create function keten_hash(vorige_hash text, rij jsonb) returns text language sql immutable
    set timezone = 'UTC' set bytea_output = 'hex' set extra_float_digits = '1' set intervalstyle = 'iso_8601'
as $$
    select encode(sha256(convert_to(vorige_hash || jsonb_strip_nulls(rij - 'hash' - 'vorige_hash')::text, 'UTF8')),
                  'hex')
$$;

-- The head of each chain: its last number and hash, set after each row that is really inserted. The verifier
-- compares it with the last row, which reveals rows removed from the end of a chain. Only the triggers (as owner)
-- write it.
create table keten_kop (
    tabel        varchar(63) primary key,
    laatste_nr   bigint      not null,
    laatste_hash char(64)    not null
);

-- Chains a new row. One chain per table: a transaction-level advisory lock shared by all chains (so two chains can
-- never deadlock each other) serialises the writers until commit; the previous link is the table's last row, read
-- after the lock (so also the rows earlier in the same statement, and never a row an INSERT ... ON CONFLICT DO
-- NOTHING dropped after this trigger ran). The head row is locked too: under REPEATABLE READ a concurrent writer
-- then fails instead of forking the chain. SECURITY DEFINER: the application role has no rights on keten_kop. The
-- row's columns are final here: this trigger's name sorts after every other BEFORE INSERT trigger of these tables,
-- and PostgreSQL fires them in name order.
create function keten_schakel() returns trigger language plpgsql security definer
    set search_path = public, pg_temp
as $$
declare
    vorige_nr bigint;
    vorige text;
begin
    perform pg_advisory_xact_lock(hashtextextended('wijkafspraken.keten', 0));
    perform 1 from keten_kop where tabel = tg_table_name for update;
    if not found then
        raise exception 'geen hashketen voor %', tg_table_name;
    end if;
    execute format('select keten_nr, hash from %I order by keten_nr desc limit 1', tg_table_name)
        into vorige_nr, vorige;
    new.keten_nr := coalesce(vorige_nr, 0) + 1;
    new.vorige_hash := coalesce(vorige, repeat('0', 64));
    new.hash := keten_hash(new.vorige_hash, to_jsonb(new));
    return new;
end;
$$;

-- Moves the head once the row is really there.
create function keten_kop_bij() returns trigger language plpgsql security definer
    set search_path = public, pg_temp
as $$
begin
    update keten_kop set laatste_nr = new.keten_nr, laatste_hash = new.hash
     where tabel = tg_table_name and laatste_nr < new.keten_nr;
    return null;
end;
$$;

-- Chains the rows a table already holds, in the given order (its ids: the order they were written in). Also for a
-- later migration that has to change chained rows (say so in that migration): it rebuilds the whole chain.
create function keten_opbouwen(doel regclass, volgorde text) returns void language plpgsql as $$
declare
    r record;
    nr bigint := 0;
    vorige text := repeat('0', 64);
    inhoud jsonb;
    naam text := (select relname from pg_class where oid = doel);
begin
    execute format('alter table %s disable trigger user', doel);
    for r in execute format('select ctid as rij, to_jsonb(t) as inhoud from %s t order by %s', doel, volgorde) loop
        nr := nr + 1;
        inhoud := r.inhoud || jsonb_build_object('keten_nr', nr);
        execute format('update %s set keten_nr = $1, vorige_hash = $2, hash = $3 where ctid = $4', doel)
            using nr, vorige, keten_hash(vorige, inhoud), r.rij;
        vorige := keten_hash(vorige, inhoud);
    end loop;
    execute format('alter table %s enable trigger user', doel);
    insert into keten_kop (tabel, laatste_nr, laatste_hash) values (naam, nr, vorige)
        on conflict (tabel) do update set laatste_nr = excluded.laatste_nr, laatste_hash = excluded.laatste_hash;
end;
$$;
revoke all on function keten_opbouwen(regclass, text) from public;
revoke all on function keten_schakel() from public;
revoke all on function keten_kop_bij() from public;

do $$
declare
    t record;
begin
    for t in select * from (values
            ('audit_regel', 'id'),
            ('handtekening', 'id'),
            ('ondertekening_weigering', 'id'),
            ('verzegeld_document', 'id'),
            ('verzegeld_document_ondertekenaar', 'document_id, volgnummer')) as k(tabel, volgorde) loop
        execute format('alter table %I add column keten_nr bigint, add column vorige_hash char(64), '
                       || 'add column hash char(64)', t.tabel);
        perform keten_opbouwen(t.tabel::regclass, t.volgorde);
        execute format('alter table %I alter column keten_nr set not null, alter column vorige_hash set not null, '
                       || 'alter column hash set not null, add constraint %I unique (keten_nr)',
                       t.tabel, t.tabel || '_keten_nr');
        execute format('create trigger zz_keten before insert on %I for each row execute function keten_schakel()',
                       t.tabel);
        execute format('create trigger zz_keten_kop after insert on %I for each row execute function keten_kop_bij()',
                       t.tabel);
    end loop;
end;
$$;

-- TRUNCATE skips row triggers: each append-only table refuses it with a statement trigger of its own. (The register
-- of sealed documents has them since V41.)
create function alleen_toevoegen_geen_truncate() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: truncate is niet toegestaan', tg_table_name;
end;
$$;
do $$
declare
    tabel text;
begin
    foreach tabel in array array['audit_regel', 'handtekening', 'ondertekening_weigering', 'afspraken_versie',
            'afspraken_artikel', 'afspraken_verlenging', 'afspraken_evaluatie', 'convenant', 'convenant_scan',
            'convenant_intrekking', 'keten_kop'] loop
        execute format('create trigger %I before truncate on %I for each statement '
                       || 'execute function alleen_toevoegen_geen_truncate()', tabel || '_geen_truncate', tabel);
    end loop;
end;
$$;

-- The application's role: neither superuser nor owner. It reads and writes the ordinary tables and sequences, only
-- reads and appends on the append-only ones (the triggers stay as a second line), never truncates, alters, or
-- touches Flyway's history. Tables of later migrations get the same rights by default; a later append-only table
-- revokes update and delete itself. Skipped when the application uses the owner's role (one role for both, as
-- before this migration): the application then refuses to start unless told otherwise (DatabaseRolControle).
do $$
declare
    app text := '${approl}';
begin
    if app = '' or app = current_user then
        raise notice 'Geen aparte rol voor de applicatie: rechten niet toegekend';
        return;
    end if;
    if not exists (select 1 from pg_roles where rolname = app) then
        raise exception 'De databaserol % van de applicatie bestaat niet; maak hem eerst aan (zie README)', app;
    end if;
    execute format('grant usage on schema public to %I', app);
    execute format('grant select, insert, update, delete on all tables in schema public to %I', app);
    execute format('grant usage, select on all sequences in schema public to %I', app);
    execute format('revoke update, delete on audit_regel, handtekening, ondertekening_weigering, verzegeld_document, '
                   || 'verzegeld_document_ondertekenaar, verzegeld_document_inhoud, afspraken_verlenging, '
                   || 'afspraken_evaluatie, convenant_intrekking from %I', app);
    execute format('revoke delete on convenant, convenant_scan from %I', app);
    execute format('revoke insert, update, delete on keten_kop from %I', app);
    if to_regclass('flyway_schema_history') is not null then
        execute format('revoke all on flyway_schema_history from %I', app);
    end if;
    execute format('alter default privileges in schema public grant select, insert, update, delete on tables to %I',
                   app);
    execute format('alter default privileges in schema public grant usage, select on sequences to %I', app);
end;
$$;
