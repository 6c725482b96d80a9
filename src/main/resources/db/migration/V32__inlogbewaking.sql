-- Failed logins per user name, to slow down password guessing: after five failures in a row the name is blocked
-- for fifteen minutes. Keyed by the lower-cased name as typed, also when no such account exists, so that the
-- answer does not tell whether an account exists. A row goes when its login succeeds or after a day of quiet.
create table inlogbewaking (
    gebruikersnaam  varchar(254) primary key,
    mislukt         integer     not null check (mislukt >= 0),
    geblokkeerd_tot timestamptz,
    laatste_poging  timestamptz not null
);
create index inlogbewaking_laatste_poging on inlogbewaking (laatste_poging);
