package nl.wijkafspraken.afspraken;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.wijkafspraken.afspraken.ArtikelVergelijking.Wijziging;
import nl.wijkafspraken.afspraken.Fragment.Soort;

/**
 * Compares two versions article by article with java-diff-utils: first line by line, then, within a changed line,
 * word by word, so that a reader sees exactly which words went and came. The result is plain data (no HTML), which
 * the page renders with escaped text.
 */
final class Tekstvergelijker {

    /** Words, runs of white space, and single other characters (punctuation). */
    private static final Pattern WOORD = Pattern.compile("[\\p{L}\\p{N}]+|\\s+|[^\\s\\p{L}\\p{N}]");

    private Tekstvergelijker() {
    }

    static List<ArtikelVergelijking> vergelijk(List<Artikel> oud, List<Artikel> nieuw) {
        var oudePositie = new HashMap<UUID, Integer>();
        for (int i = 0; i < oud.size(); i++) {
            oudePositie.put(oud.get(i).sleutel(), i);
        }
        var nieuweSleutels = new HashSet<UUID>();
        nieuw.forEach(a -> nieuweSleutels.add(a.sleutel()));

        var resultaat = new ArrayList<ArtikelVergelijking>();
        int volgendeOude = 0;
        for (int j = 0; j < nieuw.size(); j++) {
            var artikel = nieuw.get(j);
            var i = oudePositie.get(artikel.sleutel());
            if (i == null) {
                resultaat.add(artikel(null, null, j + 1, artikel));
                continue;
            }
            // Articles that were removed keep their place: before the next article that stayed.
            for (; volgendeOude <= i; volgendeOude++) {
                vervallen(oud, volgendeOude, nieuweSleutels, resultaat);
            }
            resultaat.add(artikel(i + 1, oud.get(i), j + 1, artikel));
        }
        for (; volgendeOude < oud.size(); volgendeOude++) {
            vervallen(oud, volgendeOude, nieuweSleutels, resultaat);
        }
        return resultaat;
    }

    private static void vervallen(List<Artikel> oud, int i, java.util.Set<UUID> nieuweSleutels,
            List<ArtikelVergelijking> resultaat) {
        if (!nieuweSleutels.contains(oud.get(i).sleutel())) {
            resultaat.add(artikel(i + 1, oud.get(i), null, null));
        }
    }

    private static ArtikelVergelijking artikel(Integer nummerOud, Artikel oud, Integer nummerNieuw, Artikel nieuw) {
        var kop = woorden(oud == null ? null : oud.kop(), nieuw == null ? null : nieuw.kop());
        var tekst = regels(oud == null ? null : oud.tekst(), nieuw == null ? null : nieuw.tekst());
        Wijziging wijziging;
        if (oud == null) {
            wijziging = Wijziging.NIEUW;
        } else if (nieuw == null) {
            wijziging = Wijziging.VERVALLEN;
        } else {
            wijziging = oud.kop().equals(nieuw.kop()) && oud.tekst().equals(nieuw.tekst()) ? Wijziging.ONGEWIJZIGD
                    : Wijziging.GEWIJZIGD;
        }
        return new ArtikelVergelijking(nummerOud, nummerNieuw, wijziging, kop, tekst);
    }

    /** Line by line; a changed line is compared word by word with the line it replaces. */
    static List<Regelpaar> regels(String oud, String nieuw) {
        var a = regelsVan(oud);
        var b = regelsVan(nieuw);
        var rijen = new ArrayList<Regelpaar>();
        int i = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            for (; i < delta.getSource().getPosition(); i++) {
                rijen.add(woorden(a.get(i), a.get(i)));
            }
            var weg = delta.getSource().getLines();
            var bij = delta.getTarget().getLines();
            for (int k = 0; k < Math.max(weg.size(), bij.size()); k++) {
                rijen.add(woorden(k < weg.size() ? weg.get(k) : null, k < bij.size() ? bij.get(k) : null));
            }
            i += weg.size();
        }
        for (; i < a.size(); i++) {
            rijen.add(woorden(a.get(i), a.get(i)));
        }
        return rijen;
    }

    /** Word by word; a side that is null does not exist (a line or heading added or removed as a whole). */
    static Regelpaar woorden(String oud, String nieuw) {
        if (oud == null || nieuw == null) {
            return new Regelpaar(oud == null ? null : List.of(new Fragment(oud, Soort.VERWIJDERD)),
                    nieuw == null ? null : List.of(new Fragment(nieuw, Soort.TOEGEVOEGD)));
        }
        var a = woordenVan(oud);
        var b = woordenVan(nieuw);
        var links = new ArrayList<Fragment>();
        var rechts = new ArrayList<Fragment>();
        int i = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            for (; i < delta.getSource().getPosition(); i++) {
                voegToe(links, a.get(i), Soort.GELIJK);
                voegToe(rechts, a.get(i), Soort.GELIJK);
            }
            delta.getSource().getLines().forEach(w -> voegToe(links, w, Soort.VERWIJDERD));
            delta.getTarget().getLines().forEach(w -> voegToe(rechts, w, Soort.TOEGEVOEGD));
            i += delta.getSource().size();
        }
        for (; i < a.size(); i++) {
            voegToe(links, a.get(i), Soort.GELIJK);
            voegToe(rechts, a.get(i), Soort.GELIJK);
        }
        return new Regelpaar(opgeschoond(links), opgeschoond(rechts));
    }

    /** A lone space between two added (or two removed) words joins them: one change reads better than two. */
    private static List<Fragment> opgeschoond(List<Fragment> fragmenten) {
        var resultaat = new ArrayList<Fragment>();
        for (int i = 0; i < fragmenten.size(); i++) {
            var fragment = fragmenten.get(i);
            var soort = fragment.soort();
            if (soort == Soort.GELIJK && fragment.tekst().isBlank() && i > 0 && i < fragmenten.size() - 1
                    && fragmenten.get(i - 1).soort() != Soort.GELIJK
                    && fragmenten.get(i - 1).soort() == fragmenten.get(i + 1).soort()) {
                soort = fragmenten.get(i - 1).soort();
            }
            voegToe(resultaat, fragment.tekst(), soort);
        }
        return resultaat;
    }

    private static void voegToe(List<Fragment> fragmenten, String tekst, Soort soort) {
        if (!fragmenten.isEmpty() && fragmenten.getLast().soort() == soort) {
            var vorige = fragmenten.removeLast();
            fragmenten.add(new Fragment(vorige.tekst() + tekst, soort));
        } else {
            fragmenten.add(new Fragment(tekst, soort));
        }
    }

    private static List<String> regelsVan(String tekst) {
        return tekst == null ? List.of() : List.of(tekst.split("\n", -1));
    }

    private static List<String> woordenVan(String tekst) {
        return WOORD.matcher(tekst).results().map(java.util.regex.MatchResult::group).toList();
    }
}
