package nl.wijkafspraken.besluit.web;

import jakarta.validation.Valid;
import java.io.IOException;
import nl.wijkafspraken.besluit.BijlageService;
import nl.wijkafspraken.besluit.CollegevoorstelService;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.EenmaligeInzending;
import nl.wijkafspraken.gedeeld.GeenToegangException;
import nl.wijkafspraken.gedeeld.Melding;
import nl.wijkafspraken.gedeeld.NietGevondenException;
import nl.wijkafspraken.gedeeld.Rechten;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The bijlagen of a voorstel: add (title, optional PDF), download, remove after confirmation. */
@Controller
@RequestMapping("/collegevoorstellen/{voorstelId}/bijlagen")
class BijlageController {

    private final CollegevoorstelService voorstellen;
    private final BijlageService bijlagen;
    private final Rechten rechten;

    BijlageController(CollegevoorstelService voorstellen, BijlageService bijlagen, Rechten rechten) {
        this.voorstellen = voorstellen;
        this.bijlagen = bijlagen;
        this.rechten = rechten;
    }

    @GetMapping("/nieuw")
    String nieuw(@PathVariable long voorstelId, Model model) {
        var form = new BijlageFormData();
        form.setVersie(voorstellen.overzicht(voorstelId).voorstel().getVersie());
        model.addAttribute("form", form);
        return formulier(model, voorstelId);
    }

    @EenmaligeInzending
    @PostMapping("/nieuw")
    String voegToe(@PathVariable long voorstelId, @Valid @ModelAttribute("form") BijlageFormData form,
            BindingResult fouten, Model model, RedirectAttributes redirect) throws IOException {
        var bestand = form.getBestand();
        var metBestand = bestand != null && !bestand.isEmpty();
        if (metBestand && bestand.getSize() > bijlagen.maxGrootte().toBytes()) {
            // Refused before reading it into memory.
            fouten.rejectValue("bestand", "bijlage.bestand.teGroot", new Object[] {bijlagen.maxGrootte().toMegabytes()},
                    null);
        }
        if (!fouten.hasErrors()) {
            try {
                bijlagen.voegToe(voorstelId, form.getVersie(), form.getTitel(),
                        metBestand ? bestand.getOriginalFilename() : null, metBestand ? bestand.getBytes() : null);
                redirect.addFlashAttribute("melding", Melding.succes("bijlage.toegevoegd", form.getTitel().trim()));
                return "redirect:/collegevoorstellen/" + voorstelId + "#bijlagen";
            } catch (DomeinregelException e) {
                e.toonIn(fouten);
            } catch (OptimisticLockingFailureException e) {
                fouten.reject("conflict.formulier");
            }
        }
        return formulier(model, voorstelId);
    }

    /** Always as a download (never shown inline), under the cleaned ASCII name. */
    @GetMapping("/{bijlageId}")
    ResponseEntity<byte[]> download(@PathVariable long voorstelId, @PathVariable long bijlageId) {
        var bestand = bijlagen.bestand(voorstelId, bijlageId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(bestand.bestandsnaam()).build().toString())
                .body(bestand.inhoud());
    }

    @GetMapping("/{bijlageId}/verwijderen")
    String verwijderen(@PathVariable long voorstelId, @PathVariable long bijlageId, Model model) {
        var overzicht = voorstellen.overzicht(voorstelId);
        if (!overzicht.magWijzigen()) {
            throw new GeenToegangException();
        }
        var bijlage = overzicht.voorstel().getBijlagen().stream().filter(b -> b.getId() == bijlageId).findFirst()
                .orElseThrow(() -> new NietGevondenException("Bijlage", bijlageId));
        var form = new VersieFormData();
        form.setVersie(overzicht.voorstel().getVersie());
        model.addAttribute("form", form);
        model.addAttribute("overzicht", overzicht);
        model.addAttribute("bijlage", bijlage);
        return "collegevoorstel/bijlage-verwijderen";
    }

    @PostMapping("/{bijlageId}/verwijderen")
    String verwijder(@PathVariable long voorstelId, @PathVariable long bijlageId, VersieFormData form,
            RedirectAttributes redirect) {
        try {
            bijlagen.verwijder(voorstelId, form.getVersie(), bijlageId);
            redirect.addFlashAttribute("melding", Melding.succes("bijlage.verwijderd"));
        } catch (DomeinregelException e) {
            redirect.addFlashAttribute("melding", Melding.fout(e.getBerichtcode(), e.getArgumenten()));
        }
        return "redirect:/collegevoorstellen/" + voorstelId + "#bijlagen";
    }

    private String formulier(Model model, long voorstelId) {
        rechten.vereis(Actie.COLLEGEVOORSTELLEN_SCHRIJVEN);
        model.addAttribute("overzicht", voorstellen.overzicht(voorstelId));
        model.addAttribute("maxMb", bijlagen.maxGrootte().toMegabytes());
        return "collegevoorstel/bijlage";
    }
}
