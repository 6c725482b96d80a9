package nl.wijkafspraken.gedeeld;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller method that creates something: one submit of its form makes exactly one record. The web module
 * runs such a method in one transaction together with the form's one-time token (hidden field
 * {@code fragments/forms :: eenmalig}), so that a double click or a replay of the same form lands on the first
 * submit's page instead of making a second record, and a deadlock or unique violation between two concurrent
 * submits is retried once and otherwise answered with the Dutch conflict page, never a 500.
 * <p>The method must answer a successful create with a redirect ({@code "redirect:/…"}); any other answer (the form
 * again, with errors) rolls the transaction back, so the same token can be submitted again once corrected.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EenmaligeInzending {
}
