-- Issue #11 part 4: national-scale data for the benchmark, on top of the demo data. Adds :gemeenten gemeenten
-- (with the demo's two that makes the Netherlands' 342), each with 10 wijken, :wijkoverleggen wijkoverleggen of
-- :leden bestuursleden each, :besluiten published besluiten (onderwerp, besluitpunt and samenvatting of Dutch words,
-- so that the search has work) and :audit audit lines; and adds to the demo gemeente 'aalsmeer' :aalsmeer_wo
-- wijkoverleggen and :aalsmeer_besluiten besluiten, so that the pages measured there read a big gemeente.
-- Defaults (src/test/benchmark/landelijk.sh passes them): 340 gemeenten x 30 wijkoverleggen x 6 leden, 150 besluiten
-- and 5,880 audit lines each; Aalsmeer +500 wijkoverleggen, +2,000 besluiten. That is ~10,700 wijkoverleggen,
-- ~64,000 bestuursleden, ~53,000 besluiten, ~2 M audit lines. Takes a few minutes (the audit trail's hash chain is
-- computed by its trigger, row by row, as the application's own inserts are).
-- Run once on a database that has the demo data and nothing of this script; it refuses a second run.
\set ON_ERROR_STOP on
begin;
do $$ begin
    if exists (select 1 from gemeente where code = 'landelijk-1') then
        raise exception 'De landelijke gegevens staan er al (gemeente landelijk-1)';
    end if;
end $$;

create temp table woord (nr int, w text);
insert into woord select row_number() over (), w from unnest(string_to_array(
    'wijkoverleg buurt subsidie speeltuin verkeer parkeren groen bomen fietspad lantaarnpaal veiligheid '
    || 'jongeren ouderen zorg wonen nieuwbouw riolering afval container markt evenement vergunning school '
    || 'sportpark bibliotheek haven dijk water bruggen haltes bus straat plein bankjes kunst cultuur '
    || 'duurzaamheid zonnepanelen warmte isolatie begroting convenant afspraken bewoners participatie', ' ')) w;
create temp table voornaam (nr int, w text);
insert into voornaam select row_number() over (), w from unnest(string_to_array(
    'Anna Bram Chantal Daan Esra Fatima Gerrit Hanneke Ingrid Jan Karin Lucas Mohamed Noor Otto Petra Quinten '
    || 'Ria Sanne Thijs Umut Vera Willem Yara Zeynep', ' ')) w;
create temp table achternaam (nr int, w text);
insert into achternaam select row_number() over (), w from unnest(string_to_array(
    'de Vries|Jansen|van den Berg|Bakker|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|Vos|Peters|Hendriks|'
    || 'van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|de Graaf|van der Meer|Yilmaz|El Amrani|Kok|Jacobs|Vermeulen',
    '|')) w;

insert into gemeente (code, naam)
select 'landelijk-' || g, 'Landgemeente ' || g from generate_series(1, :gemeenten) g;

insert into wijk (gemeente_id, naam)
select g.id, 'Wijk ' || n from gemeente g cross join generate_series(1, 10) n where g.code like 'landelijk-%';

-- Wijkoverleggen: :wijkoverleggen per new gemeente, :aalsmeer_wo more in Aalsmeer; names unique per gemeente.
create temp table wo_plan as
select g.id as gemeente_id, n from gemeente g cross join generate_series(1, :wijkoverleggen) n
where g.code like 'landelijk-%'
union all
select g.id, n from gemeente g cross join generate_series(1, :aalsmeer_wo) n where g.code = 'aalsmeer';

create temp table wo as
with ins as (
    insert into wijkoverleg (gemeente_id, naam, status, oprichtingsdatum, contactadres, aantal_tekenbevoegden)
    select gemeente_id,
           'Wijkoverleg ' || initcap((select w from woord where nr = 1 + (n * 7) % 44)) || ' ' || n,
           case when n % 17 = 0 then 'IN_OPRICHTING' else 'ACTIEF' end,
           date '2008-01-01' + (n % 4000), 'wijkoverleg' || n || '@example.org', 1 + n % 2
    from wo_plan
    returning id, gemeente_id)
select id, gemeente_id from ins;

insert into wijkoverleg_wijk (wijkoverleg_id, wijk_id)
select wo.id, (select w.id from wijk w where w.gemeente_id = wo.gemeente_id order by w.id
               offset wo.id % (select count(*) from wijk c where c.gemeente_id = wo.gemeente_id) limit 1)
from wo where exists (select 1 from wijk w where w.gemeente_id = wo.gemeente_id);

insert into bestuurslid (wijkoverleg_id, naam, email, telefoon, functie, startdatum, tekenbevoegd)
select wo.id,
       (select w from voornaam where nr = 1 + (wo.id * 3 + l) % 25) || ' '
           || (select w from achternaam where nr = 1 + (wo.id * 5 + l * 7) % 27),
       'lid' || l || '.wo' || wo.id || '@example.org', '06' || lpad(((wo.id * 10 + l) % 100000000)::text, 8, '0'),
       case l when 1 then 'VOORZITTER' when 2 then 'SECRETARIS' when 3 then 'PENNINGMEESTER' else 'LID' end,
       date '2020-01-01' + ((wo.id + l) % 1800)::int, l <= 2
from wo cross join generate_series(1, :leden) l;

-- Besluiten: as the secretary's recording makes them (voorstel BESLOTEN, agendapunt of a closed meeting, besluit
-- with a publicatiedatum); 500 agendapunten per meeting.
create temp table besluit_plan as
select row_number() over () as i, gemeente_id, n from (
    select g.id as gemeente_id, n from gemeente g cross join generate_series(1, :besluiten) n
    where g.code like 'landelijk-%'
    union all
    select g.id, n from gemeente g cross join generate_series(1, :aalsmeer_besluiten) n where g.code = 'aalsmeer') p;

insert into bw_vergadering (gemeente_id, datum, status, gesloten_op)
select distinct gemeente_id, date '2015-01-05' + (n / 500), 'GESLOTEN', now() from besluit_plan
on conflict do nothing;

create temp table voorstel as
with ins as (
    insert into collegevoorstel (gemeente_id, zaaknummer, status, uitkomst, openbaar, naar_raad, onderwerp,
                                 gewijzigd_op)
    select gemeente_id, 'Z15-' || lpad((800000 + n)::text, 6, '0'), 'BESLOTEN', 'CONFORM_ADVIES', true, false,
           initcap((select w from woord where nr = 1 + (i * 7) % 44)) || ' en '
               || (select w from woord where nr = 1 + (i * 13) % 44) || ' ' || n, now()
    from besluit_plan
    returning id, gemeente_id, zaaknummer)
select ins.id, ins.gemeente_id, (substr(ins.zaaknummer, 5)::int - 800000) as n from ins;

insert into besluitpunt (collegevoorstel_id, volgorde, tekst)
select v.id, 1, 'in te stemmen met ' || (select string_agg(w, ' ') from woord where nr in
       (1 + (v.id * 3) % 44, 1 + (v.id * 5) % 44, 1 + (v.id * 11) % 44)) || ';'
from voorstel v;

insert into collegevoorstel_sectie (collegevoorstel_id, sectie, tekst)
select v.id, 'SAMENVATTING', (select string_agg(w, ' ' order by random()) from woord where nr % 4 = v.id % 4)
from voorstel v;

insert into agendapunt (bw_vergadering_id, nummer, collegevoorstel_id, uitkomst, vastgelegd_op)
select b.id, v.n % 500 + 1, v.id, 'CONFORM_ADVIES', now()
from voorstel v join bw_vergadering b on b.gemeente_id = v.gemeente_id and b.datum = date '2015-01-05' + (v.n / 500);

insert into besluit (gemeente_id, collegevoorstel_id, agendapunt_id, identificatie, datum, ingangsdatum,
                     publicatiedatum, bestuursorgaan)
select v.gemeente_id, v.id, a.id, 'M15-' || lpad(v.n::text, 6, '0'), date '2015-01-05' + (v.n / 500),
       date '2015-01-05' + (v.n / 500), date '2015-01-07' + (v.n / 500), 'college van burgemeester en wethouders'
from voorstel v join agendapunt a on a.collegevoorstel_id = v.id;

-- The audit trail: :audit lines per new gemeente, spread over five years, as the application writes them.
insert into audit_regel (tijdstip, gebruikersnaam, gemeente_id, actie, objecttype, object_id, samenvatting)
select timestamptz '2021-12-01 08:00+01' + make_interval(mins => (a * 449) % 2600000),
       'ambtenaar' || (a % 7), g.id,
       case when a % 3 = 0 then 'AANGEMAAKT' else 'GEWIJZIGD' end,
       case a % 2 when 0 then 'Wijkoverleg' else 'Bestuurslid' end, (a % 5000)::text,
       'Gegevens bijgewerkt: ' || (select w from woord where nr = 1 + a % 44)
from gemeente g cross join generate_series(1, :audit) a
where g.code like 'landelijk-%';
commit;
analyze;
