-- Issue #11: queries that stay flat as the data grows.
--
-- 1. The search over the published besluiten read the vectors of every besluit of the gemeente and glued them
--    together per besluit at query time (V42), so its cost grew with the number of besluiten. Now each
--    collegevoorstel has one document vector, kept up to date by triggers whenever its onderwerp, a besluitpunt, a
--    section or its besluit's identificatie changes, with a GIN index. A search then reads one stored vector per
--    besluit of the gemeente (no aggregation at query time); the GIN index serves a search across gemeenten.
--    The vector is the same concatenation as before (onderwerp and zaaknummer, identificatie, besluitpunten in order,
--    sections in order), so ranking and the positions ts_rank sees are unchanged.

create table collegevoorstel_zoekdocument (
    collegevoorstel_id bigint   primary key references collegevoorstel (id) on delete cascade,
    doc                tsvector not null
);
create index collegevoorstel_zoekdocument_doc on collegevoorstel_zoekdocument using gin (doc);

create function collegevoorstel_zoekdocument_vector(voorstel bigint) returns tsvector language sql stable as $$
    select c.zoekvector
           || coalesce((select to_tsvector('simple', b.identificatie) from besluit b
                        where b.collegevoorstel_id = c.id), '')
           || coalesce((select tsvector_agg(p.zoekvector order by p.volgorde) from besluitpunt p
                        where p.collegevoorstel_id = c.id and not p.vervallen), '')
           || coalesce((select tsvector_agg(s.zoekvector order by s.sectie) from collegevoorstel_sectie s
                        where s.collegevoorstel_id = c.id), '')
    from collegevoorstel c where c.id = voorstel
$$;

create function collegevoorstel_zoekdocument_bij(voorstel bigint) returns void language sql as $$
    insert into collegevoorstel_zoekdocument (collegevoorstel_id, doc)
    select voorstel, collegevoorstel_zoekdocument_vector(voorstel)
    where exists (select 1 from collegevoorstel where id = voorstel)
    on conflict (collegevoorstel_id) do update set doc = excluded.doc
$$;

-- One trigger function for the four tables: the voorstel is the row itself or the row's collegevoorstel_id (old
-- and new, should a row ever move to another voorstel).
create function collegevoorstel_zoekdocument_trigger() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'collegevoorstel' then
        perform collegevoorstel_zoekdocument_bij(new.id);
        return null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        perform collegevoorstel_zoekdocument_bij(old.collegevoorstel_id);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform collegevoorstel_zoekdocument_bij(new.collegevoorstel_id);
    end if;
    return null;
end;
$$;

create trigger collegevoorstel_zoekdocument after insert or update of onderwerp, zaaknummer on collegevoorstel
    for each row execute function collegevoorstel_zoekdocument_trigger();
create trigger besluitpunt_zoekdocument after insert or update or delete on besluitpunt
    for each row execute function collegevoorstel_zoekdocument_trigger();
create trigger collegevoorstel_sectie_zoekdocument after insert or update or delete on collegevoorstel_sectie
    for each row execute function collegevoorstel_zoekdocument_trigger();
create trigger besluit_zoekdocument after insert or update of identificatie, collegevoorstel_id on besluit
    for each row execute function collegevoorstel_zoekdocument_trigger();

insert into collegevoorstel_zoekdocument (collegevoorstel_id, doc)
select id, collegevoorstel_zoekdocument_vector(id) from collegevoorstel;

-- 2. Indexes for the filter and order of the lists that grow per gemeente.
-- Wijkoverleggen of a gemeente by name (the list, the register, the API).
create index wijkoverleg_gemeente_naam on wijkoverleg (gemeente_id, naam);
-- All besluiten of a gemeente, newest first (the logged-in list; the public one has besluit_gepubliceerd).
create index besluit_gemeente_datum on besluit (gemeente_id, datum desc, id desc);
-- The audit trail of a gemeente, newest first with the id as tie-breaker (the page's order).
create index audit_regel_gemeente_tijdstip_id on audit_regel (gemeente_id, tijdstip desc, id desc);
