package nl.wijkafspraken.gedeeld;

import java.util.Optional;

/** Gives the logged-in user in the active gemeente. Implemented by the account module. */
public interface HuidigeGebruiker {

    /** The user, or empty when nobody is logged in or the user holds no role in any gemeente. */
    Optional<Gebruiker> find();

    /** The user; refuses with 403 when there is no user with a role in a gemeente. */
    default Gebruiker get() {
        return find().orElseThrow(GeenToegangException::new);
    }
}
