-- Issue #11: more published besluiten for EXPLAIN on a development database (not the full national-scale
-- generator of part 4): :extra gemeenten with :per besluiten each, and :aalsmeer more in the gemeente 'aalsmeer',
-- each with an onderwerp, a besluitpunt and a Samenvatting of Dutch words, so that the search has work.
-- psql -v extra=40 -v per=1200 -v aalsmeer=2000 -f src/test/benchmark/meer-besluiten.sql
-- (on the embedded database: psql -h localhost -p <its port> -U postgres postgres)
\set ON_ERROR_STOP on
begin;
create temp table woord (nr int, w text);
insert into woord select row_number() over (), w from unnest(string_to_array(
    'wijkoverleg buurt subsidie speeltuin verkeer parkeren groen bomen fietspad lantaarnpaal veiligheid '
    || 'jongeren ouderen zorg wonen nieuwbouw riolering afval container markt evenement vergunning school '
    || 'sportpark bibliotheek haven dijk water bruggen haltes bus straat plein bankjes kunst cultuur '
    || 'duurzaamheid zonnepanelen warmte isolatie begroting convenant afspraken bewoners participatie', ' ')) w;

insert into gemeente (code, naam)
select 'meer-' || g, 'Meergemeente ' || g from generate_series(1, :extra) g;

create temp table plan as
select g.id as gemeente_id, n
from gemeente g cross join generate_series(1, :per) n where g.code like 'meer-%'
union all
select g.id, n from gemeente g cross join generate_series(1, :aalsmeer) n where g.code = 'aalsmeer';

create temp table gen as
select row_number() over () as i, gemeente_id, n from plan;

insert into bw_vergadering (gemeente_id, datum, status, gesloten_op)
select distinct gemeente_id, date '2015-01-05' + (n / 500), 'GESLOTEN', now() from gen
on conflict do nothing;

create temp table voorstel as
with ins as (
    insert into collegevoorstel (gemeente_id, zaaknummer, status, uitkomst, openbaar, naar_raad, onderwerp,
                                 gewijzigd_op)
    select gemeente_id, 'Z15-' || lpad((800000 + n)::text, 6, '0'), 'BESLOTEN', 'CONFORM_ADVIES', true, false,
           initcap((select w from woord where nr = 1 + (i * 7) % 44)) || ' en '
               || (select w from woord where nr = 1 + (i * 13) % 44) || ' ' || n, now()
    from gen
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
       date '2015-01-05' + (v.n / 500), date '2015-01-07' + (v.n / 500), 'college van B&W'
from voorstel v join agendapunt a on a.collegevoorstel_id = v.id;
commit;
analyze;
