-- Issue 13, part 4: a mandate is history, not state. The signature evidence keeps the mandate's validity period as
-- it was at signing, and the register can no longer be changed so that it contradicts a signature made under it.

-- The validity period of the mandate at the moment of signing (gemeente only): the first and the last day it was
-- valid then. einddatum null = open-ended; a withdrawal already on record counts as its end (the day before it).
alter table handtekening add column mandaat_ingangsdatum date;
alter table handtekening add column mandaat_einddatum date;
alter table handtekening add constraint handtekening_mandaat_periode
    check ((mandaat_id is null) = (mandaat_ingangsdatum is null));

-- Existing signatures: the register has never been allowed to move a mandate back before a signature made under it
-- without anyone noticing, so its current period is the best evidence of the period at signing. A period that the
-- register now ends before the signature (a backdated withdrawal, the attack this migration closes) is kept as it
-- is: the verifier of the hash chains does not judge content, the audit trail tells who withdrew it.
alter table handtekening disable trigger handtekening_geen_wijziging;
update handtekening h
   set mandaat_ingangsdatum = m.ingangsdatum,
       mandaat_einddatum = case
           when m.ingetrokken_per is null then m.einddatum
           when m.einddatum is null then m.ingetrokken_per - 1
           else least(m.einddatum, m.ingetrokken_per - 1) end
  from mandaat m
 where m.id = h.mandaat_id;
alter table handtekening enable trigger handtekening_geen_wijziging;

-- The day of a signature is the Dutch calendar day (the application's clock), not the UTC one.
create function handtekening_dag(tijdstip timestamptz) returns date language sql immutable as $$
    select (tijdstip at time zone 'Europe/Amsterdam')::date
$$;
create index handtekening_mandaat on handtekening (mandaat_id, tijdstip desc) where mandaat_id is not null;

-- A withdrawal or an end of a mandate must lie after the last day it was used to sign. The application refuses it
-- with a message naming the signature (MandaatService); this is the same rule for every other writer. Row lock:
-- a signature locks the mandate (below), so a withdrawal and a signature at the same moment are serialised.
create function mandaat_niet_terugdateren() returns trigger language plpgsql as $$
declare
    laatste date;
begin
    if new.ingetrokken_per is not distinct from old.ingetrokken_per
            and new.einddatum is not distinct from old.einddatum
            and new.ingangsdatum = old.ingangsdatum then
        return new;
    end if;
    select max(handtekening_dag(tijdstip)) into laatste
      from handtekening where mandaat_id = new.id;
    if laatste is not null and (new.ingetrokken_per <= laatste or new.einddatum < laatste) then
        raise exception 'mandaat % is gebruikt voor een handtekening op %: het kan niet eerder eindigen', new.id, laatste
            using errcode = 'check_violation';
    end if;
    if exists (select 1 from handtekening where mandaat_id = new.id and handtekening_dag(tijdstip) < new.ingangsdatum) then
        raise exception 'mandaat % is gebruikt voor een handtekening voor de nieuwe ingangsdatum', new.id
            using errcode = 'check_violation';
    end if;
    return new;
end;
$$;
create trigger mandaat_geschiedenis before update on mandaat
    for each row execute function mandaat_niet_terugdateren();

-- A signature under a mandate: the mandate must be valid on the day of signing, and its row is locked until the
-- signature commits, so that a withdrawal waits for it (and then sees it) instead of slipping in between.
create function handtekening_mandaat_geldig() returns trigger language plpgsql as $$
declare
    m mandaat%rowtype;
    dag date := handtekening_dag(new.tijdstip);
begin
    if new.mandaat_id is null then
        return new;
    end if;
    select * into m from mandaat where id = new.mandaat_id for share;
    if not found or dag < m.ingangsdatum or (m.einddatum is not null and dag > m.einddatum)
            or (m.ingetrokken_per is not null and dag >= m.ingetrokken_per) then
        raise exception 'mandaat % was op % niet geldig', new.mandaat_id, dag using errcode = 'check_violation';
    end if;
    return new;
end;
$$;
create trigger handtekening_mandaat before insert on handtekening
    for each row execute function handtekening_mandaat_geldig();
