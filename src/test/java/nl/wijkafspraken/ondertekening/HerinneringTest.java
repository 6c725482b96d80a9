package nl.wijkafspraken.ondertekening;

import static nl.wijkafspraken.support.AfsprakenGegevens.als;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.wijkafspraken.ondertekening.Ondertekeningsgegevens.Situatie;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.TestKlok;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reminders after five days and then weekly until the link expires, each exactly once: across runs of the job, with
 * the job started on two instances at once (ShedLock), and even when two runs get past the lock.
 */
@IntegratieTest
class HerinneringTest {

    private static final LocalDate START = LocalDate.of(2026, 6, 1);

    @Autowired
    Ondertekeningsgegevens og;
    @Autowired
    RondeService rondes;
    @Autowired
    OndertekeningService ondertekening;
    @Autowired
    OndertekeningHerinnering job;
    @Autowired
    Uitnodigingen uitnodigingen;
    @Autowired
    TestKlok klok;
    @Autowired
    JdbcTemplate jdbc;

    Situatie s;

    @BeforeEach
    void rondeOpEenJuni() {
        s = og.situatie();
        klok.op(START, () -> als(s.ambtenaar(), () -> rondes.start(s.afspraken().id(), null)));
    }

    private int herinneringen() {
        return (int) og.mails(s.id()).stream().filter(m -> m.onderwerp().startsWith("Herinnering")).count();
    }

    private void draaiOp(LocalDate dag) {
        klok.op(dag, job::herinner);
    }

    @Test
    void naVijfDagenEnDanWekelijksTotDeLinkVerloopt() {
        draaiOp(START.plusDays(4));
        assertThat(herinneringen()).isZero();

        draaiOp(START.plusDays(5));
        assertThat(herinneringen()).isEqualTo(3);
        draaiOp(START.plusDays(5));
        draaiOp(START.plusDays(6));
        assertThat(herinneringen()).as("a second run sends nothing again").isEqualTo(3);

        draaiOp(START.plusDays(12));
        assertThat(herinneringen()).isEqualTo(6);
        assertThat(jdbc.queryForObject("select count(*) from ondertekening_gebeurtenis g join ondertekenronde r "
                + "on r.id = g.ronde_id where r.gemeente_id = ? and g.soort = 'HERINNERD'", Integer.class, s.id()))
                .as("each reminder is an event of the round").isEqualTo(6);
        draaiOp(START.plusDays(19));
        assertThat(herinneringen()).as("the links expired on day 14").isEqualTo(6);
    }

    @Test
    void eenHerinneringBrengtEenNieuweLinkMeeEnDeEerdereBlijftWerken() {
        var eerste = og.token(s.id(), s.noor());
        draaiOp(START.plusDays(5));
        var herinnering = og.token(s.id(), s.noor());
        assertThat(herinnering).isNotEqualTo(eerste);

        klok.op(START.plusDays(6), () -> {
            assertThat(ondertekening.tekenpagina(eerste).naam()).isEqualTo("Noor Voorzitter");
            ondertekening.vraagCodeAan(herinnering);
            ondertekening.onderteken(herinnering, og.code(s.id(), s.noor()), "Noor", true, true,
                    new Herkomst("127.0.0.1", null));
        });
        draaiOp(START.plusDays(12));
        assertThat(og.mailsAan(s.id(), s.noor()).stream().filter(m -> m.onderwerp().startsWith("Herinnering")))
                .as("signed: no more reminders").hasSize(1);
    }

    @Test
    void tweeInstantiesTegelijkVersturenElkeHerinneringEenKeer() throws Exception {
        klok.op(START.plusDays(5), () -> {
            var start = new CountDownLatch(1);
            var pool = Executors.newFixedThreadPool(2);
            try {
                var runs = new ArrayList<Future<?>>();
                for (int i = 0; i < 2; i++) {
                    runs.add(pool.submit(() -> {
                        start.await();
                        job.herinner();
                        return null;
                    }));
                }
                start.countDown();
                for (var run : runs) {
                    run.get(60, TimeUnit.SECONDS);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                pool.shutdownNow();
            }
        });
        assertThat(herinneringen()).isEqualTo(3);
    }

    @Test
    void zelfsTweeRondesLangsHetSlotVersturenElkeHerinneringEenKeer() throws Exception {
        var ids = jdbc.queryForList("select u.id from ondertekening_uitnodiging u join ondertekenronde_partij p "
                + "on p.id = u.partij_id join ondertekenronde r on r.id = p.ronde_id where r.gemeente_id = ?",
                Long.class, s.id());
        var moment = klok.op(START.plusDays(5), () -> klok.instant());
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(4);
        try {
            var taken = new ArrayList<Future<Boolean>>();
            for (var id : ids) {
                for (int i = 0; i < 2; i++) {
                    taken.add(pool.submit(() -> {
                        start.await();
                        return uitnodigingen.herinnerIndienNodig(id, moment);
                    }));
                }
            }
            start.countDown();
            int verstuurd = 0;
            for (var taak : taken) {
                verstuurd += taak.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(verstuurd).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
        assertThat(herinneringen()).isEqualTo(3);
    }

    @Test
    void terwijlEenAndereInstantieHetSlotHeeftDoetDezeNiets() {
        jdbc.update("""
                insert into shedlock (name, lock_until, locked_at, locked_by)
                values ('ondertekening-herinnering', timezone('utc', now()) + interval '1 hour', timezone('utc', now()),
                        'andere-instantie')
                on conflict (name) do update set lock_until = excluded.lock_until, locked_by = excluded.locked_by""");
        try {
            draaiOp(START.plusDays(5));
            assertThat(herinneringen()).isZero();
        } finally {
            jdbc.update("update shedlock set lock_until = timezone('utc', now()) where name = 'ondertekening-herinnering'");
        }
        draaiOp(START.plusDays(5));
        assertThat(herinneringen()).isEqualTo(3);
    }
}
