package nl.wijkafspraken.zegel.web;

/** The SHA-256 a visitor pastes on the verification page; null when the form was not sent. */
public class Sha256FormData {

    private String sha256;

    public String getSha256() {
        return sha256;
    }

    public void setSha256(String sha256) {
        this.sha256 = sha256;
    }
}
