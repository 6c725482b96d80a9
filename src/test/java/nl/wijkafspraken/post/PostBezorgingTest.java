package nl.wijkafspraken.post;

import static nl.wijkafspraken.post.Testpost.ONDERWERP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivery over SMTP with GreenMail as a real SMTP server. GreenMail runs on a free port (not the fixed 3025:
 * other builds run on this machine at the same time) and {@link TestSmtp} points the shared context at it for the
 * duration of each test.
 */
@IntegratieTest
@ExtendWith(OutputCaptureExtension.class)
class PostBezorgingTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    PostService post;
    @Autowired
    TestSmtp smtp;
    @Autowired
    PostHerhaling herhaling;
    @Autowired
    Bezorging bezorging;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactie;
    @Autowired
    LoggingSystem loggingSystem;

    @BeforeEach
    void smtpAan() {
        smtp.gebruik(greenMail.getSmtp().getPort());
    }

    @AfterEach
    void smtpUit() {
        smtp.geen();
    }

    @Test
    void utf8OnderwerpTekstEnPdfBijlageKomenOngeschondenAan() throws Exception {
        var gemeente = gegevens.gemeente();
        var bericht = Testpost.uitnodiging(gemeente.id(), "token-abc");

        var id = post.verstuur(bericht);

        assertThat(greenMail.waitForIncomingEmail(10_000, 1)).isTrue();
        var mail = greenMail.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo(ONDERWERP);
        assertThat(mail.getAllRecipients()).extracting(Object::toString)
                .containsExactly("m.kortekaas@wijkoverleg-oost.example");
        assertThat(mail.getFrom()).extracting(Object::toString)
                .containsExactly("Wijkafspraken <noreply@wijkafspraken.example>");
        var delen = delen(mail);
        var tekst = delen.stream().filter(deel -> isType(deel, "text/plain")).findFirst().orElseThrow();
        assertThat(((String) tekst.getContent()).replace("\r\n", "\n")).isEqualTo(bericht.tekst());
        var bijlage = delen.stream().filter(deel -> Part.ATTACHMENT.equalsIgnoreCase(dispositie(deel)))
                .findFirst().orElseThrow();
        assertThat(bijlage.getFileName()).isEqualTo("Samenwerkingsafspraken Oost – versie 2.pdf");
        assertThat(isType(bijlage, "application/pdf")).isTrue();
        assertThat(bijlage.getInputStream().readAllBytes()).isEqualTo(bericht.bijlagen().getFirst().inhoud());

        await().atMost(Duration.ofSeconds(10)).until(() -> status(id) == Verzendstatus.VERZONDEN);
        // Delivered: text and attachment bytes are wiped, the one-time link no longer lives in the database.
        assertThat(jdbc.queryForObject("select tekst from uitgaand_bericht where id = ?", String.class, id)).isNull();
        assertThat(jdbc.queryForObject("select count(*) from uitgaand_bericht_bijlage where bericht_id = ? "
                + "and inhoud is null and naam = 'Samenwerkingsafspraken Oost – versie 2.pdf'", Integer.class, id))
                .isEqualTo(1);
    }

    @Test
    void eenTeruggedraaideTransactieVerstuurtNiets() {
        var gemeente = gegevens.gemeente();

        transactie.executeWithoutResult(status -> {
            post.verstuur(Testpost.bericht(gemeente.id(), "Teruggedraaid"));
            status.setRollbackOnly();
        });
        post.verstuur(Testpost.bericht(gemeente.id(), "Daarna wel verstuurd"));

        // Deliveries go out one by one in order: once the later one has arrived, the first would have too.
        assertThat(greenMail.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(greenMail.getReceivedMessages()).extracting(MimeMessage::getSubject)
                .containsExactly("Daarna wel verstuurd");
        assertThat(jdbc.queryForObject("select count(*) from uitgaand_bericht where gemeente_id = ?",
                Integer.class, gemeente.id())).isEqualTo(1);
        assertThat(jdbc.queryForList("select samenvatting from audit_regel where gemeente_id = ? and actie = ?",
                String.class, gemeente.id(), PostService.VERSTUURD)).noneMatch(s -> s.contains("Teruggedraaid"));
    }

    @Test
    void deTekstKomtNietInHetLogEnNietInDeAudittrail(CapturedOutput uitvoer) throws Exception {
        var gemeente = gegevens.gemeente();
        var geheim = "geheim-" + UUID.randomUUID();
        loggingSystem.setLogLevel("nl.wijkafspraken", LogLevel.DEBUG);
        try {
            var verzonden = post.verstuur(Testpost.uitnodiging(gemeente.id(), geheim));
            await().atMost(Duration.ofSeconds(10)).until(() -> status(verzonden) == Verzendstatus.VERZONDEN);
            smtp.geen();
            post.verstuur(Testpost.uitnodiging(gemeente.id(), geheim));
            smtp.gebruik(Testpost.geslotenPoort());
            var mislukt = post.verstuur(Testpost.uitnodiging(gemeente.id(), geheim));
            await().atMost(Duration.ofSeconds(10)).until(() -> status(mislukt) == Verzendstatus.MISLUKT);

            assertThat(uitvoer.getAll()).contains("E-mail " + verzonden + " verzonden",
                    "E-mail " + mislukt + " niet verzonden").doesNotContain(geheim, "482913");
        } finally {
            loggingSystem.setLogLevel("nl.wijkafspraken", null);
        }
        var audit = jdbc.queryForList("select samenvatting from audit_regel where gemeente_id = ? and actie = ?",
                String.class, gemeente.id(), PostService.VERSTUURD);
        assertThat(audit).hasSize(3)
                .allSatisfy(regel -> assertThat(regel)
                        .isEqualTo("Aan m.kortekaas@wijkoverleg-oost.example: " + ONDERWERP)
                        .doesNotContain(geheim));
    }

    @Test
    void eenMislukteBezorgingProbeertDeHerhalingLaterOpnieuw() throws Exception {
        var gemeente = gegevens.gemeente();
        smtp.gebruik(Testpost.geslotenPoort());
        var id = post.verstuur(Testpost.bericht(gemeente.id(), "Eerst mislukt"));
        await().atMost(Duration.ofSeconds(10)).until(() -> status(id) == Verzendstatus.MISLUKT);
        assertThat(jdbc.queryForObject("select fout from uitgaand_bericht where id = ?", String.class, id))
                .isNotBlank();

        smtp.gebruik(greenMail.getSmtp().getPort());
        herhaling.herhaal();
        assertThat(status(id)).as("too soon after the failure: waits an interval").isEqualTo(Verzendstatus.MISLUKT);

        eenPogingGeleden(id, 1);
        herhaling.herhaal();

        assertThat(status(id)).isEqualTo(Verzendstatus.VERZONDEN);
        assertThat(pogingen(id)).isEqualTo(2);
        assertThat(greenMail.getReceivedMessages()).extracting(MimeMessage::getSubject)
                .containsExactly("Eerst mislukt");
    }

    @Test
    void naHetLaatsteToegestanePogingWordtHetBerichtOpgegevenEnGewist() throws Exception {
        var gemeente = gegevens.gemeente();
        smtp.gebruik(Testpost.geslotenPoort());
        var id = post.verstuur(Testpost.bericht(gemeente.id(), "Blijft mislukken"));
        await().atMost(Duration.ofSeconds(10)).until(() -> status(id) == Verzendstatus.MISLUKT);
        eenPogingGeleden(id, 4);

        herhaling.herhaal();

        assertThat(status(id)).isEqualTo(Verzendstatus.OPGEGEVEN);
        assertThat(pogingen(id)).isEqualTo(5);
        assertThat(jdbc.queryForObject("select tekst from uitgaand_bericht where id = ?", String.class, id)).isNull();
        eenPogingGeleden(id, 5);
        herhaling.herhaal();
        assertThat(pogingen(id)).isEqualTo(5);
    }

    @Test
    void deHerhalingDraaitNietTerwijlEenAndereInstantieHaarSlotHeeft() throws Exception {
        var gemeente = gegevens.gemeente();
        smtp.gebruik(Testpost.geslotenPoort());
        var id = post.verstuur(Testpost.bericht(gemeente.id(), "Wacht op het slot"));
        await().atMost(Duration.ofSeconds(10)).until(() -> status(id) == Verzendstatus.MISLUKT);
        eenPogingGeleden(id, 1);
        smtp.gebruik(greenMail.getSmtp().getPort());

        jdbc.update("""
                insert into shedlock (name, lock_until, locked_at, locked_by)
                values ('post-herhaling', timezone('utc', now()) + interval '1 hour', timezone('utc', now()),
                        'andere-instantie')
                on conflict (name) do update set lock_until = excluded.lock_until, locked_by = excluded.locked_by""");
        try {
            herhaling.herhaal();
            assertThat(status(id)).isEqualTo(Verzendstatus.MISLUKT);
        } finally {
            jdbc.update("update shedlock set lock_until = timezone('utc', now()) where name = 'post-herhaling'");
        }
        herhaling.herhaal();
        assertThat(status(id)).isEqualTo(Verzendstatus.VERZONDEN);
    }

    @Test
    void eenBerichtDatIemandAndersAanHetBezorgenIsWordtOvergeslagen() throws Exception {
        var gemeente = gegevens.gemeente();
        smtp.gebruik(Testpost.geslotenPoort());
        var id = post.verstuur(Testpost.bericht(gemeente.id(), "Eén keer"));
        await().atMost(Duration.ofSeconds(10)).until(() -> status(id) == Verzendstatus.MISLUKT);
        smtp.gebruik(greenMail.getSmtp().getPort());

        // Another instance holds the row (it is sending it right now): this one skips it instead of sending twice.
        transactie.executeWithoutResult(status -> {
            jdbc.queryForList("select id from uitgaand_bericht where id = ? for update", id);
            assertThat(bezorging.bezorg(id)).isEmpty();
        });
        assertThat(bezorging.bezorg(id)).contains(Verzendstatus.VERZONDEN);
        assertThat(bezorging.bezorg(id)).isEmpty();
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    private Verzendstatus status(long id) {
        return Verzendstatus.valueOf(
                jdbc.queryForObject("select status from uitgaand_bericht where id = ?", String.class, id));
    }

    private int pogingen(long id) {
        return jdbc.queryForObject("select pogingen from uitgaand_bericht where id = ?", Integer.class, id);
    }

    /** As if the last attempt was two days ago, so the retry job takes the message again; with this many tries. */
    private void eenPogingGeleden(long id, int pogingen) {
        jdbc.update("update uitgaand_bericht set laatste_poging = now() - interval '2 days', pogingen = ? where id = ?",
                pogingen, id);
    }

    private static List<Part> delen(Part deel) throws Exception {
        var delen = new ArrayList<Part>();
        if (deel.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart kind = multipart.getBodyPart(i);
                delen.addAll(delen(kind));
            }
        } else {
            delen.add(deel);
        }
        return delen;
    }

    private static boolean isType(Part deel, String type) {
        try {
            return deel.isMimeType(type);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String dispositie(Part deel) {
        try {
            return deel.getDisposition();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
