package nl.wijkafspraken.besluit;

/**
 * The college decided a besluitpunt with an effect (conform advies or gewijzigd): the module that owns the object
 * must now carry it out. One event per besluitpunt; it names the besluit and besluitpunt so the result can be
 * traced back. Listeners must be idempotent (a unique besluitpunt id in their own table), because the event
 * publication registry delivers again after a crash, and the secretary can hand out outstanding effects again.
 * When done, the listener publishes {@link EffectUitgevoerd}.
 *
 * <p>A new kind of effect adds a record here, a constant in {@link EffectSoort} and a case in the besluit module's
 * effect publisher. Until a module listens to a kind, its event is published to nobody, which is harmless: the
 * registry stores publications per listener only, and the besluit page shows the effect as not yet carried out.
 */
public sealed interface EffectOpgedragen
        permits AfsprakenVaststellenOpgedragen, ConvenantenIntrekkenOpgedragen, MandaatVerlenenOpgedragen {

    long gemeenteId();

    long besluitId();

    long besluitpuntId();

    /** The ZGW identificatie of the besluit, to show with the result. */
    String besluitIdentificatie();
}
