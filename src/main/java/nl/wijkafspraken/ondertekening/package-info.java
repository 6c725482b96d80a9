/**
 * Online ondertekening of the Samenwerkingsafspraken (issue 5): signing rounds for a vastgestelde version, for all
 * parties or for one wijkoverleg that joins later ({@link nl.wijkafspraken.ondertekening.RondeService}).
 * <ul>
 *   <li>Each wijkoverleg's tekenbevoegde bestuursleden get a personal e-mail invitation with a single-use link
 *   (256-bit random token, only its SHA-256 stored), valid 14 days, with reminders after 5 days and then weekly
 *   ({@link nl.wijkafspraken.ondertekening.OndertekeningHerinnering}, ShedLock). On the public signing page they read
 *   the exact text and its SHA-256, ask for a six-digit code by e-mail and sign or refuse with a reason
 *   ({@link nl.wijkafspraken.ondertekening.OndertekeningService}). The wijkoverleg's ondertekenregel (one or two)
 *   decides when it has signed. Afterwards the same link is their receipt
 *   ({@link nl.wijkafspraken.ondertekening.Ontvangstbewijs}), with the signed text to download; pages and mails
 *   name the gemeente and the civil servant to ask ({@link nl.wijkafspraken.ondertekening.Afzender}).</li>
 *   <li>A wethouder signs for the gemeente while logged in, only with a valid mandaat on the day
 *   ({@link nl.wijkafspraken.ondertekening.GemeenteOndertekening}), and only after confirming with a passkey or a
 *   TOTP code minutes before (the step-up of module tweedefactor); the evidence records how and when.</li>
 *   <li>Every signature and refusal is kept as append-only evidence (tables {@code handtekening} and
 *   {@code ondertekening_weigering}, guarded by a database trigger). The typed name must be the registered one
 *   (ignoring case, accents and spacing) or the signer confirms another spelling ({@code Naamcontrole}); the evidence
 *   keeps both names, that confirmation and the exact consent text with its version ({@code Toestemming}).</li>
 *   <li>An invitation is bound to the address it was sent to: when the wijkoverleg module reports
 *   {@link nl.wijkafspraken.wijkoverleg.BestuurslidAdresGewijzigd}, {@code Adreswijziging} voids the open invitations
 *   to the old address in the same transaction (status VERVALLEN, shown on the round page); the civil servant can
 *   invite anew.</li>
 *   <li>The events of a round (invited, re-invited, reminded, link opened, code sent, code accepted, signed, refused,
 *   invitation voided) are kept in the append-only table {@code ondertekening_gebeurtenis} (V52) by
 *   {@code Gebeurtenissen}, in the transaction of what they describe; "opened" at most once a minute per invitation.
 *   {@code Bewijsopbouw} turns them into the evidence pages at the end of the sealed PDF, by name and function only:
 *   the e-mail and IP addresses recorded with them stay in the database.</li>
 * </ul>
 * All changes in a round happen under a row lock on the round, so concurrent and replayed requests give exactly one
 * signature each.
 *
 * <p>The to-dos of the signing flow for the start page come from
 * {@link nl.wijkafspraken.ondertekening.Ondertekentaken} (issue 15, part 4): the rounds waiting for the gemeente's
 * signature, for a wethouder with a valid mandaat; the running rounds with their progress and the links about to
 * expire, for the civil servant. Who must act next is told by e-mail after the commit ({@code Gemeentemelding}):
 * the college members with the mandaat on {@link nl.wijkafspraken.ondertekening.RondeGestart} and
 * {@link nl.wijkafspraken.ondertekening.BesturenOndertekend}, the civil servant who started the round on
 * {@link nl.wijkafspraken.ondertekening.RondeVoltooid}; the module publishes and consumes these three itself.
 *
 * <p>Publishes {@link nl.wijkafspraken.ondertekening.PartijOndertekend} and the afspraken module's
 * {@link nl.wijkafspraken.afspraken.OndertekeningVoltooid}, once per wijkoverleg and round, when the wijkoverleg and
 * the gemeente have both signed; {@link nl.wijkafspraken.ondertekening.OndertekeningService#handtekeningen} then
 * gives the signatures. Consumes its own {@code PartijOndertekend} to seal the afspraken with that party
 * ({@code Verzegeling}: PDF from the opmaak module, printing the document's own verification address, seal and
 * register from the zegel module, mailed to the signers). When the TSA does not answer, sealing fails and
 * {@link nl.wijkafspraken.ondertekening.VerzegelingHerhaling} delivers the event again every 10 minutes (ShedLock).
 * {@link nl.wijkafspraken.ondertekening.OndertekendePartijen} tells the public register who signed and which sealed
 * document belongs to a party. E-mail goes through the post module's outbox.
 */
package nl.wijkafspraken.ondertekening;
