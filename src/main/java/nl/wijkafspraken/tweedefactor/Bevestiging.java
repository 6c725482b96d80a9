package nl.wijkafspraken.tweedefactor;

import java.time.Instant;

/** A step-up confirmation: the method and the moment it was given. */
public record Bevestiging(Bevestigingsmethode methode, Instant tijdstip) {
}
