package nl.wijkafspraken.besluit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The published besluiten (Woo): those of an openbaar collegevoorstel whose publicatiedatum has come. Every query
 * here carries {@link #GEPUBLICEERD}; nothing else of a besluit may be read for the public register.
 */
interface OpenbaarBesluitRepository extends Repository<Besluit, Long> {

    /** Openbaarheid: ja, and published on or before today. */
    String GEPUBLICEERD = """
            b.gemeenteId = :gemeenteId and b.publicatiedatum is not null and b.publicatiedatum <= :vandaag
            and exists (select c.id from Collegevoorstel c where c.id = b.collegevoorstelId and c.openbaar = true)
            """;

    @Query(value = "select b from Besluit b where " + GEPUBLICEERD,
            countQuery = "select count(b) from Besluit b where " + GEPUBLICEERD)
    Page<Besluit> gepubliceerd(long gemeenteId, LocalDate vandaag, Pageable pageable);

    @Query("select b from Besluit b where " + GEPUBLICEERD + " and b.identificatie = :identificatie")
    Optional<Besluit> gepubliceerd(long gemeenteId, String identificatie, LocalDate vandaag);

    @Query("select b.id, b.identificatie from Besluit b where " + GEPUBLICEERD)
    List<Object[]> gepubliceerdeIdentificaties(long gemeenteId, LocalDate vandaag);

    @Query("select b.identificatie from Besluit b where " + GEPUBLICEERD + " and b.id = :id")
    Optional<String> gepubliceerdeIdentificatie(long gemeenteId, long id, LocalDate vandaag);
}
