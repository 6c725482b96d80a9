package nl.wijkafspraken.mandaat;

/** Search in the mandaatregister: text in the scope or the gemandateerde's name; optionally only valid today. */
public record MandaatZoekopdracht(String tekst, boolean alleenGeldig) {
}
