package nl.wijkafspraken.ondertekening;

import nl.wijkafspraken.gedeeld.Takenlijst;

/** What the civil servant follows up: running rounds with their progress, and links that expire (or did) unused. */
public record Ambtenaartaken(Takenlijst<Rondevoortgang> lopend, Takenlijst<VerlopendeLink> verlopendeLinks) {
}
