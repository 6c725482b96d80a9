package nl.wijkafspraken.ondertekening;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Records every {@link PartijOndertekend} that was committed, as the sealing module will receive it: so the tests
 * can count that each party is reported exactly once, also under concurrency. Part of the one shared test context.
 */
@Component
class PartijOndertekendOntvanger {

    private final List<PartijOndertekend> ontvangen = new CopyOnWriteArrayList<>();

    @TransactionalEventListener
    void bij(PartijOndertekend gebeurtenis) {
        ontvangen.add(gebeurtenis);
    }

    List<PartijOndertekend> voorRonde(long rondeId) {
        return ontvangen.stream().filter(g -> g.rondeId() == rondeId).toList();
    }
}
