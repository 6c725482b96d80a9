package nl.wijkafspraken.wijkoverleg;

import java.time.LocalDate;
import java.util.List;

/**
 * Who may sign for a wijkoverleg on a date, and how many of them must (its ondertekenregel: one or two), as the
 * ondertekening module needs it to invite them. Holds personal data (e-mail): never for public pages.
 *
 * @param vereist         how many tekenbevoegde bestuursleden must sign
 * @param tekenbevoegden  the tekenbevoegde members of the bestuur on the date, voorzitter first
 */
public record Tekenbevoegdheid(long wijkoverlegId, String naam, WijkoverlegStatus status, int vereist,
        List<Tekenbevoegde> tekenbevoegden) {

    public Tekenbevoegdheid {
        tekenbevoegden = List.copyOf(tekenbevoegden);
    }

    /** A tekenbevoegd bestuurslid: the id of its current period in the bestuur, name, e-mail and functie. */
    public record Tekenbevoegde(long bestuurslidId, String naam, String email, Functie functie) {
    }

    /** Enough tekenbevoegden sit on the bestuur, and the wijkoverleg is not opgeheven. */
    public boolean kanOndertekenen() {
        return status != WijkoverlegStatus.OPGEHEVEN && tekenbevoegden.size() >= vereist;
    }

    static Tekenbevoegdheid van(Wijkoverleg wijkoverleg, LocalDate datum) {
        return new Tekenbevoegdheid(wijkoverleg.getId(), wijkoverleg.getNaam(), wijkoverleg.getStatus(),
                wijkoverleg.getAantalTekenbevoegden(), wijkoverleg.tekenbevoegdenOp(datum).stream()
                        .map(b -> new Tekenbevoegde(b.getId(), b.getNaam(), b.getEmail(), b.getFunctie())).toList());
    }
}
