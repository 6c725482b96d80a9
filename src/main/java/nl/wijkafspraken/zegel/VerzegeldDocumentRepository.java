package nl.wijkafspraken.zegel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The register on PostgreSQL, in plain SQL: it only ever inserts (the tables are append-only) and needs
 * {@code on conflict do nothing} and an advisory lock, which JPA has no words for. Runs in the caller's transaction.
 */
@Repository
class VerzegeldDocumentRepository {

    private static final String KOLOMMEN = """
            select id, identificatie, gemeente_id, kenmerk, sha256, grootte, verzegeld_op, tijdstempel,
                tijdstempel_uitgever, gemeente_naam, titel, versie, partij, tekst_sha256
            from verzegeld_document""";

    private final JdbcClient jdbc;

    VerzegeldDocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Waits until no other transaction is sealing under this key, and holds the key until this transaction ends:
     * so two calls at once for the same key seal once, and the second then finds the first one's document.
     */
    void vergrendel(long gemeenteId, String kenmerk) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:sleutel, 0))")
                .param("sleutel", "verzegeld_document/" + gemeenteId + "/" + kenmerk)
                .query((RowCallbackHandler) rij -> { });
    }

    /**
     * Stores the document, or nothing when its kenmerk (or SHA-256) is already in the register.
     *
     * @return the new id, or empty when it was there already
     */
    Optional<Long> voegToe(long gemeenteId, String kenmerk, UUID identificatie, byte[] pdf, String sha256,
            String revisieSha256, Instant verzegeldOp, Tijdstempel tijdstempel, Documentbeschrijving beschrijving) {
        Optional<Long> id = jdbc.sql("""
                        insert into verzegeld_document (identificatie, gemeente_id, kenmerk, sha256, grootte,
                            verzegeld_op, tijdstempel, tijdstempel_uitgever, gemeente_naam, titel, versie, partij,
                            tekst_sha256, revisie_sha256)
                        values (:identificatie, :gemeente, :kenmerk, :sha256, :grootte, :verzegeldOp, :tijdstempel,
                            :uitgever, :gemeenteNaam, :titel, :versie, :partij, :tekstSha256, :revisieSha256)
                        on conflict do nothing
                        returning id""")
                .param("identificatie", identificatie)
                .param("gemeente", gemeenteId)
                .param("kenmerk", kenmerk)
                .param("sha256", sha256)
                .param("revisieSha256", revisieSha256)
                .param("grootte", pdf.length)
                .param("verzegeldOp", verzegeldOp.atOffset(ZoneOffset.UTC))
                .param("gemeenteNaam", beschrijving.gemeenteNaam())
                .param("titel", beschrijving.titel())
                .param("versie", beschrijving.versie())
                .param("partij", beschrijving.partij())
                .param("tekstSha256", beschrijving.tekstSha256())
                .param("tijdstempel", tijdstempel.geldig() ? tijdstempel.tijd().atOffset(ZoneOffset.UTC) : null)
                .param("uitgever", tijdstempel.geldig() ? tijdstempel.uitgever() : null)
                .query(Long.class).optional();
        id.ifPresent(nieuw -> {
            jdbc.sql("insert into verzegeld_document_inhoud (document_id, pdf) values (:id, :pdf)")
                    .param("id", nieuw).param("pdf", pdf).update();
            var ondertekenaars = beschrijving.ondertekenaars();
            for (int i = 0; i < ondertekenaars.size(); i++) {
                var ondertekenaar = ondertekenaars.get(i);
                jdbc.sql("""
                                insert into verzegeld_document_ondertekenaar (document_id, volgnummer, naam, functie,
                                    tijdstip)
                                values (:id, :volgnummer, :naam, :functie, :tijdstip)""")
                        .param("id", nieuw).param("volgnummer", i + 1).param("naam", ondertekenaar.naam())
                        .param("functie", ondertekenaar.functie())
                        .param("tijdstip", ondertekenaar.tijdstip().atOffset(ZoneOffset.UTC))
                        .update();
            }
        });
        return id;
    }

    Optional<VerzegeldDocument> opKenmerk(long gemeenteId, String kenmerk) {
        return jdbc.sql(KOLOMMEN + " where gemeente_id = :gemeente and kenmerk = :kenmerk")
                .param("gemeente", gemeenteId).param("kenmerk", kenmerk)
                .query(this::document).optional();
    }

    Optional<VerzegeldDocument> opSha256(String sha256) {
        return jdbc.sql(KOLOMMEN + " where sha256 = :sha256").param("sha256", sha256)
                .query(this::document).optional();
    }

    /**
     * The document whose signed revision has this SHA-256: one with validation data after it by its
     * {@code revisie_sha256}, an older one (the whole file is the signed revision) by its {@code sha256}.
     */
    Optional<VerzegeldDocument> opRevisieSha256(String sha256) {
        return jdbc.sql(KOLOMMEN + " where revisie_sha256 = :sha256 or (revisie_sha256 is null and sha256 = :sha256)")
                .param("sha256", sha256).query(this::document).optional();
    }

    Optional<VerzegeldDocument> opIdentificatie(UUID identificatie) {
        return jdbc.sql(KOLOMMEN + " where identificatie = :identificatie").param("identificatie", identificatie)
                .query(this::document).optional();
    }

    /** The documents that print this text hash, newest first; a few per version at most (one per party). */
    List<VerzegeldDocument> opTekstSha256(String tekstSha256) {
        return jdbc.sql(KOLOMMEN + " where tekst_sha256 = :sha256 order by verzegeld_op desc, id desc limit 100")
                .param("sha256", tekstSha256).query(this::document).list();
    }

    Optional<byte[]> pdf(long gemeenteId, long id) {
        return jdbc.sql("""
                        select i.pdf from verzegeld_document_inhoud i
                        join verzegeld_document d on d.id = i.document_id
                        where d.id = :id and d.gemeente_id = :gemeente""")
                .param("id", id).param("gemeente", gemeenteId)
                .query(byte[].class).optional();
    }

    private VerzegeldDocument document(ResultSet rij, int nummer) throws SQLException {
        long id = rij.getLong("id");
        var beschrijving = new Documentbeschrijving(rij.getString("gemeente_naam"), rij.getString("titel"),
                rij.getString("versie"), rij.getString("partij"), ondertekenaars(id), rij.getString("tekst_sha256"));
        var gestempeld = rij.getObject("tijdstempel", OffsetDateTime.class);
        var tijdstempel = gestempeld == null ? Tijdstempel.GEEN : new Tijdstempel(Tijdstempel.Status.GELDIG,
                gestempeld.toInstant(), rij.getString("tijdstempel_uitgever"));
        return new VerzegeldDocument(id, rij.getObject("identificatie", UUID.class), rij.getLong("gemeente_id"),
                rij.getString("kenmerk"), rij.getString("sha256"), rij.getInt("grootte"),
                rij.getObject("verzegeld_op", OffsetDateTime.class).toInstant(), tijdstempel, beschrijving);
    }

    private List<Documentbeschrijving.Ondertekenaar> ondertekenaars(long documentId) {
        return jdbc.sql("""
                        select naam, functie, tijdstip from verzegeld_document_ondertekenaar
                        where document_id = :id order by volgnummer""")
                .param("id", documentId)
                .query((rij, nummer) -> new Documentbeschrijving.Ondertekenaar(rij.getString("naam"),
                        rij.getString("functie"), rij.getObject("tijdstip", OffsetDateTime.class).toInstant()))
                .list();
    }
}
