package nl.wijkafspraken.support;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;

/**
 * Lets MockMvc tests keep "the session" as a {@link MockHttpSession} although the app's sessions live in PostgreSQL
 * (Spring Session JDBC): its filter ignores the servlet container's session and finds the session by the cookie. So
 * the session cookie of an answer is noted in the request's MockHttpSession ({@code getRequest().getSession()}), and
 * a request made with {@code .session(thatSession)} sends the cookie again, as a browser does; a cookie the app
 * deletes (logout, an ended session) is forgotten. Attributes a test puts into the MockHttpSession itself
 * ({@code sessionAttr}, {@code flashAttrs}) are handed over to a session in the store before the request. Every
 * MockMvc request thus goes through the real session store.
 */
@Component
public class MockMvcSessies implements MockMvcBuilderCustomizer {

    /** The cookie of the session, as the app names it ({@code server.servlet.session.cookie.name}). */
    public static final String COOKIE = "JSESSIONID";
    private static final String BEWAARD = MockMvcSessies.class.getName() + ".cookie";

    private final ObjectProvider<SessionRepository<? extends Session>> opslag;

    MockMvcSessies(ObjectProvider<SessionRepository<? extends Session>> opslag) {
        this.opslag = opslag;
    }

    @Override
    public void customize(ConfigurableMockMvcBuilder<?> builder) {
        builder.defaultRequest(MockMvcRequestBuilders.get("/").with(this::stuurCookie))
                .alwaysDo(MockMvcSessies::onthoudCookie);
    }

    /** The id of the session in the store (the cookie holds it in base64), e.g. to find its row in spring_session. */
    public static String sessieId(MockHttpSession sessie) {
        return new String(Base64.getDecoder().decode((String) sessie.getAttribute(BEWAARD)), StandardCharsets.UTF_8);
    }

    private MockHttpServletRequest stuurCookie(MockHttpServletRequest verzoek) {
        if (!(verzoek.getSession(false) instanceof MockHttpSession sessie)) {
            return verzoek;
        }
        var namen = Collections.list(sessie.getAttributeNames()).stream().filter(n -> !n.equals(BEWAARD)).toList();
        if (!namen.isEmpty()) {
            var id = geefOver(opslag.getObject(), sessie, namen);
            sessie.setAttribute(BEWAARD, Base64.getEncoder().encodeToString(id.getBytes(StandardCharsets.UTF_8)));
        }
        if (sessie.getAttribute(BEWAARD) instanceof String waarde) {
            var anderen = verzoek.getCookies() == null ? new Cookie[0] : verzoek.getCookies();
            if (Arrays.stream(anderen).noneMatch(c -> c.getName().equals(COOKIE))) {
                var alle = Arrays.copyOf(anderen, anderen.length + 1);
                alle[anderen.length] = new Cookie(COOKIE, waarde);
                verzoek.setCookies(alle);
            }
        }
        return verzoek;
    }

    /** Moves the test's own attributes into the stored session of this MockHttpSession (a new one if it has none). */
    private static <S extends Session> String geefOver(SessionRepository<S> sessies, MockHttpSession sessie,
            List<String> namen) {
        S opgeslagen = sessie.getAttribute(BEWAARD) == null ? null : sessies.findById(sessieId(sessie));
        if (opgeslagen == null) {
            opgeslagen = sessies.createSession();
        }
        for (var naam : namen) {
            opgeslagen.setAttribute(naam, sessie.getAttribute(naam));
            sessie.removeAttribute(naam);
        }
        sessies.save(opgeslagen);
        return opgeslagen.getId();
    }

    private static void onthoudCookie(MvcResult resultaat) {
        var cookie = resultaat.getResponse().getCookie(COOKIE);
        if (cookie == null) {
            return;
        }
        var verzoek = resultaat.getRequest();
        if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
            if (verzoek.getSession(false) != null) {
                verzoek.getSession(false).removeAttribute(BEWAARD);
            }
        } else {
            verzoek.getSession(true).setAttribute(BEWAARD, cookie.getValue());
        }
    }
}
