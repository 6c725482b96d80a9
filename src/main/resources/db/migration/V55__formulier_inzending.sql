-- Issue 14, part 4: exactly one record per submit. Each create form carries a one-time token; the first submit
-- inserts (gebruiker, token) in the same transaction as the record it creates and notes where it led. A second
-- submit of the same form (double click, replay, a retry after a lost answer) waits on this key until the first
-- commits and is then sent to the same page. The key includes the account, so a token is worth nothing to anyone
-- else: another user's submit with it makes their own row and learns nothing.
create table formulier_inzending (
    gebruiker  bigint        not null,
    token      varchar(64)   not null,
    aangemaakt timestamptz   not null,
    doel_url   varchar(2000),
    primary key (gebruiker, token)
);

-- For the hourly clean-up of tokens older than a day (web.InzendingOpruiming).
create index formulier_inzending_aangemaakt on formulier_inzending (aangemaakt);
