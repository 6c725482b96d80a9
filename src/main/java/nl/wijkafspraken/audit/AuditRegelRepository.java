package nl.wijkafspraken.audit;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AuditRegelRepository extends JpaRepository<AuditRegel, Long>, JpaSpecificationExecutor<AuditRegel> {
}
