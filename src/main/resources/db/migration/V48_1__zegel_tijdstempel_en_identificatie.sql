-- Module zegel (issue 13, parts 5 and 6): a sealed document is verifiable on paper and carries a trusted time.
-- Numbered 48.1 so that it runs before the hash chains (V49): the identifier given to existing documents here is then
-- part of their first link, instead of changing the content of rows already chained.
-- ADD COLUMN rewrites the table without firing the append-only row triggers; existing documents get a random
-- identificatie here (their PDF prints the general verification address, which keeps working).

-- The document's own identifier, chosen before sealing so that its PDF can print /verifieren/{identificatie}.
alter table verzegeld_document add column identificatie uuid not null default gen_random_uuid();
alter table verzegeld_document alter column identificatie drop default;
alter table verzegeld_document add constraint verzegeld_document_identificatie_uniek unique (identificatie);

-- SHA-256 of the signed text as printed in the document ("Documentkenmerk"): a reader of the paper copy can look
-- it up. Several documents share it (one per party and round); null for documents that print none.
alter table verzegeld_document add column tekst_sha256 char(64) check (tekst_sha256 ~ '^[0-9a-f]{64}$');
create index verzegeld_document_tekst_sha256 on verzegeld_document (tekst_sha256) where tekst_sha256 is not null;

-- The trusted time of the seal (RFC 3161, PAdES B-T) and the TSA that vouches for it; null: sealed without a TSA.
alter table verzegeld_document add column tijdstempel timestamptz;
alter table verzegeld_document add column tijdstempel_uitgever varchar(500);
alter table verzegeld_document add constraint verzegeld_document_tijdstempel_volledig
    check ((tijdstempel is null) = (tijdstempel_uitgever is null));
