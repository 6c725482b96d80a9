package nl.wijkafspraken.besluit;

/** How the college amended one besluitpunt: another text, or struck out. */
public record BesluitpuntWijziging(String tekst, boolean vervalt) {
}
