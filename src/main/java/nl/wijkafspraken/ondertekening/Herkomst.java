package nl.wijkafspraken.ondertekening;

/**
 * Where a request came from, recorded as evidence with a signature or refusal: the IP address the app saw (behind
 * a proxy, set {@code server.forward-headers-strategy}) and the browser's user agent, cut to 500 characters.
 */
public record Herkomst(String ipAdres, String userAgent) {

    static final int MAX_USER_AGENT = 500;
    static final int MAX_IP = 64;

    public Herkomst {
        ipAdres = kort(ipAdres, MAX_IP);
        userAgent = kort(userAgent, MAX_USER_AGENT);
    }

    private static String kort(String tekst, int max) {
        return tekst == null || tekst.length() <= max ? tekst : tekst.substring(0, max);
    }
}
