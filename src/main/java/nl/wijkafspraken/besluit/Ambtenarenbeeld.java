package nl.wijkafspraken.besluit;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The behandelend ambtenaren of a voorstel as the audit trail compares them before and after a change
 * ({@link nl.wijkafspraken.audit.Wijziging}): one readable line for the list, in order, and the team, e.g.
 * {@code ambtenaren: "R. Jonkman (020 555 0142)" → "R. Jonkman (020 555 0142) / D. de Vries (d@gemeente.nl)"}.
 */
record Ambtenarenbeeld(String ambtenaren, String team) {

    static Ambtenarenbeeld van(Collegevoorstel voorstel) {
        var lijst = voorstel.getAmbtenaren().stream().map(Ambtenarenbeeld::regel).collect(Collectors.joining(" / "));
        return new Ambtenarenbeeld(lijst.isEmpty() ? null : lijst, voorstel.getTeam());
    }

    private static String regel(BehandelendAmbtenaar a) {
        var contact = Stream.of(a.telefoon(), a.email()).filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
        return a.naam() + (contact.isEmpty() ? "" : " (" + contact + ")");
    }
}
