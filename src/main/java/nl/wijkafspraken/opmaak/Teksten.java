package nl.wijkafspraken.opmaak;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of the PDFs that only a screen reader speaks (alternative texts), from {@code messages.properties} like
 * all screen text. Read as a plain resource bundle (UTF-8, as Spring reads it), so that the module's unit tests need
 * no Spring context.
 */
final class Teksten {

    private static final ResourceBundle BERICHTEN =
            ResourceBundle.getBundle("messages", Locale.forLanguageTag("nl"),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private Teksten() {
    }

    static String tekst(String sleutel) {
        return BERICHTEN.getString(sleutel);
    }

    /** With arguments, formatted as Spring formats a message with arguments. */
    static String tekst(String sleutel, Object... argumenten) {
        return new MessageFormat(BERICHTEN.getString(sleutel), Locale.forLanguageTag("nl")).format(argumenten);
    }
}
