package nl.wijkafspraken.account.web;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/** Small helpers shared by the account forms. */
final class Formulierhulp {

    private Formulierhulp() {
    }

    /** A checkbox group binds an empty value as null; the service gets only real choices. */
    static <T> Set<T> zonderLeeg(Collection<T> keuzes) {
        return keuzes == null ? Set.of() : keuzes.stream().filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /**
     * A form whose hidden version cannot be read was tampered with or is broken: shown as the conflict it amounts
     * to, above the form, since a hidden field has no place for its own message.
     */
    static boolean zonderFouten(BindingResult resultaat) {
        if (resultaat.hasFieldErrors("versie")) {
            resultaat.reject("conflict.formulier");
        }
        return !resultaat.hasErrors();
    }

    /** Shows a refusal of the service next to its field, or above the form when it belongs to no field of it. */
    static void toon(DomeinregelException fout, BindingResult resultaat) {
        var veld = fout.getVeld();
        if (veld != null && new BeanWrapperImpl(resultaat.getTarget()).isReadableProperty(veld)) {
            resultaat.rejectValue(veld, fout.getBerichtcode(), fout.getArgumenten(), null);
        } else {
            resultaat.reject(fout.getBerichtcode(), fout.getArgumenten(), null);
        }
    }
}
