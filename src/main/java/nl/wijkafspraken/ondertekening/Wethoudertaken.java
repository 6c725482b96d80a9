package nl.wijkafspraken.ondertekening;

import nl.wijkafspraken.gedeeld.Takenlijst;

/**
 * What a wethouder must sign: the running rounds that wait for the gemeente. {@code metMandaat} is false when the
 * logged-in BESTUURDER is no sitting college member with a valid signing mandaat today; then the list is empty and
 * the page says why.
 */
public record Wethoudertaken(boolean metMandaat, Takenlijst<Tekentaak> teTekenen) {
}
