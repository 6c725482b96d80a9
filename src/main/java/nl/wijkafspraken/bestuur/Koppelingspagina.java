package nl.wijkafspraken.bestuur;

import java.util.List;
import nl.wijkafspraken.account.AccountKeuze;

/**
 * What the BEHEERDER sees when proposing a link: the member, its current account (null: none), the open proposal
 * if there is one, and the accounts of the active gemeente to choose from (never another gemeente's).
 */
public record Koppelingspagina(CollegelidInfo collegelid, AccountKeuze huidigAccount, KoppelingRegel openVoorstel,
        List<AccountKeuze> keuzes) {

    public Koppelingspagina {
        keuzes = List.copyOf(keuzes);
    }
}
