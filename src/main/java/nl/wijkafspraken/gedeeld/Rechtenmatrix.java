package nl.wijkafspraken.gedeeld;

import static nl.wijkafspraken.gedeeld.Actie.*;
import static nl.wijkafspraken.gedeeld.Rol.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The role × action matrix, once, as data: which role may do which {@link Actie}, and how far
 * ({@link Bereik}). Everything not in it is refused. Rules about a single object beyond the wijkoverleg (nobody
 * changes their own roles, the four-eyes rules, the mandaat of a signer, another gemeente's object is "not found")
 * stay in the services that own the object. {@code src/docs/rechten.md} is generated from this table by
 * {@code RechtenDocumentatieTest}.
 */
public final class Rechtenmatrix {

    /** The civil servants of a gemeente: everyone but the board member of a wijkoverleg. */
    public static final Set<Rol> MEDEWERKERS = Collections.unmodifiableSet(
            EnumSet.of(BEHEERDER, AMBTENAAR, SECRETARIS, BESTUURDER));

    private static final Map<Actie, Map<Rol, Bereik>> MATRIX = new EnumMap<>(Actie.class);

    static {
        // wijkoverleg: the register; a board member reads and keeps the bestuur of its own wijkoverleg current
        rij(WIJKOVERLEGGEN_LEZEN, MEDEWERKERS, BESTUURSLID);
        rij(WIJKOVERLEGGEN_BEHEREN, EnumSet.of(AMBTENAAR, BEHEERDER));
        rij(BESTUUR_BIJWERKEN, EnumSet.of(AMBTENAAR, BEHEERDER), BESTUURSLID);
        rij(BESTUURSWIJZIGINGEN_BEOORDELEN, EnumSet.of(AMBTENAAR, BEHEERDER));
        rij(WIJKEN_LEZEN, MEDEWERKERS);
        rij(WIJKEN_BEHEREN, EnumSet.of(AMBTENAAR, BEHEERDER));
        // afspraken: a board member reads the vastgestelde versions of afspraken its wijkoverleg is party to
        rij(AFSPRAKEN_LEZEN, MEDEWERKERS, BESTUURSLID);
        rij(AFSPRAKEN_VOLGEN, MEDEWERKERS);
        rij(AFSPRAKEN_BEHEREN, EnumSet.of(AMBTENAAR, BEHEERDER));
        // convenant
        rij(CONVENANTEN_LEZEN, MEDEWERKERS);
        rij(CONVENANTEN_BEHEREN, EnumSet.of(AMBTENAAR, BEHEERDER));
        // besluit: the AMBTENAAR writes the voorstel, the SECRETARIS runs the meeting
        rij(BESLUITVORMING_LEZEN, MEDEWERKERS);
        rij(COLLEGEVOORSTELLEN_SCHRIJVEN, EnumSet.of(AMBTENAAR));
        rij(VERGADERINGEN_BEHEREN, EnumSet.of(SECRETARIS));
        rij(EFFECTEN_OPNIEUW_OPDRAGEN, EnumSet.of(SECRETARIS));
        // the publicatiedatum (Woo) and the verval of a besluit, set or corrected after the meeting
        rij(BESLUITEN_PUBLICEREN, EnumSet.of(SECRETARIS));
        rij(BESLUITVORMING_EXPORTEREN, EnumSet.of(SECRETARIS, AMBTENAAR));
        // bestuur: the college; links to accounts go through a second person (KoppelingService)
        rij(COLLEGE_LEZEN, MEDEWERKERS);
        rij(COLLEGE_BEHEREN, EnumSet.of(BEHEERDER, SECRETARIS));
        rij(KOPPELING_VOORSTELLEN, EnumSet.of(BEHEERDER));
        rij(KOPPELING_AFHANDELEN, EnumSet.of(BEHEERDER, SECRETARIS));
        // mandaat: granted only by a besluit, withdrawn by hand
        rij(MANDATEN_LEZEN, MEDEWERKERS);
        rij(MANDATEN_INTREKKEN, EnumSet.of(SECRETARIS, BEHEERDER));
        // ondertekening: the signer also needs a linked college member with a valid mandaat (GemeenteOndertekening)
        rij(RONDES_LEZEN, MEDEWERKERS);
        rij(RONDES_BEHEREN, EnumSet.of(AMBTENAAR, BEHEERDER));
        rij(NAMENS_GEMEENTE_TEKENEN, EnumSet.of(BESTUURDER));
        // account, audit, post: the functioneel beheerder
        rij(ACCOUNTS_BEHEREN, EnumSet.of(BEHEERDER));
        // The second pair of eyes on BEHEERDER and BESTUURDER may be the secretaris: a gemeente with a single BEHEERDER
        // could otherwise never appoint a wethouder or a second BEHEERDER (the same two roles confirm an account link).
        rij(ROLVERZOEKEN_AFHANDELEN, EnumSet.of(BEHEERDER, SECRETARIS));
        rij(AUDITTRAIL_LEZEN, EnumSet.of(BEHEERDER));
        rij(HASHKETENS_CONTROLEREN, EnumSet.of(BEHEERDER));
        rij(POST_LEZEN, EnumSet.of(BEHEERDER));

        var zonderRij = EnumSet.complementOf(EnumSet.copyOf(MATRIX.keySet()));
        if (!zonderRij.isEmpty()) {
            throw new IllegalStateException("Acties zonder rij in de rechtenmatrix: " + zonderRij);
        }
    }

    private Rechtenmatrix() {
    }

    /** Which roles may do the action, and how far; a role not in the map may not. */
    public static Map<Rol, Bereik> rij(Actie actie) {
        return MATRIX.get(actie);
    }

    /** How far the role may do the action; {@code null} when it may not. */
    public static Bereik bereik(Rol rol, Actie actie) {
        return MATRIX.get(actie).get(rol);
    }

    /** The roles that may do the action with this reach. */
    public static Set<Rol> rollen(Actie actie, Bereik bereik) {
        var rollen = EnumSet.noneOf(Rol.class);
        MATRIX.get(actie).forEach((rol, b) -> {
            if (b == bereik) {
                rollen.add(rol);
            }
        });
        return Collections.unmodifiableSet(rollen);
    }

    private static void rij(Actie actie, Set<Rol> inGemeente, Rol... eigenWijkoverleg) {
        if (MATRIX.containsKey(actie)) {
            throw new IllegalStateException("Dubbele rij in de rechtenmatrix: " + actie);
        }
        var rij = new EnumMap<Rol, Bereik>(Rol.class);
        inGemeente.forEach(rol -> rij.put(rol, Bereik.GEMEENTE));
        for (var rol : eigenWijkoverleg) {
            rij.put(rol, Bereik.EIGEN_WIJKOVERLEG);
        }
        MATRIX.put(actie, Collections.unmodifiableMap(rij));
    }
}
