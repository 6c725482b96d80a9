package nl.wijkafspraken.zegel;

import java.time.Instant;

/**
 * The trusted time of a seal: an RFC 3161 timestamp over its signature value (PAdES B-T), or none.
 *
 * @param status   whether the seal has one and whether it holds
 * @param tijd     the time the time-stamping authority vouches for; null unless {@link Status#GELDIG}
 * @param uitgever the subject of the TSA's certificate, e.g. "CN=…, O=…"; null unless {@link Status#GELDIG}
 */
public record Tijdstempel(Status status, Instant tijd, String uitgever) {

    public enum Status {
        /** No timestamp: the time of the seal is the app's own clock (no TSA configured when it was sealed). */
        GEEN,
        /** A timestamp whose imprint is the SHA-256 of the signature value, signed by the certificate it carries. */
        GELDIG,
        /** A timestamp that does not belong to this signature or whose own signature fails. */
        ONGELDIG
    }

    static final Tijdstempel GEEN = new Tijdstempel(Status.GEEN, null, null);
    static final Tijdstempel ONGELDIG = new Tijdstempel(Status.ONGELDIG, null, null);

    public boolean geldig() {
        return status == Status.GELDIG;
    }
}
