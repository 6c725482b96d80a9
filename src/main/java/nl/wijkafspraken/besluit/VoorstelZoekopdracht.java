package nl.wijkafspraken.besluit;

/** Search in the collegevoorstellen of the active gemeente: text in zaaknummer or onderwerp, and status. */
public record VoorstelZoekopdracht(String tekst, VoorstelStatus status) {
}
