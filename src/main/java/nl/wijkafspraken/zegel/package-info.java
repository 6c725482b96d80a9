/**
 * The seal on PDFs: {@link nl.wijkafspraken.zegel.ZegelService#verzegel} signs a PDF PAdES-style
 * ({@code ETSI.CAdES.detached}, SHA-256, a BouncyCastle CMS in OpenPDF's signature dictionary) with the
 * gemeente's certificate, so that any PDF reader can check that nothing changed since;
 * {@link nl.wijkafspraken.zegel.ZegelService#controleer} checks a PDF against our own certificate(s), for the public
 * verification page.
 *
 * <p>The certificate comes from a PKCS#12 keystore ({@code wijkafspraken.zegel.keystore}, {@code .wachtwoord},
 * {@code .alias}). Without one, a self-signed test certificate is generated once into
 * {@code wijkafspraken.zegel.map}/zegel.p12, with its random password in zegel.p12.wachtwoord beside it (both
 * readable by the owner only), but only where {@code wijkafspraken.zegel.zelfondertekend-toestaan} is true: by
 * default on the embedded database alone, so that a real installation that forgot its certificate refuses to start
 * instead of sealing with a key nobody trusts.
 *
 * <p><b>Trusted time</b> (PAdES B-T): with {@code wijkafspraken.zegel.tsa-url} set, every seal gets an RFC 3161
 * timestamp over its signature value as the unsigned attribute signature-time-stamp ({@code Tijdstempeldienst},
 * BouncyCastle TSP, optional HTTP Basic credentials). When the TSA does not answer, sealing fails with
 * {@link nl.wijkafspraken.zegel.TijdstempelMisluktException} and nothing is stored: the register is append-only, so a
 * seal without trusted time would stay weaker evidence for good; the caller tries again later. Without a TSA (the
 * demo) seals have no trusted time and the pages say so. The check ({@code Tijdstempelcontrole}) compares the token's
 * imprint with the SHA-256 of the signature value and verifies the token with the TSA certificate it carries; it does
 * not check the TSA against a trusted list.
 *
 * <p><b>Long-term validation</b> (PAdES B-LT): after sealing, {@code Validatiebron} fetches the OCSP answers and CRLs
 * that the certificates of seal and timestamp name, keeps those that hold, and {@code DssToevoeging} appends them with
 * the certificates as a Document Security Store (an incremental update after the seal). {@code Validatierevisie}
 * tells such an update from a later change; the register keeps the signed revision's SHA-256 beside the whole
 * file's ({@code revisie_sha256}). A self-signed certificate names no source, so demo seals have no DSS.
 *
 * <p>{@link nl.wijkafspraken.zegel.VerzegeldeDocumenten} is the register of sealed documents: it seals a PDF once
 * per gemeente and caller's key ({@code kenmerk}, e.g. {@code ronde/12/wijkoverleg/5}; a second call, also a
 * concurrent one, gets the stored document back), keeps the sealed PDF with its SHA-256 and a
 * {@link nl.wijkafspraken.zegel.Documentbeschrijving} (gemeente, title, version, party, signers' names, functions and
 * times), and writes an audit line. The tables are append-only: a database trigger refuses every change or removal.
 * The public page {@code /verifieren} (no login) checks an uploaded PDF or a SHA-256 against the register and the
 * seal, and serves a recognised document at {@code /verifieren/{sha256}.pdf}; it shows names and functions only.
 * Each document gets a random identifier before sealing ({@link nl.wijkafspraken.zegel.VerzegeldeDocumenten#nieuweIdentificatie});
 * its PDF prints {@code /verifieren/{identificatie}}, its own page. The SHA-256 of the signed text printed in the
 * document is a search key too, and a copy with an incremental update after the seal is recognised as the intact
 * sealed revision plus an addition.
 *
 * <p>Depends on {@code audit} (the audit line) and {@code gedeeld}. Publishes and consumes no events.
 */
package nl.wijkafspraken.zegel;
