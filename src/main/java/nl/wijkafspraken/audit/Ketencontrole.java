package nl.wijkafspraken.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.Rechten;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The verifier of the hash chains (README, "Evidence model"): walks each chain in order and recomputes every link
 * with the database's own {@code keten_hash} (the one definition of a row's canonical content, also used by the
 * insert trigger of migration V49), and names the first broken link: the table, the row and what is wrong. Also
 * compares the chain's head ({@code keten_kop}) with its last row, which reveals rows removed from the end.
 *
 * <p>The chains are installation-wide (one per table, all gemeenten in it). {@link #controleer()} reports everything
 * and is for the operator (the command {@code --ketencontrole}); {@link #voorBeheerder()} is the BEHEERDER's page:
 * the status of every chain (their evidence depends on all of it), the number of rows of their own gemeente, and
 * the broken row itself only when it belongs to their gemeente.
 */
@Service
@Transactional(readOnly = true)
public class Ketencontrole {

    static final String NUL_HASH = "0".repeat(64);

    /** A chained table; {@code rij} names a row for people, {@code gemeente} gives the gemeente it belongs to. */
    public enum Keten {
        AUDITTRAIL("audit_regel", "t.id::text", "t.gemeente_id"),
        HANDTEKENINGEN("handtekening", "t.id::text", "t.gemeente_id"),
        WEIGERINGEN("ondertekening_weigering", "t.id::text", """
                (select r.gemeente_id from ondertekenronde_partij p join ondertekenronde r on r.id = p.ronde_id
                  where p.id = t.partij_id)"""),
        VERZEGELDE_DOCUMENTEN("verzegeld_document", "t.id::text", "t.gemeente_id"),
        ONDERTEKENAARS("verzegeld_document_ondertekenaar", "t.document_id || '/' || t.volgnummer",
                "(select d.gemeente_id from verzegeld_document d where d.id = t.document_id)"),
        GEBEURTENISSEN("ondertekening_gebeurtenis", "t.id::text", "t.gemeente_id");

        private final String tabel;
        private final String rij;
        private final String gemeente;

        Keten(String tabel, String rij, String gemeente) {
            this.tabel = tabel;
            this.rij = rij;
            this.gemeente = gemeente;
        }

        public String tabel() {
            return tabel;
        }
    }

    /** What is wrong at the first broken link. */
    public enum Breuk {
        /** The row's content no longer gives its hash: changed after it was written. */
        INHOUD,
        /** The row does not point at the hash of the row before it: a row removed, inserted or re-chained. */
        SCHAKEL,
        /** A number is missing in the sequence: a row removed. */
        VOLGNUMMER,
        /** The head does not match the last row: rows removed from the end, or the head changed. */
        KOP
    }

    /**
     * The result for one chain. {@code rij} and {@code volgnummer} name the first broken link (null when intact or
     * when a BEHEERDER may not see it, see {@code elders}); {@code eigenRegels} counts the active gemeente's rows.
     */
    public record Uitkomst(Keten keten, long regels, Long eigenRegels, Breuk breuk, Long volgnummer, String rij,
            boolean elders) {

        public boolean intact() {
            return breuk == null;
        }
    }

    private final JdbcTemplate jdbc;
    private final Rechten rechten;

    Ketencontrole(DataSource dataSource, Rechten rechten) {
        // its own template: the rows stream through a cursor (read-only transaction) in batches, so a long audit
        // trail is never held in memory, without changing the fetch size of the application's shared template
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(1000);
        this.rechten = rechten;
    }

    /** Every chain, with the first broken link in full. For the operator's command; asks nobody who is logged in. */
    public List<Uitkomst> controleer() {
        return controleer(null);
    }

    /** Every chain as the BEHEERDER of the active gemeente may see it; others get 403. */
    public List<Uitkomst> voorBeheerder() {
        var gebruiker = rechten.vereis(Actie.HASHKETENS_CONTROLEREN);
        return controleer(gebruiker.gemeenteId());
    }

    private List<Uitkomst> controleer(Long gemeenteId) {
        var uitkomsten = new ArrayList<Uitkomst>();
        for (var keten : Keten.values()) {
            uitkomsten.add(controleer(keten, gemeenteId));
        }
        return uitkomsten;
    }

    private Uitkomst controleer(Keten keten, Long gemeenteId) {
        var loper = new Loper();
        jdbc.query("select t.keten_nr, " + keten.rij + " as rij, " + keten.gemeente + " as gemeente, t.vorige_hash, "
                + "t.hash, keten_hash(t.vorige_hash, to_jsonb(t)) as herberekend from " + keten.tabel + " t "
                + "order by t.keten_nr", rs -> {
                    loper.volgende(rs.getLong("keten_nr"), rs.getString("rij"), (Long) rs.getObject("gemeente"),
                            rs.getString("vorige_hash"), rs.getString("hash"), rs.getString("herberekend"), gemeenteId);
                });
        var kop = jdbc.query("select laatste_nr, laatste_hash from keten_kop where tabel = ?",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)}, keten.tabel);
        if (loper.breuk == null && (kop.isEmpty() || (long) kop.getFirst()[0] != loper.nr
                || !Objects.equals(kop.getFirst()[1], loper.hash))) {
            loper.breuk = Breuk.KOP;
            loper.breukNr = loper.nr;
        }
        boolean elders = loper.breuk != null && gemeenteId != null && !gemeenteId.equals(loper.breukGemeente);
        if (loper.breuk == Breuk.KOP && gemeenteId != null) {
            // the head is no row of anyone: say that the end of the chain is wrong, not which row
            elders = false;
            loper.breukRij = null;
        }
        return new Uitkomst(keten, loper.aantal, gemeenteId == null ? null : loper.eigen, loper.breuk,
                elders ? null : loper.breukNr, elders ? null : loper.breukRij, elders);
    }

    /** Walks one chain; remembers the first break only. */
    private static final class Loper {
        long aantal;
        long eigen;
        long nr;
        String hash = NUL_HASH;
        Breuk breuk;
        Long breukNr;
        String breukRij;
        Long breukGemeente;

        void volgende(long ketenNr, String rij, Long gemeente, String vorigeHash, String eigenHash,
                String herberekend, Long gevraagdeGemeente) {
            aantal++;
            if (gevraagdeGemeente != null && gevraagdeGemeente.equals(gemeente)) {
                eigen++;
            }
            if (breuk == null) {
                Breuk gevonden = null;
                if (ketenNr != nr + 1) {
                    gevonden = Breuk.VOLGNUMMER;
                } else if (!hash.equals(vorigeHash)) {
                    gevonden = Breuk.SCHAKEL;
                } else if (!eigenHash.equals(herberekend)) {
                    gevonden = Breuk.INHOUD;
                }
                if (gevonden != null) {
                    breuk = gevonden;
                    breukNr = ketenNr;
                    breukRij = rij;
                    breukGemeente = gemeente;
                }
            }
            nr = ketenNr;
            hash = eigenHash;
        }
    }
}
