package nl.wijkafspraken.tweedefactor;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TotpSleutelRepository extends JpaRepository<TotpSleutel, Long> {

    /** Locked, so that two requests with the same code cannot both pass the replay check. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from TotpSleutel t where t.accountId = :accountId")
    Optional<TotpSleutel> findForUpdate(@Param("accountId") long accountId);
}
