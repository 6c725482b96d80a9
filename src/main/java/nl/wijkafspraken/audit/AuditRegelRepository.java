package nl.wijkafspraken.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditRegelRepository extends JpaRepository<AuditRegel, Long>, JpaSpecificationExecutor<AuditRegel> {

    @Query("select distinct a.objecttype from AuditRegel a where a.gemeenteId = :gemeenteId order by a.objecttype")
    List<String> objecttypenIn(@Param("gemeenteId") long gemeenteId);

    @Query("select distinct a.actie from AuditRegel a where a.gemeenteId = :gemeenteId order by a.actie")
    List<String> actiesIn(@Param("gemeenteId") long gemeenteId);
}
