package nl.wijkafspraken.afspraken;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The term of the afspraken and its yearly renewals, all derived from the ingangsdatum; nothing here is stored.
 *
 * <p>Source: the collegevoorstel "Samenwerkingsafspraken Wijkoverleggen Aalsmeer" (Z26-021435), section Evaluatie:
 * "De samenwerkingsafspraken worden voor een periode van vijf jaar vastgesteld. In de afspraken is opgenomen dat deze
 * jaarlijks tijdens het gezamenlijke wijkoverleg worden verlengd".
 *
 * <p>The <b>einddatum</b> is the last day on which the afspraken are in force: ingangsdatum + 5 years − 1 day
 * (4 May 2026 → 3 May 2031). A period "of five years" that starts on 4 May covers five whole years and ends the day
 * before the fifth anniversary; taking the anniversary itself would make the term one day longer than five years
 * and overlap with a next term that starts on that anniversary. So "in force on d" is simply
 * ingangsdatum ≤ d ≤ einddatum, and "verlopen" is the day after the einddatum.
 *
 * <p>Years are counted from the ingangsdatum. A year that starts on 29 February ends on 28 February, so in a year
 * without 29 February the next year (the anniversary) starts on 1 March; the same rule gives the einddatum, so the
 * renewal schedule and the term never disagree.
 *
 * <p><b>Renewal</b>: the afspraken are renewed once a year, four times within the term (the fifth year ends with the
 * term). The renewal of year k is due on the k-th anniversary at the latest; a meeting from the start of year k on
 * (the previous anniversary, or the ingangsdatum) counts for it, so the yearly gezamenlijk wijkoverleg may be held
 * at any time of the year. A renewal held on its anniversary is in time; the day after, it is overdue.
 */
public record Looptijd(LocalDate ingangsdatum) {

    public static final int JAREN = 5;
    /** A renewal due within this many days is announced on the dashboard. */
    public static final int WAARSCHUWING_DAGEN = 60;

    /** The day on which year {@code jaren + 1} of the term begins; {@code verjaardag(0)} is the ingangsdatum. */
    public LocalDate verjaardag(int jaren) {
        var datum = ingangsdatum.plusYears(jaren);
        // plusYears turns 29 February into 28 February, which still belongs to the previous year of the term.
        return datum.getDayOfMonth() == ingangsdatum.getDayOfMonth() ? datum : datum.plusDays(1);
    }

    public LocalDate einddatum() {
        return verjaardag(JAREN).minusDays(1);
    }

    public boolean isVerlopenOp(LocalDate datum) {
        return datum.isAfter(einddatum());
    }

    /** The date by which the next renewal must be held, after {@code aantalVerlengd} renewals; empty after the last. */
    public Optional<LocalDate> volgendeVerlenging(int aantalVerlengd) {
        return aantalVerlengd < JAREN - 1 ? Optional.of(verjaardag(aantalVerlengd + 1)) : Optional.empty();
    }

    /** The first day on which the next renewal may be held: the start of the year it belongs to. */
    public LocalDate vroegsteVolgendeVerlenging(int aantalVerlengd) {
        return verjaardag(aantalVerlengd);
    }

    public Verlengingssignaal signaal(LocalDate vandaag, int aantalVerlengd) {
        var uiterlijk = volgendeVerlenging(aantalVerlengd);
        if (uiterlijk.isEmpty() || isVerlopenOp(vandaag)) {
            return Verlengingssignaal.GEEN;
        }
        if (vandaag.isAfter(uiterlijk.get())) {
            return Verlengingssignaal.ACHTERSTALLIG;
        }
        return vandaag.isBefore(uiterlijk.get().minusDays(WAARSCHUWING_DAGEN)) ? Verlengingssignaal.GEEN
                : Verlengingssignaal.BINNENKORT;
    }

    /** Whether the end of the term is near (within the warning period) and not yet past. */
    public boolean eindigtBinnenkort(LocalDate vandaag) {
        return !isVerlopenOp(vandaag) && !vandaag.isBefore(einddatum().minusDays(WAARSCHUWING_DAGEN));
    }
}
