-- SSO for civil servants (issue 12, part 4): an account can be linked to one identity at the gemeente's OpenID
-- Connect provider, by the provider's issuer and a stable subject claim of that person (never a name or e-mail
-- address, which the person or the provider may change). A BEHEERDER sets the link (account/SsoKoppelingService).
-- One identity per account and one account per identity: the pair is unique, and both are set or neither.
alter table account add column sso_issuer varchar(500);
alter table account add column sso_onderwerp varchar(255);
alter table account add constraint account_sso_volledig check ((sso_issuer is null) = (sso_onderwerp is null));
alter table account add constraint account_sso_uniek unique (sso_issuer, sso_onderwerp);
