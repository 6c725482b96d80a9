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
 * <p>{@link nl.wijkafspraken.zegel.VerzegeldeDocumenten} is the register of sealed documents: it seals a PDF once
 * per gemeente and caller's key ({@code kenmerk}, e.g. {@code ronde/12/wijkoverleg/5}; a second call, also a
 * concurrent one, gets the stored document back), keeps the sealed PDF with its SHA-256 and a
 * {@link nl.wijkafspraken.zegel.Documentbeschrijving} (gemeente, title, version, party, signers' names, functions and
 * times), and writes an audit line. The tables are append-only: a database trigger refuses every change or removal.
 * The public page {@code /verifieren} (no login) checks an uploaded PDF or a SHA-256 against the register and the
 * seal, and serves a recognised document at {@code /verifieren/{sha256}.pdf}; it shows names and functions only.
 *
 * <p>Depends on {@code audit} (the audit line) and {@code gedeeld}. Publishes and consumes no events.
 */
package nl.wijkafspraken.zegel;
