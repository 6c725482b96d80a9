-- The events of a signing round (V52) are evidence like the signatures and refusals: they join the hash chains
-- (V49) the same way, existing rows chained in id order. Whether an "opened" event was dropped by its once-a-minute
-- index (ON CONFLICT DO NOTHING) leaves no gap: the chain trigger takes its link from the table's last row.
alter table ondertekening_gebeurtenis add column keten_nr bigint, add column vorige_hash char(64),
    add column hash char(64);
select keten_opbouwen('ondertekening_gebeurtenis'::regclass, 'id');
alter table ondertekening_gebeurtenis alter column keten_nr set not null, alter column vorige_hash set not null,
    alter column hash set not null, add constraint ondertekening_gebeurtenis_keten_nr unique (keten_nr);
create trigger zz_keten before insert on ondertekening_gebeurtenis for each row execute function keten_schakel();
create trigger zz_keten_kop after insert on ondertekening_gebeurtenis for each row execute function keten_kop_bij();
