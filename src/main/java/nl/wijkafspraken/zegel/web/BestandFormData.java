package nl.wijkafspraken.zegel.web;

import org.springframework.web.multipart.MultipartFile;

/** The PDF a visitor uploads on the verification page. Only checked, never stored. */
public class BestandFormData {

    private MultipartFile bestand;

    public MultipartFile getBestand() {
        return bestand;
    }

    public void setBestand(MultipartFile bestand) {
        this.bestand = bestand;
    }
}
