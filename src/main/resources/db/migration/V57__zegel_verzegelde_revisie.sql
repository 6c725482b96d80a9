-- Module zegel (issue 13, part 5): a seal is followed by its long-term validation data (PAdES B-LT, a Document
-- Security Store appended after the signed revision). The register keeps, next to the SHA-256 of the whole file,
-- that of the signed revision alone: a copy that someone later added something to (a comment in a PDF reader) still
-- has that revision, byte for byte, and is recognised by it.
-- Nullable and without a default: documents sealed before this have no validation data (their whole file is the
-- signed revision, so sha256 serves), and the hash chain of existing rows stays as it was (keten_hash strips nulls).
alter table verzegeld_document add column revisie_sha256 char(64) check (revisie_sha256 ~ '^[0-9a-f]{64}$');
create index verzegeld_document_revisie_sha256 on verzegeld_document (revisie_sha256)
    where revisie_sha256 is not null;
