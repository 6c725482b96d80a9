package nl.wijkafspraken.afspraken.web;

import java.util.List;
import nl.wijkafspraken.afspraken.Artikel;
import nl.wijkafspraken.opmaak.Opmaak;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The article texts as HTML, in the order of the articles, for the fragment {@code afspraken/fragmenten :: artikelen}:
 * the same Markdown as the collegevoorstel (lists, emphasis), escaped by {@link Opmaak}. Rendered here because the
 * templates run in restricted mode and may not call beans for unescaped text.
 */
@Component
class Artikelopmaak {

    static final String MODEL = "artikelHtml";

    private final Opmaak opmaak;

    Artikelopmaak(Opmaak opmaak) {
        this.opmaak = opmaak;
    }

    void voegToe(Model model, List<Artikel> artikelen) {
        model.addAttribute(MODEL, artikelen.stream().map(a -> opmaak.naarHtml(a.tekst())).toList());
    }
}
