package nl.wijkafspraken.afspraken.web;

import jakarta.validation.Valid;
import nl.wijkafspraken.afspraken.VersieService;
import nl.wijkafspraken.afspraken.VersieWeergave;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.EenmaligeInzending;
import nl.wijkafspraken.gedeeld.GeenToegangException;
import nl.wijkafspraken.gedeeld.Melding;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A version and, while it is a concept, its data and its articles. */
@Controller
@RequestMapping("/afspraken/{id}/versies/{nummer}")
class VersieController {

    private final VersieService versies;
    private final Artikelopmaak artikelopmaak;

    VersieController(VersieService versies, Artikelopmaak artikelopmaak) {
        this.versies = versies;
        this.artikelopmaak = artikelopmaak;
    }

    @GetMapping
    String versie(@PathVariable long id, @PathVariable int nummer, Model model) {
        var weergave = versies.versie(id, nummer);
        model.addAttribute("weergave", weergave);
        artikelopmaak.voegToe(model, weergave.versie().getArtikelen());
        return "afspraken/versie";
    }

    @GetMapping("/wijzigen")
    String wijzigen(@PathVariable long id, @PathVariable int nummer, Model model) {
        var weergave = wijzigbaar(id, nummer);
        model.addAttribute("form", VersieFormData.van(weergave.versie()));
        model.addAttribute("weergave", weergave);
        return "afspraken/versie-gegevens";
    }

    @PostMapping("/wijzigen")
    String wijzig(@PathVariable long id, @PathVariable int nummer, @Valid @ModelAttribute("form") VersieFormData form,
            BindingResult fouten, Model model, RedirectAttributes redirect) {
        var weergave = wijzigbaar(id, nummer);
        if (!fouten.hasErrors()) {
            try {
                versies.wijzigGegevens(id, nummer, form.getVersie(), form.getZaaknummer(), form.getToelichting());
                redirect.addFlashAttribute("melding", Melding.succes("afspraken.versie.gewijzigd", nummer));
                return "redirect:/afspraken/" + id + "/versies/" + nummer;
            } catch (DomeinregelException e) {
                e.toonIn(fouten);
            } catch (OptimisticLockingFailureException e) {
                fouten.reject("conflict.formulier");
            }
        }
        model.addAttribute("weergave", weergave);
        return "afspraken/versie-gegevens";
    }

    @GetMapping("/artikelen/nieuw")
    String nieuwArtikel(@PathVariable long id, @PathVariable int nummer, Model model) {
        var weergave = wijzigbaar(id, nummer);
        var form = new ArtikelFormData();
        form.setVersie(weergave.versie().getVersie());
        model.addAttribute("form", form);
        return artikelformulier(model, weergave, null);
    }

    @EenmaligeInzending
    @PostMapping("/artikelen/nieuw")
    String voegArtikelToe(@PathVariable long id, @PathVariable int nummer,
            @Valid @ModelAttribute("form") ArtikelFormData form, BindingResult fouten, Model model,
            RedirectAttributes redirect) {
        var weergave = wijzigbaar(id, nummer);
        if (!fouten.hasErrors()) {
            try {
                var artikel = versies.voegArtikelToe(id, nummer, form.getVersie(), form.getKop(), form.getTekst());
                redirect.addFlashAttribute("melding", Melding.succes("afspraken.artikel.toegevoegd", artikel));
                return "redirect:/afspraken/" + id + "/versies/" + nummer + "#artikel-" + artikel;
            } catch (DomeinregelException e) {
                e.toonIn(fouten);
            } catch (OptimisticLockingFailureException e) {
                fouten.reject("conflict.formulier");
            }
        }
        return artikelformulier(model, weergave, null);
    }

    @GetMapping("/artikelen/{artikel}/wijzigen")
    String wijzigArtikelFormulier(@PathVariable long id, @PathVariable int nummer, @PathVariable int artikel,
            Model model) {
        var weergave = wijzigbaar(id, nummer);
        var huidig = versies.artikel(id, nummer, artikel);
        var form = new ArtikelFormData();
        form.setKop(huidig.kop());
        form.setTekst(huidig.tekst());
        form.setVersie(weergave.versie().getVersie());
        model.addAttribute("form", form);
        return artikelformulier(model, weergave, artikel);
    }

    @PostMapping("/artikelen/{artikel}/wijzigen")
    String wijzigArtikel(@PathVariable long id, @PathVariable int nummer, @PathVariable int artikel,
            @Valid @ModelAttribute("form") ArtikelFormData form, BindingResult fouten, Model model,
            RedirectAttributes redirect) {
        var weergave = wijzigbaar(id, nummer);
        if (!fouten.hasErrors()) {
            try {
                versies.wijzigArtikel(id, nummer, artikel, form.getVersie(), form.getKop(), form.getTekst());
                redirect.addFlashAttribute("melding", Melding.succes("afspraken.artikel.gewijzigd", artikel));
                return "redirect:/afspraken/" + id + "/versies/" + nummer + "#artikel-" + artikel;
            } catch (DomeinregelException e) {
                e.toonIn(fouten);
            } catch (OptimisticLockingFailureException e) {
                fouten.reject("conflict.formulier");
            }
        }
        return artikelformulier(model, weergave, artikel);
    }

    @PostMapping("/artikelen/{artikel}/verwijderen")
    String verwijderArtikel(@PathVariable long id, @PathVariable int nummer, @PathVariable int artikel,
            @RequestParam long versie, RedirectAttributes redirect) {
        return knop(id, nummer, redirect, "afspraken.artikel.verwijderd", artikel,
                () -> versies.verwijderArtikel(id, nummer, artikel, versie));
    }

    @PostMapping("/artikelen/{artikel}/omhoog")
    String omhoog(@PathVariable long id, @PathVariable int nummer, @PathVariable int artikel,
            @RequestParam long versie, RedirectAttributes redirect) {
        return knop(id, nummer, redirect, "afspraken.artikel.verplaatst", artikel,
                () -> versies.verplaatsArtikel(id, nummer, artikel, versie, true));
    }

    @PostMapping("/artikelen/{artikel}/omlaag")
    String omlaag(@PathVariable long id, @PathVariable int nummer, @PathVariable int artikel,
            @RequestParam long versie, RedirectAttributes redirect) {
        return knop(id, nummer, redirect, "afspraken.artikel.verplaatst", artikel,
                () -> versies.verplaatsArtikel(id, nummer, artikel, versie, false));
    }

    /** A button without a form of its own: the outcome, or why not, appears as a message on the version. */
    private static String knop(long id, int nummer, RedirectAttributes redirect, String succes, int artikel,
            Runnable actie) {
        try {
            actie.run();
            redirect.addFlashAttribute("melding", Melding.succes(succes, artikel));
        } catch (DomeinregelException e) {
            redirect.addFlashAttribute("melding", Melding.fout(e.getBerichtcode(), e.getArgumenten()));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("melding", Melding.fout("afspraken.conflict"));
        }
        return "redirect:/afspraken/" + id + "/versies/" + nummer;
    }

    private VersieWeergave wijzigbaar(long id, int nummer) {
        var weergave = versies.versie(id, nummer);
        if (!weergave.magWijzigen()) {
            throw new GeenToegangException();
        }
        return weergave;
    }

    private static String artikelformulier(Model model, VersieWeergave weergave, Integer artikel) {
        model.addAttribute("weergave", weergave);
        model.addAttribute("artikelnummer", artikel);
        return "afspraken/artikel";
    }
}
