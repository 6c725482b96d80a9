-- Issue #15, part 2: a collegevoorstel names one or more behandelend ambtenaren, in order (the real Aalsmeer
-- voorstellen name two at times). Each has a name, phone and e-mail; the team stays one per voorstel
-- (collegevoorstel.ambtenaar_team), as it is the part the public register shows in their place.
--
-- The single ambtenaar of every existing voorstel moves into the new table as the first (volgorde 0); a voorstel
-- without any ambtenaar data gets no row. The old columns are dropped in the same transaction: personal data is then
-- kept in one place only, so removing someone from a voorstel removes them for good (no forgotten copy in a column
-- nothing reads any more). Flyway runs this migration as one transaction, so the copy and the drop happen together
-- or not at all. An instance of the previous release reads these columns: stop those before this one starts (see
-- README, "Several behandelend ambtenaren").

create table collegevoorstel_ambtenaar (
    collegevoorstel_id bigint       not null references collegevoorstel (id),
    volgorde           integer      not null check (volgorde >= 0),
    naam               varchar(150) not null,
    telefoon           varchar(30),
    email              varchar(254),
    primary key (collegevoorstel_id, volgorde)
);

-- A name was optional before; an ambtenaar known only by phone or e-mail keeps them under a placeholder name that
-- the civil servant sees and corrects at the next edit.
insert into collegevoorstel_ambtenaar (collegevoorstel_id, volgorde, naam, telefoon, email)
select id, 0, coalesce(nullif(btrim(ambtenaar_naam), ''), '(naam onbekend)'), nullif(btrim(ambtenaar_telefoon), ''),
       nullif(btrim(ambtenaar_email), '')
from collegevoorstel
where coalesce(btrim(ambtenaar_naam), '') <> '' or coalesce(btrim(ambtenaar_telefoon), '') <> ''
   or coalesce(btrim(ambtenaar_email), '') <> '';

alter table collegevoorstel drop column ambtenaar_naam, drop column ambtenaar_telefoon, drop column ambtenaar_email;
