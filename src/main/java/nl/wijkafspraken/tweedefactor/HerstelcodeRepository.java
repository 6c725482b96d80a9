package nl.wijkafspraken.tweedefactor;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface HerstelcodeRepository extends JpaRepository<Herstelcode, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select h from Herstelcode h where h.accountId = :accountId and h.codeHash = :hash and h.gebruiktOp is null")
    Optional<Herstelcode> ongebruikt(@Param("accountId") long accountId, @Param("hash") String hash);

    @Query("select count(h) from Herstelcode h where h.accountId = :accountId and h.gebruiktOp is null")
    long aantalOngebruikt(@Param("accountId") long accountId);

    @Modifying
    @Query("delete from Herstelcode h where h.accountId = :accountId")
    void verwijderVan(@Param("accountId") long accountId);
}
