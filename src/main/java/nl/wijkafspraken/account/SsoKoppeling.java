package nl.wijkafspraken.account;

import java.util.List;

/**
 * The SSO link of an account as the BEHEERDER sees it: the providers that can be linked ({@code registraties}, empty
 * when no provider is configured), the provider and subject it is linked to now (null when none; {@code
 * providerNaam} is the issuer itself when no configured registration has it any more), whether it is the
 * BEHEERDER's own account (never theirs to link) and whether this BEHEERDER may change it (only another BEHEERDER
 * in every gemeente of the account).
 */
public record SsoKoppeling(long accountId, long versie, String gebruikersnaam, List<SsoRegistratie> registraties,
        String providerNaam, String onderwerp, boolean eigen, boolean wijzigbaar) {

    public SsoKoppeling {
        registraties = List.copyOf(registraties);
    }

    public boolean gekoppeld() {
        return onderwerp != null;
    }

    /** Whether the account page shows the SSO part: a provider is configured, or an old link is still there. */
    public boolean zichtbaar() {
        return !registraties.isEmpty() || gekoppeld();
    }
}
