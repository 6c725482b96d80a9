package nl.wijkafspraken.afspraken;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Afspraken as the public register shows them: status, term and renewals, the public versions (newest first) with
 * their text, and the parties with their signatures. Only public data: no concept version, no evaluation texts of
 * the renewal meetings (free text that may name people), no kenmerk of a signature, and a besluit only when it is
 * published.
 *
 * @param einddatum          the last day of the five-year term
 * @param volgendeVerlenging the date by which the next renewal is due, or null
 * @param stand              whether the term has started and how many current parties signed the version in force
 */
public record OpenbareAfsprakenWeergave(long id, String titel, AfsprakenStatus status, LocalDate ingangsdatum,
        LocalDate einddatum, LocalDate beeindigdOp, int aantalVerlengingen, LocalDate volgendeVerlenging,
        List<OpenbareVersie> versies, List<OpenbarePartij> partijen, List<Verlenging> verlengingen,
        Ondertekenstand stand) {

    /**
     * A renewal meeting at the gezamenlijk wijkoverleg: its date, outcome and the wijkoverleggen that attended.
     *
     * @param leiddeTotVersie the version the amendments agreed there became, once vastgesteld; else null
     */
    public record Verlenging(LocalDate datum, Uitkomst uitkomst, List<String> aanwezigen, Integer leiddeTotVersie) {

        public Verlenging {
            aanwezigen = List.copyOf(aanwezigen);
        }
    }

    public OpenbareAfsprakenWeergave {
        versies = List.copyOf(versies);
        partijen = List.copyOf(partijen);
        verlengingen = List.copyOf(verlengingen);
    }

    /** The version in force (vastgesteld), if any. */
    public Optional<OpenbareVersie> geldendeVersie() {
        return versies.stream().filter(OpenbareVersie::isGeldend).findFirst();
    }

    public Optional<OpenbareVersie> versie(int nummer) {
        return versies.stream().filter(v -> v.nummer() == nummer).findFirst();
    }
}
