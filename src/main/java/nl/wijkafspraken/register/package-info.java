/**
 * The public register (public, read-only): what any resident, journalist or council member may read without logging
 * in, per gemeente under {@code /openbaar/{gemeente-code}}, and the same as open data under {@code /api/v1} (JSON,
 * OpenAPI description at {@code /v3/api-docs}, CSV of the wijkoverleg register).
 *
 * <p>It shows the wijkoverleggen (never their bestuur), the afspraken that have been vastgesteld with their versions,
 * comparison, renewals and signatures, the convenanten wijkbeheer of 2007 and their withdrawal, and the published
 * besluiten (Woo: Openbaarheid ja and from their publicatiedatum on; any other besluit is "not found", also by its
 * identificatie), with a full-text search over besluiten and afspraken. It reads only through the public read
 * classes of the modules ({@code OpenbaarRegister}, {@code OpenbareAfspraken}, {@code OpenbareConvenanten},
 * {@code OpenbareBesluiten}), which return nothing but public data; it writes nothing, publishes and consumes no
 * events.
 *
 * <p>Woo active publication (issue 18, {@link nl.wijkafspraken.register.SitemapService}): {@code /robots.txt}, a
 * sitemap index per gemeente and sitemaps whose entries carry DiWoo metadata, each validated against the DiWoo schema
 * shipped in {@code src/main/resources/woo}, for the national Woo-index. They list the same public documents as the
 * pages, read through {@code Besluitpublicaties} and {@code Afsprakenpublicaties} (one statement each).
 *
 * <p>The signatures so far are the dates of the afspraken module. Who signed (names and functions) and the sealed PDF
 * of the signed afspraken come from the ondertekening module once it exists: they are plugged in at
 * {@link nl.wijkafspraken.register.Ondertekeningsbewijs}, the only place that needs to change.
 */
package nl.wijkafspraken.register;
