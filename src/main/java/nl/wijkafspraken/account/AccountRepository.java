package nl.wijkafspraken.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountRepository extends JpaRepository<Account, Long> {

    /** By the normalised name ({@link Gebruikersnaam#normaliseer}); the caller normalises. */
    @EntityGraph(attributePaths = "rollen")
    Optional<Account> findByInlognaam(String inlognaam);

    boolean existsByInlognaam(String inlognaam);

    /** The account linked to this identity at an OpenID Connect provider (SSO); issuer and subject as sent. */
    @EntityGraph(attributePaths = "rollen")
    Optional<Account> findBySsoIssuerAndSsoOnderwerp(String ssoIssuer, String ssoOnderwerp);

    /** The account with this name in any spelling that normalises to it. */
    default Optional<Account> metNaam(String gebruikersnaam) {
        return findByInlognaam(Gebruikersnaam.normaliseer(gebruikersnaam));
    }

    default boolean bestaatNaam(String gebruikersnaam) {
        return existsByInlognaam(Gebruikersnaam.normaliseer(gebruikersnaam));
    }

    /** Accounts holding any role in the gemeente, optionally filtered on (part of) name or username. */
    @Query("""
            select a from Account a
            where (exists (select 1 from Roltoekenning r where r.account = a and r.gemeenteId = :gemeenteId)
                   or exists (select 1 from Rolverzoek v where v.accountId = a.id and v.gemeenteId = :gemeenteId
                              and v.status = nl.wijkafspraken.account.Rolverzoek.Status.OPEN))
              and (:zoek = '' or lower(a.naam) like concat('%', :zoek, '%')
                   or lower(a.gebruikersnaam) like concat('%', :zoek, '%'))
            """)
    Page<Account> zoekInGemeente(@Param("gemeenteId") long gemeenteId, @Param("zoek") String zoek,
            Pageable pageable);

    @Query("""
            select a from Account a
            where a.id = :id
              and (exists (select 1 from Roltoekenning r where r.account = a and r.gemeenteId = :gemeenteId)
                   or exists (select 1 from Rolverzoek v where v.accountId = a.id and v.gemeenteId = :gemeenteId
                              and v.status = nl.wijkafspraken.account.Rolverzoek.Status.OPEN))
            """)
    Optional<Account> findInGemeente(@Param("id") long id, @Param("gemeenteId") long gemeenteId);

    /** The accounts holding a role in the gemeente (not those only waiting for one). */
    @Query("""
            select a from Account a
            where exists (select 1 from Roltoekenning r where r.account = a and r.gemeenteId = :gemeenteId)
            """)
    List<Account> findAllInGemeente(@Param("gemeenteId") long gemeenteId, Sort sort);
}
