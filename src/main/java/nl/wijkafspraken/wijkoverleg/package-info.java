/**
 * The register of wijkoverleggen: which wijken each covers, its status (in oprichting, actief, opgeheven), its
 * public contact address, its bestuur with history (members join and leave, nothing is overwritten) and its
 * ondertekenregel (one or two tekenbevoegde bestuursleden sign). Also the wijken overview, which shows the wijken
 * without an active wijkoverleg.
 *
 * <p>Who can sign is under the gemeente's control (issue 13): a BESTUURSLID's change of a member's e-mail address or
 * tekenbevoegdheid, or a new tekenbevoegd member, is a {@link nl.wijkafspraken.wijkoverleg.Bestuurswijziging} that
 * waits for an AMBTENAAR or BEHEERDER who did not ask for it ({@link nl.wijkafspraken.wijkoverleg.BestuurswijzigingService});
 * the gemeente's own change is at once. Every change that takes effect goes through {@code Bestuursmutatie}: audit
 * line with old and new values ({@code audit.Wijziging} on a {@code Bestuurslidstand} snapshot), a mail to the old
 * address and the other tekenbevoegden when signing data changed ({@code Bestuurspost}), and
 * {@link nl.wijkafspraken.wijkoverleg.BestuurslidAdresGewijzigd}, published synchronously in the transaction of the
 * change (the ondertekening module voids open invitations to the old address). Consumes no events.
 *
 * <p>{@link nl.wijkafspraken.wijkoverleg.WijkoverlegExport} gives the register as rows for a CSV or Excel file (issue
 * 15, part 8), with each wijkoverleg's standing under the current afspraken through the port
 * {@link nl.wijkafspraken.wijkoverleg.Partijstanden}, which the afspraken module implements (it depends on this
 * module, not the other way round).
 */
package nl.wijkafspraken.wijkoverleg;
