package nl.wijkafspraken.besluit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One civil servant who wrote the voorstel and answers questions about it; a voorstel names one or more, in order
 * (the real Aalsmeer voorstellen name two at times). Name, phone and e-mail are personal data: they are shown to
 * the gemeente's own staff and in the internal PDF, never on the public side (Woo art. 5.1 lid 2 sub e). Empty
 * text is stored as null.
 */
@Embeddable
public record BehandelendAmbtenaar(
        @Column(name = "naam") String naam,
        @Column(name = "telefoon") String telefoon,
        @Column(name = "email") String email) {

    public static final int MAX_NAAM = 150;
    public static final int MAX_EMAIL = 254;
    /** Digits, spaces, +, - and brackets: "020 555 0142", "+31 (0)6-48110590". */
    static final Pattern TELEFOON = Pattern.compile("[0-9 +()-]{6,30}");
    /**
     * As lenient as the form's former {@code @Email}: a local part without spaces or separators, an @ and a domain
     * of labels. An address that was accepted before is still accepted, so an old voorstel can always be saved.
     */
    static final Pattern EMAIL = Pattern.compile("[^\\s@,;:<>()\\[\\]\"\\\\]{1,64}@[\\p{L}\\p{N}]([\\p{L}\\p{N}-]*"
            + "[\\p{L}\\p{N}])?(\\.[\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)*");

    public BehandelendAmbtenaar {
        naam = leegIsNull(naam);
        telefoon = leegIsNull(telefoon);
        email = leegIsNull(email);
    }

    /** Nothing filled in: a row of the form that was added and left empty. */
    public boolean isLeeg() {
        return naam == null && telefoon == null && email == null;
    }

    /**
     * The rules one ambtenaar breaks, field name → message key, in the order of the form. The message keys take the
     * ambtenaar's number (1, 2, …) as {0} and a maximum length as {1}.
     */
    public Map<String, String> gebreken() {
        var gebreken = new LinkedHashMap<String, String>();
        if (naam == null) {
            gebreken.put("naam", "collegevoorstel.ambtenaar.naam.verplicht");
        } else if (naam.length() > MAX_NAAM) {
            gebreken.put("naam", "collegevoorstel.ambtenaar.naam.teLang");
        }
        if (telefoon != null && !TELEFOON.matcher(telefoon).matches()) {
            gebreken.put("telefoon", "collegevoorstel.ambtenaar.telefoon.ongeldig");
        }
        if (email != null && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            gebreken.put("email", "collegevoorstel.ambtenaar.email.ongeldig");
        }
        return gebreken;
    }

    /** The message arguments of {@link #gebreken()} for the ambtenaar at this place (0-based) in the list. */
    public static Object[] argumenten(int index, String veld) {
        return new Object[] {index + 1, "email".equals(veld) ? MAX_EMAIL : MAX_NAAM};
    }

    private static String leegIsNull(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }
}
