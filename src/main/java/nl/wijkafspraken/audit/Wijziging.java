package nl.wijkafspraken.audit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Objects;

/**
 * The one way the audit trail records a change to personal or signing data (issue 13): two snapshots of the same
 * record type, before and after, and the fields that differ, each with its old and new value
 * ({@code email: "bea@wijk.example" → "piet@elders.example"}). A module describes what it keeps as a record once;
 * every form and service that changes it passes that record, so no change can leave the old value out of the trail
 * by forgetting to write it down. A null snapshot is "did not exist" (a new member) or "no longer exists".
 */
public final class Wijziging {

    static final String LEEG = "—";

    private Wijziging() {
    }

    /** The changed fields, in the order of the record's components, separated by "; "; empty when nothing changed. */
    public static String van(Record oud, Record nieuw) {
        if (oud == null && nieuw == null) {
            return "";
        }
        var type = (oud != null ? oud : nieuw).getClass();
        if (oud != null && nieuw != null && oud.getClass() != nieuw.getClass()) {
            throw new IllegalArgumentException("Twee verschillende soorten: " + oud.getClass() + ", "
                    + nieuw.getClass());
        }
        var verschillen = new ArrayList<String>();
        for (var veld : type.getRecordComponents()) {
            var voor = waarde(veld, oud);
            var na = waarde(veld, nieuw);
            if (!Objects.equals(voor, na)) {
                verschillen.add(veld.getName() + ": " + tekst(voor) + " → " + tekst(na));
            }
        }
        return String.join("; ", verschillen);
    }

    private static Object waarde(RecordComponent veld, Record record) {
        if (record == null) {
            return null;
        }
        try {
            var lezer = veld.getAccessor();
            lezer.setAccessible(true);
            return lezer.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Veld " + veld.getName() + " van " + record.getClass() + " onleesbaar", e);
        }
    }

    private static String tekst(Object waarde) {
        return switch (waarde) {
            case null -> LEEG;
            case Boolean b -> b ? "ja" : "nee";
            case CharSequence s -> "\"" + s + "\"";
            case Enum<?> e -> e.name();
            default -> waarde.toString();
        };
    }
}
