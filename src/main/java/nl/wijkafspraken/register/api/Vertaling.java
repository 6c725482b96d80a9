package nl.wijkafspraken.register.api;

import java.util.function.Function;
import nl.wijkafspraken.afspraken.AfsprakenRegel;
import nl.wijkafspraken.afspraken.OpenbareVersie;
import nl.wijkafspraken.besluit.OpenbaarBesluitRegel;
import nl.wijkafspraken.gemeente.GemeenteInfo;
import nl.wijkafspraken.register.Afsprakenpagina;
import nl.wijkafspraken.register.Besluitpagina;
import nl.wijkafspraken.register.Convenantenpagina;
import nl.wijkafspraken.register.Versiepagina;
import nl.wijkafspraken.register.Zoekuitkomst;
import nl.wijkafspraken.wijkoverleg.OpenbaarWijkoverleg;
import org.springframework.data.domain.Page;

/** From the register's read model to the JSON of the open-data API ({@link Opendata}), with the links filled in. */
final class Vertaling {

    private Vertaling() {
    }

    static Opendata.GemeenteRegel gemeenteRegel(GemeenteInfo g) {
        return new Opendata.GemeenteRegel(g.code(), g.naam(), Adressen.gemeente(g.code()));
    }

    static Opendata.Gemeente gemeente(GemeenteInfo g) {
        var code = g.code();
        return new Opendata.Gemeente(code, g.naam(), Adressen.gemeente(code), "/openbaar/" + code,
                Adressen.wijkoverleggen(code), Adressen.wijkoverleggenCsv(code), Adressen.afspraken(code),
                Adressen.convenanten(code), Adressen.besluiten(code), Adressen.zoeken(code));
    }

    static Opendata.Wijkoverleg wijkoverleg(String code, OpenbaarWijkoverleg w) {
        return new Opendata.Wijkoverleg(w.id(), w.naam(), w.wijken(), w.status(), w.oprichtingsdatum(),
                w.opheffingsdatum(), w.contactadres(), Adressen.wijkoverleg(code, w.id()));
    }

    static Opendata.AfsprakenRegel afsprakenRegel(String code, AfsprakenRegel a) {
        return new Opendata.AfsprakenRegel(a.id(), a.titel(), a.status(), a.geldendeVersie(), a.ingangsdatum(),
                a.einddatum(), Adressen.afspraken(code, a.id()));
    }

    static Opendata.Afspraken afspraken(String code, Afsprakenpagina pagina) {
        var a = pagina.afspraken();
        var versies = a.versies().stream().map(v -> new Opendata.VersieRegel(v.nummer(), v.status(),
                v.ingangsdatum(), besluit(code, v.besluitIdentificatie()), Adressen.versie(code, a.id(), v.nummer())))
                .toList();
        var partijen = pagina.partijen().stream().map(p -> {
            var partij = p.partij();
            return new Opendata.Partij(partij.wijkoverlegId(), partij.naam(), partij.toegetredenOp(),
                    partij.uitgetreden(), partij.uitgetredenOp(), partij.ondertekeningen().stream()
                            .map(o -> new Opendata.Ondertekening(o.versie(), o.ondertekendOp())).toList(),
                    partij.geldendeVersieOndertekend(), p.ondertekenaars().stream()
                            .map(o -> new Opendata.Ondertekenaar(o.naam(), o.functie())).toList(),
                    p.verzegeldSha256() == null ? null : "/verifieren/" + p.verzegeldSha256() + ".pdf",
                    Adressen.wijkoverleg(code, partij.wijkoverlegId()));
        }).toList();
        var verlengingen = a.verlengingen().stream().map(v -> new Opendata.Verlenging(v.datum(), v.uitkomst(),
                v.aanwezigen(), v.leiddeTotVersie())).toList();
        var pdf = pagina.verzegeldePdf();
        var url = Adressen.afspraken(code, a.id());
        return new Opendata.Afspraken(a.id(), a.titel(), a.status(), a.ingangsdatum(), a.einddatum(),
                a.beeindigdOp(), a.aantalVerlengingen(), a.volgendeVerlenging(),
                a.geldendeVersie().map(OpenbareVersie::nummer).orElse(null), versies, partijen, verlengingen,
                pdf == null ? null : new Opendata.VerzegeldePdf(pdf.versie(), pdf.bestandsnaam(), pdf.grootte()),
                url, Adressen.pagina(url));
    }

    static Opendata.Versie versie(String code, Versiepagina pagina) {
        var v = pagina.versie();
        var url = Adressen.versie(code, pagina.afsprakenId(), v.nummer());
        return new Opendata.Versie(pagina.afsprakenId(), v.nummer(), v.status(), v.ingangsdatum(), v.gebaseerdOp(),
                besluit(code, v.besluitIdentificatie()), v.zaaknummer(), v.toelichting(), v.artikelen().stream()
                        .map(art -> new Opendata.Artikel(art.nummer(), art.kop(), art.tekst())).toList(),
                url, Adressen.afspraken(code, pagina.afsprakenId()), Adressen.pagina(url));
    }

    static Opendata.Convenant convenant(String code, Convenantenpagina.Regel regel) {
        var c = regel.convenant();
        var i = c.intrekking();
        Opendata.Intrekking intrekking = null;
        if (i != null) {
            var vervangend = i.vervangendeAfsprakenId() == null ? null : new Opendata.AfsprakenVerwijzing(
                    i.vervangendeAfsprakenId(), i.vervangendeAfspraken(), regel.vervangendeAfsprakenOpenbaar()
                            ? Adressen.afspraken(code, i.vervangendeAfsprakenId()) : null);
            intrekking = new Opendata.Intrekking(i.vervaldatum(), i.vervalreden(),
                    besluit(code, i.besluitIdentificatie()), regel.reden(), vervangend);
        }
        return new Opendata.Convenant(c.id(), c.titel(), c.partij(), c.wijkoverleg(), c.datumOndertekend(),
                c.isIngetrokken(), intrekking);
    }

    static Opendata.BesluitRegel besluitRegel(String code, OpenbaarBesluitRegel b) {
        return new Opendata.BesluitRegel(b.identificatie(), b.datum(), b.publicatiedatum(), b.zaaknummer(),
                b.onderwerp(), b.uitkomst(), Adressen.besluit(code, b.identificatie()),
                Adressen.besluitPdf(code, b.identificatie()));
    }

    static Opendata.Besluit besluit(String code, Besluitpagina pagina) {
        var b = pagina.besluit();
        var url = Adressen.besluit(code, b.identificatie());
        return new Opendata.Besluit(b.identificatie(), b.bestuursorgaan(), b.datum(), b.ingangsdatum(),
                b.vervaldatum(), b.vervalreden() == null ? null : b.vervalreden().zgwWaarde(), b.publicatiedatum(),
                b.zaaknummer(), b.onderwerp(), b.uitkomst(), b.naarRaad(), b.vergaderdatum(), b.agendanummer(),
                b.portefeuillehouder(), b.team(), b.besluitpunten().stream()
                        .map(p -> new Opendata.Besluitpunt(p.nummer(), p.tekst(), p.voorgesteldeTekst(), p.vervallen(),
                                p.uitgevoerd())).toList(),
                b.secties().stream().map(s -> new Opendata.Sectie(s.kop(), s.ondertitel(), s.markdown())).toList(),
                b.bijlagen(), url, Adressen.besluitPdf(code, b.identificatie()), Adressen.pagina(url));
    }

    static Opendata.Treffer treffer(String code, Zoekuitkomst.Treffer t) {
        var url = t.soort() == Zoekuitkomst.Soort.BESLUIT ? Adressen.besluit(code, t.besluit())
                : Adressen.versie(code, t.afsprakenId(), t.versie());
        return new Opendata.Treffer(t.soort(), t.titel(), t.titelHtml(), t.uittrekselHtml(), t.datum(), url,
                Adressen.pagina(url));
    }

    static <T, R> Opendata.Pagina<R> pagina(Page<T> pagina, Function<T, R> vertaal, String basis) {
        var scheiding = basis.contains("?") ? "&" : "?";
        var aantal = pagina.getSize();
        return new Opendata.Pagina<>(pagina.getContent().stream().map(vertaal).toList(), pagina.getNumber(), aantal,
                pagina.getTotalElements(), pagina.getTotalPages(),
                pagina.hasPrevious() ? basis + scheiding + "pagina=" + (pagina.getNumber() - 1) + "&aantal=" + aantal
                        : null,
                pagina.hasNext() ? basis + scheiding + "pagina=" + (pagina.getNumber() + 1) + "&aantal=" + aantal
                        : null);
    }

    private static Opendata.BesluitVerwijzing besluit(String code, String identificatie) {
        return identificatie == null ? null
                : new Opendata.BesluitVerwijzing(identificatie, Adressen.besluit(code, identificatie));
    }
}
