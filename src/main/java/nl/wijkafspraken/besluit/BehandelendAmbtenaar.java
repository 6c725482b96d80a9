package nl.wijkafspraken.besluit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The civil servant who wrote the voorstel and answers questions about it. */
@Embeddable
public record BehandelendAmbtenaar(
        @Column(name = "ambtenaar_naam") String naam,
        @Column(name = "ambtenaar_telefoon") String telefoon,
        @Column(name = "ambtenaar_email") String email,
        @Column(name = "ambtenaar_team") String team) {
}
