package nl.wijkafspraken.ondertekening;

import static nl.wijkafspraken.support.AfsprakenGegevens.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.util.List;
import nl.wijkafspraken.ondertekening.Ondertekeningsgegevens.Mail;
import nl.wijkafspraken.ondertekening.Ondertekeningsgegevens.Situatie;
import nl.wijkafspraken.support.Ingelogd;
import nl.wijkafspraken.support.IntegratieTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Who is told to act (issue 15, part 4), by e-mail through the outbox, after the transaction that made it so: the
 * college member with the signing mandaat when a round starts and again when only the gemeente is missing; the civil
 * servant who started the round when it is complete, and when someone refuses. Nobody without the mandaat, and
 * nobody of another gemeente.
 */
@IntegratieTest
class GemeentemeldingTest {

    private static final Herkomst HERKOMST = new Herkomst("203.0.113.10", "Meldingtest");
    private static final String TEKENEN = "Uw handtekening namens de gemeente: ";
    private static final String LAATSTE = "Alleen uw handtekening ontbreekt nog: ";

    @Autowired
    Ondertekeningsgegevens og;
    @Autowired
    RondeService rondes;
    @Autowired
    OndertekeningService ondertekening;
    @Autowired
    MockMvcTester mvc;

    Situatie s;
    Ondertekeningsgegevens.Wethouder wethouder;

    @BeforeEach
    void situatie() {
        s = og.situatie();
        wethouder = og.wethouderMetMandaat(s.id());
    }

    private static String email(String login) {
        return login + "@test.example";
    }

    private List<Mail> mails(String aan, String onderwerp) {
        return og.mailsAan(s.id(), aan).stream().filter(m -> m.onderwerp().startsWith(onderwerp)).toList();
    }

    private List<Mail> wacht(String aan, String onderwerp) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !mails(aan, onderwerp).isEmpty());
        return mails(aan, onderwerp);
    }

    private void teken(String email) {
        var token = og.token(s.id(), email);
        ondertekening.vraagCodeAan(token);
        ondertekening.onderteken(token, og.code(s.id(), email), "Getypte naam", true, true, HERKOMST);
    }

    @Test
    void bijDeStartKrijgtAlleenDeWethouderMetMandaatEenMailMetDeTekenpagina() {
        var zonderMandaat = og.wethouder(s.id());
        var ander = og.situatie();
        var andereWethouder = og.wethouderMetMandaat(ander.id());

        var ronde = als(s.ambtenaar(), () -> rondes.start(s.afspraken().id(), null));

        var mail = wacht(email(wethouder.login()), TEKENEN);
        assertThat(mail).hasSize(1);
        assertThat(mail.getFirst().tekst()).contains("Beste " + wethouder.naam(),
                "De gemeente " + s.gemeente().naam() + " ondertekent via u",
                "/ondertekening/rondes/" + ronde + "/ondertekenen", "Samenwerkingsafspraken");
        // The listener wrote every mail of this event in one transaction: the others would be here by now.
        assertThat(og.mailsAan(s.id(), email(zonderMandaat.login()))).isEmpty();
        assertThat(og.mailsAan(s.id(), email(andereWethouder.login()))).isEmpty();
        assertThat(og.mailsAan(ander.id(), email(andereWethouder.login()))).isEmpty();
    }

    @Test
    void alsAlleBesturenTekendenHoortDeWethouderDatAlleenDeGemeenteOntbreekt() {
        als(s.ambtenaar(), () -> rondes.start(s.afspraken().id(), null));
        wacht(email(wethouder.login()), TEKENEN);

        teken(s.noor());
        teken(s.zara());
        assertThat(mails(email(wethouder.login()), LAATSTE)).isEmpty();
        teken(s.zeno());

        var mail = wacht(email(wethouder.login()), LAATSTE);
        assertThat(mail).hasSize(1);
        assertThat(mail.getFirst().tekst()).contains("Alle wijkoverleggen", "Alleen de handtekening van de gemeente");
    }

    @Test
    void deAmbtenaarHoortHetAlsDeRondeVoltooidIs() {
        var ronde = als(s.ambtenaar(), () -> rondes.start(s.afspraken().id(), s.noord()));
        assertThat(mvc.post().uri("/ondertekening/rondes/" + ronde + "/ondertekenen")
                .with(user(wethouder.login()).authorities(Ingelogd.metTweedeFactor())).with(csrf())
                .param("naam", wethouder.naam()).param("akkoord", "true")).hasStatus3xxRedirection();
        assertThat(og.mailsAan(s.id(), email(s.ambtenaar()))).noneMatch(m -> m.onderwerp().startsWith(
                "Ondertekenronde voltooid"));
        teken(s.noor());

        var mail = wacht(email(s.ambtenaar()), "Ondertekenronde voltooid: ");
        assertThat(mail).hasSize(1);
        assertThat(mail.getFirst().tekst()).contains("Alle partijen hebben de", "/ondertekening/rondes/" + ronde);
        // The board signed last: no "only your signature is missing" mail after the fact.
        assertThat(mails(email(wethouder.login()), LAATSTE)).isEmpty();
    }

    @Test
    void deAmbtenaarHoortHetAlsIemandWeigert() {
        als(s.ambtenaar(), () -> rondes.start(s.afspraken().id(), null));
        var token = og.token(s.id(), s.zara());
        ondertekening.vraagCodeAan(token);
        ondertekening.weiger(token, og.code(s.id(), s.zara()), "Wij willen eerst overleggen.", HERKOMST);

        var mail = mails(email(s.ambtenaar()), "Ondertekening geweigerd door Zara Voorzitter");
        assertThat(mail).hasSize(1);
        assertThat(mail.getFirst().tekst()).contains("Wij willen eerst overleggen.");
        assertThat(og.mailsAan(s.id(), email(s.ambtenaar()))).noneMatch(m -> m.onderwerp().startsWith(
                "Ondertekenronde voltooid"));
    }
}
