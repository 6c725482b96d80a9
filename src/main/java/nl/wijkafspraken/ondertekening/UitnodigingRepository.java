package nl.wijkafspraken.ondertekening;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UitnodigingRepository extends JpaRepository<Uitnodiging, Long> {

    @Query("select u from Uitnodiging u join u.links l where l = :tokenHash")
    Optional<Uitnodiging> findByLink(String tokenHash);
}
