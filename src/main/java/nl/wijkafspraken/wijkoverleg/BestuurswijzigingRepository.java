package nl.wijkafspraken.wijkoverleg;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BestuurswijzigingRepository extends JpaRepository<Bestuurswijziging, Long> {

    List<Bestuurswijziging> findByGemeenteIdAndStatusOrderByAangevraagdOpAscIdAsc(long gemeenteId,
            Bestuurswijzigingstatus status);

    List<Bestuurswijziging> findByWijkoverlegIdAndGemeenteIdAndStatusOrderByAangevraagdOpAscIdAsc(long wijkoverlegId,
            long gemeenteId, Bestuurswijzigingstatus status);

    Optional<Bestuurswijziging> findByIdAndWijkoverlegIdAndGemeenteId(long id, long wijkoverlegId, long gemeenteId);

    boolean existsByBestuurslidIdAndStatus(long bestuurslidId, Bestuurswijzigingstatus status);
}
