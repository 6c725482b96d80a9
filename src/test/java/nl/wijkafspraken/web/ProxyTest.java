package nl.wijkafspraken.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import nl.wijkafspraken.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind the gemeente's TLS proxy: a request that a trusted proxy (here only 127.0.0.1, see application-test
 * properties) marks as https gets the Secure session cookie and HSTS; the same header from any other address is
 * ignored, so nobody can fake it. Spoken over a raw socket, to choose the sender's address within the loopback range.
 */
@IntegratieTest
class ProxyTest {

    @LocalServerPort
    int poort;

    @Test
    void httpsVanEenVertrouwdeProxyGeeftEenVeiligeCookieEnHsts() throws IOException {
        var kopregels = vraag("127.0.0.1", "X-Forwarded-Proto: https");

        assertThat(kop(kopregels, "set-cookie")).contains("JSESSIONID").containsIgnoringCase("; Secure")
                .containsIgnoringCase("HttpOnly");
        assertThat(kop(kopregels, "strict-transport-security")).contains("max-age=31536000");
    }

    @Test
    void dezelfdeKopVanEenOnbekendAdresTeltNiet() throws IOException {
        var kopregels = vraag("127.0.0.2", "X-Forwarded-Proto: https");

        assertThat(kop(kopregels, "set-cookie")).contains("JSESSIONID").doesNotContainIgnoringCase("Secure");
        assertThat(kop(kopregels, "strict-transport-security")).isEmpty();
    }

    @Test
    void gewoonHttpGeeftGeenHsts() throws IOException {
        var kopregels = vraag("127.0.0.1", "X-Forwarded-Proto: http");

        assertThat(kop(kopregels, "strict-transport-security")).isEmpty();
        assertThat(kop(kopregels, "content-security-policy")).contains("base-uri 'none'");
    }

    /** GET /login (which starts a session) from {@code afzender}, with one extra header; returns the header lines. */
    private List<String> vraag(String afzender, String extraKop) throws IOException {
        try (var socket = new Socket()) {
            socket.bind(new InetSocketAddress(afzender, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", poort), 5_000);
            socket.setSoTimeout(10_000);
            var verzoek = "GET /login HTTP/1.1\r\nHost: wijkafspraken.example\r\nAccept: text/html\r\n" + extraKop
                    + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(verzoek.getBytes(StandardCharsets.US_ASCII));
            var antwoord = lees(socket.getInputStream());
            var einde = antwoord.indexOf("\r\n\r\n");
            return List.of(antwoord.substring(0, einde).split("\r\n"));
        }
    }

    private static String lees(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }

    private static String kop(List<String> kopregels, String naam) {
        return kopregels.stream().filter(r -> r.toLowerCase(Locale.ROOT).startsWith(naam + ":"))
                .reduce("", (a, b) -> a + b + "\n");
    }
}
