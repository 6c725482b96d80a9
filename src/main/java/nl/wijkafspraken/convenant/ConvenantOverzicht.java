package nl.wijkafspraken.convenant;

/**
 * A convenant with what its page needs: the current wijkoverleg it is linked to, the afspraken that replaced it,
 * the size of its scan (null without one) and whether the user may change it.
 */
public record ConvenantOverzicht(Convenant convenant, String wijkoverleg, String vervangendeAfspraken,
        Integer scanGrootte, boolean magBeheren) {

    public boolean magWijzigen() {
        return magBeheren && !convenant.isIngetrokken();
    }
}
