package nl.wijkafspraken.besluit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface BesluitRepository extends JpaRepository<Besluit, Long>, JpaSpecificationExecutor<Besluit> {

    Optional<Besluit> findByIdAndGemeenteId(long id, long gemeenteId);

    Optional<Besluit> findByCollegevoorstelId(long collegevoorstelId);

    List<Besluit> findByAgendapuntIdIn(Collection<Long> agendapuntIds);

    /** Openbare besluiten without a publicatiedatum: decided, but not (yet) in the public register. */
    @Query("""
            select count(b) from Besluit b, Collegevoorstel v
            where v.id = b.collegevoorstelId and b.gemeenteId = :gemeenteId and v.openbaar = true
              and b.publicatiedatum is null""")
    long aantalOngepubliceerd(long gemeenteId);
}
