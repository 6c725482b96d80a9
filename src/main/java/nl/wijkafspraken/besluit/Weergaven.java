package nl.wijkafspraken.besluit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.wijkafspraken.bestuur.CollegeService;
import nl.wijkafspraken.bestuur.CollegelidInfo;
import nl.wijkafspraken.gemeente.GemeenteInfo;
import nl.wijkafspraken.gemeente.GemeenteRegister;
import org.springframework.stereotype.Component;

/** Builds the read models of a voorstel and a besluitenlijst from the entities, inside the caller's transaction. */
@Component
class Weergaven {

    private final GemeenteRegister gemeenten;
    private final CollegeService college;
    private final BwVergaderingRepository vergaderingen;
    private final BesluitRepository besluiten;
    private final CollegevoorstelRepository voorstellen;

    Weergaven(GemeenteRegister gemeenten, CollegeService college, BwVergaderingRepository vergaderingen,
            BesluitRepository besluiten, CollegevoorstelRepository voorstellen) {
        this.gemeenten = gemeenten;
        this.college = college;
        this.vergaderingen = vergaderingen;
        this.besluiten = besluiten;
        this.voorstellen = voorstellen;
    }

    CollegevoorstelWeergave voorstel(Collegevoorstel v) {
        return voorstel(v, true);
    }

    /**
     * The voorstel as the public register shows it: the behandelend ambtenaren are personal data and not even read
     * (Woo art. 5.1 lid 2 sub e); the team stays.
     */
    CollegevoorstelWeergave openbaarVoorstel(Collegevoorstel v) {
        return voorstel(v, false);
    }

    private CollegevoorstelWeergave voorstel(Collegevoorstel v, boolean metAmbtenaren) {
        var portefeuillehouder = v.getPortefeuillehouderId() == null ? null
                : college.collegelid(v.getGemeenteId(), v.getPortefeuillehouderId())
                        .map(CollegelidInfo::titel).orElse(null);
        var punten = v.getBesluitpunten();
        var besluitpunten = IntStream.range(0, punten.size())
                .mapToObj(i -> new CollegevoorstelWeergave.BesluitpuntWeergave(i + 1, punten.get(i).getTekst(),
                        punten.get(i).getBeslotenTekst(), punten.get(i).isVervallen()))
                .toList();
        var secties = new ArrayList<CollegevoorstelWeergave.SectieWeergave>();
        v.getSecties().forEach((sectie, tekst) -> secties.add(
                new CollegevoorstelWeergave.SectieWeergave(sectie, sectie.kop(), sectie.ondertitel(), tekst)));
        return new CollegevoorstelWeergave(v.getId(), gemeenteNaam(v.getGemeenteId()), v.getZaaknummer(),
                v.isOpenbaar(), v.isNaarRaad(), v.getAfstemmingWijze(), v.getAfstemmingDatum(),
                metAmbtenaren ? v.getAmbtenaren() : List.of(), v.getTeam(),
                portefeuillehouder, v.getOnderwerp(), besluitpunten, secties,
                v.getBijlagen().stream().map(Bijlage::getTitel).toList(), v.getStatus(), behandeling(v));
    }

    /** The meeting and agendapunt that decided the voorstel for good; null while it is not decided. */
    private CollegevoorstelWeergave.Behandeling behandeling(Collegevoorstel v) {
        if (v.getStatus() != VoorstelStatus.BESLOTEN) {
            return null;
        }
        for (var vergadering : vergaderingen.metVoorstel(v.getGemeenteId(), v.getId())) {
            for (var punt : vergadering.getAgendapunten()) {
                if (punt.getCollegevoorstelId().equals(v.getId()) && punt.getUitkomst() == v.getUitkomst()) {
                    var identificatie = besluiten.findByCollegevoorstelId(v.getId())
                            .map(Besluit::getIdentificatie).orElse(null);
                    return new CollegevoorstelWeergave.Behandeling(vergadering.getDatum(), punt.getNummer(),
                            punt.getUitkomst(), identificatie);
                }
            }
        }
        return null;
    }

    BesluitenlijstWeergave besluitenlijst(BwVergadering vergadering) {
        var punten = vergadering.getAgendapunten().stream()
                .sorted(Comparator.comparingInt(Agendapunt::getNummer)).toList();
        Map<Long, Collegevoorstel> perId = voorstellen.findByGemeenteIdAndIdIn(vergadering.getGemeenteId(),
                punten.stream().map(Agendapunt::getCollegevoorstelId).toList()).stream()
                .collect(Collectors.toMap(Collegevoorstel::getId, Function.identity()));
        var portefeuillehouders = college.collegeleden(vergadering.getGemeenteId(), perId.values().stream()
                .map(Collegevoorstel::getPortefeuillehouderId).filter(Objects::nonNull).toList());
        Map<Long, Besluit> perAgendapunt = besluiten.findByAgendapuntIdIn(
                punten.stream().map(Agendapunt::getId).toList()).stream()
                .collect(Collectors.toMap(Besluit::getAgendapuntId, Function.identity()));
        List<BesluitenlijstWeergave.Regel> regels = punten.stream().map(p -> {
            var v = perId.get(p.getCollegevoorstelId());
            var houder = v.getPortefeuillehouderId() == null ? null
                    : portefeuillehouders.get(v.getPortefeuillehouderId());
            var besluit = perAgendapunt.get(p.getId());
            return new BesluitenlijstWeergave.Regel(p.getNummer(), v.getId(), v.getZaaknummer(), v.getOnderwerp(),
                    houder == null ? null : houder.titel(), v.isOpenbaar(), p.getUitkomst(),
                    besluit == null ? null : besluit.getId(), besluit == null ? null : besluit.getIdentificatie());
        }).toList();
        return new BesluitenlijstWeergave(vergadering.getId(), gemeenteNaam(vergadering.getGemeenteId()),
                vergadering.getDatum(), vergadering.isGesloten(), regels);
    }

    private String gemeenteNaam(long gemeenteId) {
        return gemeenten.gemeente(gemeenteId).map(GemeenteInfo::naam).orElse("");
    }
}
