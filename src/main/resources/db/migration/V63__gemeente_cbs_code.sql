-- Woo active publication (issue 18): the publisher of every DiWoo entry is the gemeente as a TOOI organisation,
-- whose URI is built from the CBS gemeentecode (four digits, e.g. 0358 for Aalsmeer:
-- https://identifier.overheid.nl/tooi/id/gemeente/gm0358). Optional: a gemeente without one has no sitemap yet.
alter table gemeente add column cbs_code varchar(4) check (cbs_code ~ '^[0-9]{4}$');

-- The demo gemeenten, on a database where they exist already.
update gemeente set cbs_code = '0358' where code = 'aalsmeer';
update gemeente set cbs_code = '0362' where code = 'amstelveen';
