package nl.wijkafspraken.register;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import nl.wijkafspraken.gedeeld.NietGevondenException;

/**
 * Page numbers and sizes as the public register accepts them: pages count from 0; a number below 0 or above
 * {@link #MAX_PAGINA}, or a size outside 1 to {@link #MAX_AANTAL}, is a bad request (400); a page after the last one
 * does not exist (404), except page 0 of an empty list.
 */
public final class Paginering {

    public static final int MAX_PAGINA = 10_000;
    public static final int MAX_AANTAL = 100;
    public static final int STANDAARD_AANTAL = 20;

    private Paginering() {
    }

    public static Pageable pagina(int pagina, int aantal) {
        if (pagina < 0 || pagina > MAX_PAGINA) {
            throw new OngeldigVerzoekException("register.pagina.ongeldig", MAX_PAGINA);
        }
        if (aantal < 1 || aantal > MAX_AANTAL) {
            throw new OngeldigVerzoekException("register.aantal.ongeldig", MAX_AANTAL);
        }
        return PageRequest.of(pagina, aantal);
    }

    /** The page, or 404 when it lies after the last one. */
    public static <T> Page<T> bestaand(Page<T> pagina) {
        if (pagina.getNumber() > 0 && pagina.getNumber() >= pagina.getTotalPages()) {
            throw new NietGevondenException("Pagina", pagina.getNumber());
        }
        return pagina;
    }
}
