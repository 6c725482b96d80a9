package nl.wijkafspraken.reservekopie;

/** A backup or restore that was refused or failed; the message is Dutch and meant for the operator as it is. */
public class ReservekopieException extends RuntimeException {

    public ReservekopieException(String bericht) {
        super(bericht);
    }

    public ReservekopieException(String bericht, Throwable oorzaak) {
        super(bericht, oorzaak);
    }
}
