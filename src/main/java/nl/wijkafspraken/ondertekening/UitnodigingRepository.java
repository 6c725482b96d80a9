package nl.wijkafspraken.ondertekening;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UitnodigingRepository extends JpaRepository<Uitnodiging, Long> {

    @Query("select u from Uitnodiging u join u.links l where l = :tokenHash")
    Optional<Uitnodiging> findByLink(String tokenHash);

    @Query("select u from Uitnodiging u where u.bestuurslidId = :bestuurslidId and u.status = 'OPEN'"
            + " and u.partij.ronde.gemeenteId = :gemeenteId")
    List<Uitnodiging> findOpenVanBestuurslid(long gemeenteId, long bestuurslidId);

    @Query("select distinct u.partij.ronde.id from Uitnodiging u where u.bestuurslidId = :bestuurslidId"
            + " and u.status = 'OPEN' and u.partij.ronde.gemeenteId = :gemeenteId order by u.partij.ronde.id")
    List<Long> rondesMetOpenUitnodiging(long gemeenteId, long bestuurslidId);
}
