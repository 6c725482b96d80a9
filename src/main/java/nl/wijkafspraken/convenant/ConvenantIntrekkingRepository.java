package nl.wijkafspraken.convenant;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Append-only, like the convenanten themselves. */
interface ConvenantIntrekkingRepository extends Repository<ConvenantIntrekking, Long> {

    ConvenantIntrekking save(ConvenantIntrekking intrekking);

    Optional<ConvenantIntrekking> findByBesluitpuntId(long besluitpuntId);
}
