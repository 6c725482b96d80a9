/**
 * The college van burgemeester en wethouders of each gemeente, and its gemeentesecretaris: who sits in it, with which
 * portefeuilles, in which period. BEHEERDER and SECRETARIS maintain it; the other medewerkers read it. Other modules
 * refer to a {@link nl.wijkafspraken.bestuur.CollegelidInfo college member} by id: the besluit module to name the
 * portefeuillehouder of a collegevoorstel and the gemandateerde of a mandaat. A member is linked to the account of its
 * person by account id, through a {@link nl.wijkafspraken.bestuur.KoppelingService proposal} that a second person
 * confirms; the ondertekening module finds the signing wethouder through that link. One burgemeester at a time, and a
 * warning for one name in two seats at once ({@code Collegesamenstelling}). Publishes and consumes no events.
 */
package nl.wijkafspraken.bestuur;
