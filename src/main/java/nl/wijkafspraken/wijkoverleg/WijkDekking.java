package nl.wijkafspraken.wijkoverleg;

import java.util.List;
import nl.wijkafspraken.gemeente.WijkInfo;

/** A wijk with the active wijkoverleggen covering it; an empty list means the wijk has none. */
public record WijkDekking(WijkInfo wijk, List<String> actieveWijkoverleggen) {

    public boolean heeftActiefWijkoverleg() {
        return !actieveWijkoverleggen.isEmpty();
    }
}
