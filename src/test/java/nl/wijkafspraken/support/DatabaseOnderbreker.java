package nl.wijkafspraken.support;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * A TCP proxy in the test JVM between the shared context's connection pool and the embedded PostgreSQL, so that a
 * test can make the database unreachable for the application ({@link #onderbreek()}) without stopping the server
 * that all other tests use. Cut, it closes every open connection and refuses each new one the moment it arrives,
 * as a database that went down does; {@link #herstel()} lets connections through again. Part of the one shared
 * context as a component of the test sources: it points the pool's JDBC URL at itself before the pool starts.
 * Flyway keeps its own direct connection.
 */
@Component
public class DatabaseOnderbreker implements BeanPostProcessor {

    private static final Pattern ADRES = Pattern.compile("//([^/:]+):(\\d+)/");

    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean onderbroken;
    private ServerSocket luisteraar;
    private HikariDataSource pool;

    @Override
    public Object postProcessAfterInitialization(Object bean, String naam) {
        if (bean instanceof HikariDataSource pool && luisteraar == null) {
            var adres = ADRES.matcher(pool.getJdbcUrl());
            if (!adres.find()) {
                throw new IllegalStateException("Onbekende JDBC-URL: " + pool.getJdbcUrl());
            }
            var poort = start(adres.group(1), Integer.parseInt(adres.group(2)));
            pool.setJdbcUrl(adres.replaceFirst("//127.0.0.1:" + poort + "/"));
            this.pool = pool;
        }
        return bean;
    }

    /** The database is gone: open connections break, new ones are refused. */
    public void onderbreek() {
        onderbroken = true;
        open.forEach(DatabaseOnderbreker::sluit);
        open.clear();
        // The pool retires its idle connections, as it does once it notices them broken. Without this, a request
        // within Hikari's half second without validation gets a dead connection and fails halfway: then Hikari and
        // Spring's transaction interceptor each log a stack trace once, which is what a real outage can also do
        // (README, Operations), but it would make these tests depend on timing.
        var beheer = pool == null ? null : pool.getHikariPoolMXBean();
        if (beheer != null) {
            beheer.softEvictConnections();
        }
    }

    /** The database is back. */
    public void herstel() {
        onderbroken = false;
    }

    private int start(String host, int doelpoort) {
        try {
            luisteraar = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofPlatform().daemon().name("database-onderbreker").start(() -> {
            while (!luisteraar.isClosed()) {
                try {
                    verbind(luisteraar.accept(), host, doelpoort);
                } catch (IOException e) {
                    // The next connection; a failed one is the client's problem, as with a real network.
                }
            }
        });
        return luisteraar.getLocalPort();
    }

    private void verbind(Socket klant, String host, int doelpoort) throws IOException {
        if (onderbroken) {
            klant.close();
            return;
        }
        var server = new Socket(host, doelpoort);
        open.add(klant);
        open.add(server);
        Thread.ofVirtual().start(() -> pomp(klant, server));
        Thread.ofVirtual().start(() -> pomp(server, klant));
    }

    private void pomp(Socket van, Socket naar) {
        try (InputStream in = van.getInputStream(); OutputStream uit = naar.getOutputStream()) {
            in.transferTo(uit);
        } catch (IOException e) {
            // Closed from either side, or cut: end both directions.
        } finally {
            sluit(van);
            sluit(naar);
            open.remove(van);
            open.remove(naar);
        }
    }

    private static void sluit(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Already closed.
        }
    }
}
