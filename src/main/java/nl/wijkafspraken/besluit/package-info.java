/**
 * Besluitvorming: collegevoorstellen (every fixed part of the gemeente's template, numbered besluitpunten with a
 * typed effect, Markdown sections, PDF bijlagen), B&amp;W-vergaderingen with their agenda and outcomes, and the
 * besluiten that follow (ZGW fields). Read models for documents: {@link nl.wijkafspraken.besluit.CollegevoorstelWeergave}
 * and {@link nl.wijkafspraken.besluit.BesluitenlijstWeergave}. A voorstel names one or more
 * {@link nl.wijkafspraken.besluit.BehandelendAmbtenaar}s in order (personal data: never in the public register, its
 * API or its PDF, which show the voorstel's team instead).
 *
 * <p>Publishes, when the college decides conform advies or gewijzigd, one {@link nl.wijkafspraken.besluit.EffectOpgedragen}
 * per besluitpunt with an effect ({@link nl.wijkafspraken.besluit.MandaatVerlenenOpgedragen},
 * {@link nl.wijkafspraken.besluit.AfsprakenVaststellenOpgedragen},
 * {@link nl.wijkafspraken.besluit.ConvenantenIntrekkenOpgedragen}). Consumes
 * {@link nl.wijkafspraken.besluit.EffectUitgevoerd}, which the carrying-out modules publish, and records it so the
 * besluit shows each result. A besluitpunt names what its effect acts on (the version to adopt, the convenanten to
 * withdraw) by id; the modules that own those targets offer them through the port
 * {@link nl.wijkafspraken.besluit.Effectdoelen}, which they implement. Depends on bestuur (portefeuillehouder,
 * gemandateerde) and gemeente; knows nothing of the modules that carry out its effects.
 *
 * <p>The voorstel's editor converts pasted Word or web text to Markdown and previews a section through module opmaak
 * ({@code web/SectieopmaakController}: {@link nl.wijkafspraken.opmaak.Plakken}, {@link nl.wijkafspraken.opmaak.Opmaak});
 * both keep no data.
 */
package nl.wijkafspraken.besluit;
