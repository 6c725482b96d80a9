-- What the effect of a besluitpunt acts on: the concept version of the afspraken it adopts (one id), or the
-- convenanten it withdraws (one or more ids). Plain ids in an array: the targets live in other modules' tables and
-- those modules check them when the point is saved and again when they carry the effect out. Points saved before
-- this migration name nothing; the application requires targets for new points of these two kinds.
alter table besluitpunt add column effect_doelen bigint[];
alter table besluitpunt add constraint effect_doelen_bij_soort check (
    effect_doelen is null or (effect in ('AFSPRAKEN_VASTSTELLEN', 'CONVENANTEN_INTREKKEN')
        and cardinality(effect_doelen) >= 1
        and (effect <> 'AFSPRAKEN_VASTSTELLEN' or cardinality(effect_doelen) = 1)));
