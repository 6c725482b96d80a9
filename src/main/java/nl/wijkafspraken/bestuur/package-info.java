/**
 * The college van burgemeester en wethouders of each gemeente, and its gemeentesecretaris: who sits in it, with which
 * portefeuilles, in which period. BEHEERDER and SECRETARIS maintain it; the other medewerkers read it. Other modules
 * refer to a {@link nl.wijkafspraken.bestuur.CollegelidInfo college member} by id: the besluit module to name the
 * portefeuillehouder of a collegevoorstel and the gemandateerde of a mandaat. Publishes and consumes no events.
 */
package nl.wijkafspraken.bestuur;
