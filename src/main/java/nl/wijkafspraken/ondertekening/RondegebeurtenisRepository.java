package nl.wijkafspraken.ondertekening;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RondegebeurtenisRepository extends JpaRepository<Rondegebeurtenis, Long> {

    List<Rondegebeurtenis> findByGemeenteIdAndRondeIdOrderByTijdstipAscIdAsc(long gemeenteId, long rondeId);

    /**
     * Records an opening unless this invitation was already opened in the same minute: the unique index of V52 makes
     * a reload, or a burst of parallel requests, add nothing.
     */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into ondertekening_gebeurtenis (gemeente_id, ronde_id, partij_id, uitnodiging_id, soort, tijdstip,
                naam, functie, email, ip_adres, geopend_minuut)
            values (:gemeenteId, :rondeId, :partijId, :uitnodigingId, 'GEOPEND', :tijdstip, :naam, :functie, :email,
                :ipAdres, :minuut)
            on conflict (uitnodiging_id, geopend_minuut) where soort = 'GEOPEND' do nothing""")
    int geopend(long gemeenteId, long rondeId, long partijId, long uitnodigingId, Instant tijdstip, String naam,
            String functie, String email, String ipAdres, LocalDateTime minuut);
}
