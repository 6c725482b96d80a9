package nl.wijkafspraken.tweedefactor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import nl.wijkafspraken.account.AccountService;
import nl.wijkafspraken.account.Inlogprofiel;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.GeenToegangException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor of the logged-in user: enrol and remove TOTP and passkeys, make recovery codes, pass the second
 * factor after the password, and the step-up confirmation when the wethouder signs. Every method works on the
 * user's own account only (the name of the current authentication); nobody manages another's factors. Passing a
 * factor puts a {@link FactorGrantedAuthority} with the time on the current authentication; the web layer saves
 * the security context in the session ({@code web/Factorsessie}).
 */
@Service
@Transactional
public class TweedeFactorService {

    /** How recent a passkey or TOTP confirmation must be to sign for the gemeente. */
    static final Duration STAP_OMHOOG_GELDIG = Duration.ofMinutes(5);
    static final int AANTAL_HERSTELCODES = 10;
    static final String UITGEVER = "Wijkafspraken";

    private final AccountService accounts;
    private final Factorstatus status;
    private final TotpSleutelRepository totpSleutels;
    private final HerstelcodeRepository herstelcodes;
    private final UserCredentialRepository passkeys;
    private final Versleuteling versleuteling;
    private final Factorbewaking bewaking;
    private final Factorregistratie registratie;
    private final Demomodus demo;
    private final Clock clock;
    private final Totp totp;

    TweedeFactorService(AccountService accounts, Factorstatus status, TotpSleutelRepository totpSleutels,
            HerstelcodeRepository herstelcodes, UserCredentialRepository passkeys, Versleuteling versleuteling,
            Factorbewaking bewaking, Factorregistratie registratie, Demomodus demo, Clock clock) {
        this.accounts = accounts;
        this.status = status;
        this.totpSleutels = totpSleutels;
        this.herstelcodes = herstelcodes;
        this.passkeys = passkeys;
        this.versleuteling = versleuteling;
        this.bewaking = bewaking;
        this.registratie = registratie;
        this.demo = demo;
        this.clock = clock;
        this.totp = new Totp(clock);
    }

    /** The page "Beveiliging": the user's passkeys, TOTP and recovery codes. */
    @Transactional(readOnly = true)
    public Beveiligingsoverzicht overzicht() {
        var account = ik();
        var lijst = status.passkeys(account).stream()
                .sorted(Comparator.comparing(r -> r.getCreated() == null ? clock.instant() : r.getCreated()))
                .map(r -> new Beveiligingsoverzicht.Passkey(r.getCredentialId().toBase64UrlString(), r.getLabel(),
                        r.getCreated(), r.getLastUsed()))
                .toList();
        return new Beveiligingsoverzicht(lijst, status.heeftTotp(account), herstelcodes.aantalOngebruikt(
                account.accountId()), TweedeFactorBeleid.isVerplicht(account), demo.isDemoAccount(
                account.gebruikersnaam()));
    }

    /** A new TOTP secret to enrol: not stored until the user confirms it with a code. */
    @Transactional(readOnly = true)
    public TotpInstelling nieuweTotp() {
        var account = ik();
        if (status.heeftTotp(account)) {
            throw new DomeinregelException("tweedefactor.totp.alIngesteld");
        }
        var geheim = Totp.nieuwGeheim();
        return new TotpInstelling(geheim, Totp.uri(geheim, account.gebruikersnaam(), UITGEVER));
    }

    /**
     * Stores the secret once the user has shown a code of it; that code also passes the second factor for this
     * session (the user just proved to hold it).
     */
    public void bevestigTotp(String geheim, String code) {
        var account = ik();
        if (status.heeftTotp(account)) {
            throw new DomeinregelException("tweedefactor.totp.alIngesteld");
        }
        if (geheim == null || !geheim.matches("[A-Z2-7]{32}")) {
            throw DomeinregelException.voorVeld("code", "tweedefactor.totp.opnieuw");
        }
        var stap = totp.controleer(geheim, code, null);
        if (stap.isEmpty()) {
            throw DomeinregelException.voorVeld("code", "tweedefactor.code.onjuist");
        }
        totpSleutels.save(new TotpSleutel(account.accountId(), versleuteling.versleutel(geheim), stap.getAsLong(),
                clock.instant()));
        registratie.schrijf(account, Factorregistratie.INGESTELD, "Authenticator-app (TOTP) ingesteld");
        voegFactorToe(Factoren.TOTP);
    }

    public void verwijderTotp() {
        var account = ik();
        if (!status.heeftTotp(account)) {
            throw new DomeinregelException("tweedefactor.totp.nietIngesteld");
        }
        totpSleutels.deleteById(account.accountId());
        registratie.schrijf(account, Factorregistratie.VERWIJDERD, "Authenticator-app (TOTP) verwijderd");
        vergeetHerstelcodesZonderFactor(account);
    }

    /** Removes one of the user's own passkeys; an id of someone else's is as unknown as one that does not exist. */
    public void verwijderPasskey(String credentialId) {
        var account = ik();
        var record = status.passkeys(account).stream()
                .filter(r -> r.getCredentialId().toBase64UrlString().equals(credentialId)).findFirst()
                .orElseThrow(GeenToegangException::new);
        passkeys.delete(record.getCredentialId());
        registratie.schrijf(account, Factorregistratie.VERWIJDERD, "Passkey '" + record.getLabel() + "' verwijderd");
        vergeetHerstelcodesZonderFactor(account);
    }

    /** The label of one of the user's own passkeys, for the confirmation page. */
    @Transactional(readOnly = true)
    public String passkeyLabel(String credentialId) {
        return status.passkeys(ik()).stream().filter(r -> r.getCredentialId().toBase64UrlString().equals(credentialId))
                .findFirst().orElseThrow(GeenToegangException::new).getLabel();
    }

    /** Ten new recovery codes, shown once; the old ones stop working. Only with a second factor enrolled. */
    public List<String> nieuweHerstelcodes() {
        var account = ik();
        if (!status.heeftTweedeFactor(account)) {
            throw new DomeinregelException("tweedefactor.herstelcodes.eerstFactor");
        }
        herstelcodes.verwijderVan(account.accountId());
        var codes = List.of(new RecoveryCodeGenerator().generateCodes(AANTAL_HERSTELCODES));
        codes.forEach(code -> herstelcodes.save(new Herstelcode(account.accountId(), hash(code))));
        registratie.schrijf(account, Factorregistratie.HERSTELCODES_AANGEMAAKT,
                AANTAL_HERSTELCODES + " nieuwe herstelcodes aangemaakt");
        return codes;
    }

    /** The second step of the login with a code of the authenticator app; a failure is counted and audited. */
    @Transactional(noRollbackFor = DomeinregelException.class)
    public void controleerTotp(String code) {
        var account = ik();
        var sleutel = totpSleutels.findForUpdate(account.accountId())
                .orElseThrow(() -> new DomeinregelException("tweedefactor.totp.nietIngesteld"));
        vereisNietGeblokkeerd(account);
        var stap = totp.controleer(versleuteling.ontsleutel(sleutel.getGeheimVersleuteld()), code,
                sleutel.getLaatsteTijdstap());
        if (stap.isEmpty()) {
            mislukt(account, "Code van de authenticator-app onjuist of al gebruikt");
        }
        sleutel.gebruikt(stap.getAsLong());
        bewaking.gelukt(account.accountId());
        registratie.schrijf(account, Factorregistratie.GELUKT, "Tweede factor: authenticator-app");
        voegFactorToe(Factoren.TOTP);
    }

    /** The second step with a recovery code: each works once. Not for the step-up at signing. */
    @Transactional(noRollbackFor = DomeinregelException.class)
    public void gebruikHerstelcode(String code) {
        var account = ik();
        vereisNietGeblokkeerd(account);
        var schoon = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        var herstelcode = herstelcodes.ongebruikt(account.accountId(), hash(schoon));
        if (herstelcode.isEmpty()) {
            mislukt(account, "Herstelcode onjuist of al gebruikt");
        }
        herstelcode.get().gebruik(clock.instant());
        bewaking.gelukt(account.accountId());
        registratie.schrijf(account, Factorregistratie.HERSTELCODE_GEBRUIKT, "Herstelcode gebruikt (nog "
                + (herstelcodes.aantalOngebruikt(account.accountId()) - 1) + " over)");
        voegFactorToe(Factoren.HERSTELCODE);
    }

    /** A passkey confirmation (login or step-up) in the audit trail; Spring's WebAuthn filter did the checking. */
    public void passkeyGelukt(String gebruikersnaam) {
        accounts.inlogprofiel(gebruikersnaam).ifPresent(account -> {
            bewaking.gelukt(account.accountId());
            registratie.schrijf(account, Factorregistratie.GELUKT, "Tweede factor: passkey");
        });
    }

    public void passkeyMislukt(String gebruikersnaam) {
        accounts.inlogprofiel(gebruikersnaam).ifPresent(account -> registratie.schrijf(account,
                Factorregistratie.MISLUKT, "Passkey niet geaccepteerd"));
    }

    /** What the signing page needs to offer the step-up. */
    @Transactional(readOnly = true)
    public Ondertekenfactor ondertekenfactor() {
        var account = ik();
        return new Ondertekenfactor(!status.passkeys(account).isEmpty(), status.heeftTotp(account),
                verseBevestiging(huidige()).orElse(null), demo.isDemoAccount(account.gebruikersnaam()));
    }

    /**
     * The confirmation the signature records: a passkey or TOTP factor of the current login from the last
     * {@link #STAP_OMHOOG_GELDIG}; a recovery code does not count. A demo account in the demo without one signs
     * with "geen tweede factor (demo)". Otherwise refused: without a second factor enrolled, with a message that
     * links to enrolment.
     */
    @Transactional(readOnly = true)
    public Bevestiging bevestigingVoorOndertekenen() {
        var authentication = huidige();
        var vers = verseBevestiging(authentication);
        if (vers.isPresent()) {
            return vers.get();
        }
        var account = ik();
        if (demo.isDemoAccount(account.gebruikersnaam())) {
            return new Bevestiging(Bevestigingsmethode.GEEN_DEMO, clock.instant());
        }
        throw new DomeinregelException(status.heeftTweedeFactor(account) ? "tweedefactor.ondertekenen.bevestigen"
                : "tweedefactor.ondertekenen.geenFactor");
    }

    private Optional<Bevestiging> verseBevestiging(Authentication authentication) {
        var grens = clock.instant().minus(STAP_OMHOOG_GELDIG);
        return authentication.getAuthorities().stream()
                .filter(FactorGrantedAuthority.class::isInstance).map(FactorGrantedAuthority.class::cast)
                .filter(f -> f.getAuthority().equals(Factoren.PASSKEY) || f.getAuthority().equals(Factoren.TOTP))
                .filter(f -> !f.getIssuedAt().isBefore(grens) && !f.getIssuedAt().isAfter(clock.instant().plusSeconds(5)))
                .max(Comparator.comparing(FactorGrantedAuthority::getIssuedAt))
                .map(f -> new Bevestiging(f.getAuthority().equals(Factoren.PASSKEY) ? Bevestigingsmethode.PASSKEY
                        : Bevestigingsmethode.TOTP, f.getIssuedAt()));
    }

    private void vereisNietGeblokkeerd(Inlogprofiel account) {
        if (bewaking.isGeblokkeerd(account.accountId())) {
            throw DomeinregelException.voorVeld("code", "tweedefactor.geblokkeerd");
        }
    }

    private void mislukt(Inlogprofiel account, String tekst) {
        bewaking.telMislukt(account.accountId());
        registratie.schrijf(account, Factorregistratie.MISLUKT, tekst);
        throw DomeinregelException.voorVeld("code", "tweedefactor.code.onjuist");
    }

    /** Recovery codes belong to a second factor; with the last factor gone they go too. */
    private void vergeetHerstelcodesZonderFactor(Inlogprofiel account) {
        if (!status.heeftTweedeFactor(account)) {
            herstelcodes.verwijderVan(account.accountId());
        }
    }

    private void voegFactorToe(String factor) {
        var context = SecurityContextHolder.getContext();
        var nieuw = FactorGrantedAuthority.withAuthority(factor).issuedAt(clock.instant()).build();
        context.setAuthentication(context.getAuthentication().toBuilder().authorities(lijst -> {
            lijst.removeIf(a -> factor.equals(a.getAuthority()));
            lijst.add(nieuw);
        }).build());
    }

    private static Authentication huidige() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new GeenToegangException();
        }
        return authentication;
    }

    private Inlogprofiel ik() {
        return accounts.inlogprofiel(huidige().getName()).orElseThrow(GeenToegangException::new);
    }

    /** A recovery code holds 80 random bits: SHA-256 is enough, nobody can try them all. */
    static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("herstelcode:" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
