package nl.wijkafspraken.web;

import org.webjars.WebJarVersionLocator;
import org.springframework.stereotype.Component;

/**
 * The paths of the WebJar assets the layout links to, with their version, looked up once at start.
 *
 * <p>Why: with Spring's resource chain on (which Boot switches on by itself when the WebJars locator is on the
 * classpath), every {@code @{…}} link of every page went through the {@code ResourceUrlEncodingFilter}, which looked
 * for a file named like the link in the jars, uncached on a miss: 61 % of the CPU of a page (issue #11). The chain is
 * off ({@code spring.web.resources.chain.enabled=false}); the layout links to the versioned path from here, so a new
 * htmx version in the pom changes the URL (and so a browser's cache) without a lookup per link.
 */
@Component("middelen")
public class Middelen {

    private final String htmx;

    Middelen() {
        this(new WebJarVersionLocator());
    }

    Middelen(WebJarVersionLocator locator) {
        var pad = locator.path("htmx.org", "dist/htmx.min.js");
        if (pad == null) {
            throw new IllegalStateException("htmx.org WebJar ontbreekt op het classpath");
        }
        this.htmx = "/webjars/" + pad;
    }

    /** htmx, e.g. {@code /webjars/htmx.org/2.0.4/dist/htmx.min.js}. */
    public String getHtmx() {
        return htmx;
    }
}
