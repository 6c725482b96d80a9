package nl.wijkafspraken.besluit;

/** A collegevoorstel as another module refers to it: enough to name and link it. */
public record Voorstelverwijzing(long id, String zaaknummer, String onderwerp, VoorstelStatus status) {
}
