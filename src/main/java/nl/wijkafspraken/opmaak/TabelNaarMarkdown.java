package nl.wijkafspraken.opmaak;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * A table from the clipboard as a GitHub Markdown table, each cell in its row and column: a merged cell
 * ({@code colspan}, {@code rowspan}) fills its first place and leaves the others empty, paragraphs inside a cell are
 * joined with a space, the first row is the header (Word marks none), and a column of amounts is right-aligned.
 * Also turns tab-separated lines (Word and Excel put a table on the clipboard as text that way) into a table.
 */
final class TabelNaarMarkdown {

    private static final Pattern BEDRAG = Pattern.compile("^[-−–]?\\s*(€\\s*)?[-−–]?\\s*[0-9][0-9.,]*(\\s*%)?(\\s*e\\.v\\.)?$");

    private TabelNaarMarkdown() {
    }

    static String tabel(Element tabel) {
        List<List<String>> rijen = new ArrayList<>();
        Map<Integer, Integer> bezetTot = new HashMap<>();
        List<Element> trs = tabel.select("tr").stream().filter(tr -> tr.closest("table") == tabel).toList();
        for (int r = 0; r < trs.size(); r++) {
            List<String> rij = new ArrayList<>();
            int kolom = 0;
            for (Element cel : trs.get(r).children()) {
                if (!cel.nameIs("td") && !cel.nameIs("th")) {
                    continue;
                }
                while (bezetTot.getOrDefault(kolom, -1) >= r) {
                    rij.add("");
                    kolom++;
                }
                rij.add(cel(cel));
                int breed = Math.clamp(getal(cel.attr("colspan")), 1, 50);
                int hoog = Math.clamp(getal(cel.attr("rowspan")), 1, 500);
                for (int extra = 1; extra < breed; extra++) {
                    rij.add("");
                }
                for (int k = kolom; k < kolom + breed; k++) {
                    if (hoog > 1) {
                        bezetTot.put(k, r + hoog - 1);
                    }
                }
                kolom += breed;
            }
            while (bezetTot.getOrDefault(kolom, -1) >= r) {
                rij.add("");
                kolom++;
            }
            rijen.add(rij);
        }
        rijen.removeIf(rij -> rij.stream().allMatch(String::isEmpty));
        return markdown(rijen);
    }

    /** Blocks of at least two lines holding a tab become tables; the other lines stay as they are. */
    static String tabsAlsTabel(String tekst) {
        var uit = new StringBuilder();
        List<List<String>> blok = new ArrayList<>();
        List<String> blokregels = new ArrayList<>();
        for (String regel : tekst.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            if (regel.indexOf('\t') >= 0) {
                blok.add(new ArrayList<>(List.of(regel.split("\t", -1))).stream().map(String::strip)
                        .map(TabelNaarMarkdown::escapeTekst).toList());
                blokregels.add(regel);
                continue;
            }
            sluitBlok(blok, blokregels, uit);
            uit.append(regel).append('\n');
        }
        sluitBlok(blok, blokregels, uit);
        return uit.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    private static void sluitBlok(List<List<String>> blok, List<String> regels, StringBuilder uit) {
        if (blok.size() >= 2) {
            if (!uit.isEmpty() && !uit.toString().endsWith("\n\n")) {
                uit.append('\n');
            }
            uit.append(markdown(blok)).append("\n\n");
        } else {
            regels.forEach(regel -> uit.append(regel).append('\n'));
        }
        blok.clear();
        regels.clear();
    }

    private static String markdown(List<List<String>> rijen) {
        if (rijen.isEmpty()) {
            return "";
        }
        int kolommen = rijen.stream().mapToInt(List::size).max().orElse(0);
        while (kolommen > 1 && legeKolom(rijen, kolommen - 1)) {
            kolommen--;
        }
        var uit = new StringBuilder();
        for (int r = 0; r < rijen.size(); r++) {
            uit.append('|');
            for (int k = 0; k < kolommen; k++) {
                String cel = k < rijen.get(r).size() ? rijen.get(r).get(k) : "";
                uit.append(' ').append(cel).append(cel.isEmpty() ? "" : " ").append('|');
            }
            uit.append('\n');
            if (r == 0) {
                uit.append('|');
                for (int k = 0; k < kolommen; k++) {
                    uit.append(isBedragkolom(rijen, k) ? " ---: |" : " --- |");
                }
                uit.append('\n');
            }
        }
        return uit.toString().stripTrailing();
    }

    private static boolean legeKolom(List<List<String>> rijen, int kolom) {
        return rijen.stream().allMatch(rij -> kolom >= rij.size() || rij.get(kolom).isEmpty());
    }

    /** A column whose body cells (those with text) are all amounts, e.g. "€ 477.800" or "-12,5 %". */
    private static boolean isBedragkolom(List<List<String>> rijen, int kolom) {
        boolean bedrag = false;
        for (List<String> rij : rijen.subList(1, rijen.size())) {
            String cel = kolom < rij.size() ? rij.get(kolom).replace("*", "").strip() : "";
            if (cel.isEmpty()) {
                continue;
            }
            if (!BEDRAG.matcher(cel).matches()) {
                return false;
            }
            bedrag = true;
        }
        return bedrag;
    }

    private static String cel(Element cel) {
        return HtmlNaarMarkdown.inlineVan(cel).replace("\\\n", " ").replace("|", "\\|");
    }

    private static String escapeTekst(String tekst) {
        return tekst.replace("\\", "\\\\").replace("|", "\\|");
    }

    private static int getal(String tekst) {
        try {
            return tekst.isBlank() ? 1 : Integer.parseInt(tekst.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
