package nl.wijkafspraken.besluit;

import java.util.Collection;
import java.util.List;

/**
 * What a besluitpunt's effect acts on, offered by the module that carries the effect out: the concept versions of
 * the afspraken that a point can adopt, the convenanten that a point can withdraw. The besluit module defines this
 * port and the owning modules implement it, so that the besluit knows its targets by id without depending on those
 * modules (they depend on the besluit for its events; the other direction would be a cycle).
 */
public interface Effectdoelen {

    /** The kind of effect whose targets this bean knows. */
    EffectSoort soort();

    /** The targets a besluitpunt of the gemeente can name now, for the form (e.g. only concept versions). */
    List<Effectdoel> keuzes(long gemeenteId);

    /**
     * A description of targets already named, also those no longer offered (a version adopted since, a
     * convenant withdrawn), in the order of the ids; unknown ids are left out.
     */
    List<Effectdoel> beschrijf(long gemeenteId, Collection<Long> ids);

    /** One target: its id and how a civil servant recognises it. */
    record Effectdoel(long id, String omschrijving) {
    }
}
