package nl.wijkafspraken.afspraken;

import java.util.Map;

/** A renewal meeting with its afspraken and the names of the wijkoverleggen, for its page. */
public record VerlengingWeergave(Afspraken afspraken, Verlenging verlenging, Map<Long, String> namen,
        Integer conceptnummer) {

    public String naam(Long wijkoverlegId) {
        return namen.getOrDefault(wijkoverlegId, "");
    }
}
