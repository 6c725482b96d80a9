package nl.wijkafspraken.register;

/** An article of a version with its Markdown rendered as safe HTML ({@code opmaak.Opmaak}). */
public record Artikeltekst(int nummer, String kop, String html) {
}
