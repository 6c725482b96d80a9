package nl.wijkafspraken.besluit;

import java.util.List;

/**
 * A besluit with its voorstel and, per besluitpunt, the effect and what was done about it: the trace from the
 * decision to its results.
 */
public record BesluitOverzicht(Besluit besluit, Collegevoorstel voorstel, long vergaderingId, int agendanummer,
        List<Punt> punten, boolean magEffectenOpnieuwOpdragen) {

    /**
     * A besluitpunt as decided, its effect (or null), what the effect acts on in words (empty when it names nothing)
     * and the carried-out result (or null while outstanding).
     */
    public record Punt(int nummer, Besluitpunt besluitpunt, String gemandateerde, String effectdoel,
            UitgevoerdEffect uitgevoerd) {

        public boolean wachtOpUitvoering() {
            return besluitpunt.heeftUitTeVoerenEffect() && uitgevoerd == null;
        }
    }

    /**
     * A besluit on the publication form: with the onderwerp of its voorstel and whether that is openbaar (only then
     * does it get a publicatiedatum).
     */
    public record Publicatie(Besluit besluit, String onderwerp, boolean openbaar) {
    }

    /** Openbaar (Woo) but without a publicatiedatum: not in the public register until it gets one. */
    public boolean wachtOpPublicatie() {
        return voorstel.isOpenbaar() && besluit.getPublicatiedatum() == null;
    }

    public boolean heeftOpenstaandeEffecten() {
        return punten.stream().anyMatch(Punt::wachtOpUitvoering);
    }
}
