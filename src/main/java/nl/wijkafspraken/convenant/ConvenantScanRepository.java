package nl.wijkafspraken.convenant;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ConvenantScanRepository extends Repository<ConvenantScan, Long> {

    ConvenantScan save(ConvenantScan scan);

    Optional<ConvenantScan> findById(long convenantId);

    @Query("select s.convenantId from ConvenantScan s where s.convenantId in :ids")
    List<Long> metScan(Collection<Long> ids);

    @Query("select s.grootte from ConvenantScan s where s.convenantId = :convenantId")
    Optional<Integer> grootte(long convenantId);
}
