-- Module register (public, read-only): full-text search over the published besluiten and the adopted versions of
-- the Samenwerkingsafspraken, with PostgreSQL's 'dutch' configuration (Snowball stemmer and stop words, so that
-- "wijkoverleggen" finds "wijkoverleg").
--
-- Each text gets a stored generated tsvector next to it, so a search never parses text: it only joins the vectors
-- of one besluit (onderwerp, besluitpunten, sections) or one version (its articles) and matches the query. The
-- weights rank a hit in a title above one in a besluitpunt, and that above one in the body text. The vectors are
-- computed by PostgreSQL on every insert and update, whichever module writes the row; the entities do not map them
-- (ddl-auto=validate ignores columns it does not know). Adding a generated column rewrites the table without firing
-- row triggers, so the append-only and immutability triggers of these tables are not involved.

alter table collegevoorstel add column zoekvector tsvector generated always as (
    setweight(to_tsvector('dutch', onderwerp), 'A') || setweight(to_tsvector('simple', zaaknummer), 'A')) stored;

alter table besluitpunt add column zoekvector tsvector generated always as (
    setweight(to_tsvector('dutch', coalesce(besloten_tekst, tekst)), 'B')) stored;

alter table collegevoorstel_sectie add column zoekvector tsvector generated always as (
    setweight(to_tsvector('dutch', tekst), 'C')) stored;

alter table afspraken_artikel add column zoekvector tsvector generated always as (
    setweight(to_tsvector('dutch', kop), 'A') || setweight(to_tsvector('dutch', tekst), 'C')) stored;

-- Concatenates the vectors of the rows of one document (positions of later rows are shifted, as with ||).
create aggregate tsvector_agg(tsvector) (sfunc = tsvector_concat, stype = tsvector, initcond = '');

-- The published besluiten of a gemeente, newest first (the public list and the search filter on these columns).
create index besluit_gepubliceerd on besluit (gemeente_id, datum desc, id desc) where publicatiedatum is not null;
