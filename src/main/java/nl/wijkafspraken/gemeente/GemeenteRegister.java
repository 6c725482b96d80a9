package nl.wijkafspraken.gemeente;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks up gemeenten without knowing who asks: used to build the logged-in user itself (so it cannot depend on
 * that user) and by public pages.
 */
@Service
@Transactional(readOnly = true)
public class GemeenteRegister {

    private final GemeenteRepository gemeenten;

    GemeenteRegister(GemeenteRepository gemeenten) {
        this.gemeenten = gemeenten;
    }

    public List<GemeenteInfo> alleGemeenten() {
        return gemeenten.findAllByOrderByNaam().stream().map(GemeenteInfo::van).toList();
    }

    public Optional<GemeenteInfo> gemeente(long id) {
        return gemeenten.findById(id).map(GemeenteInfo::van);
    }

    public Optional<GemeenteInfo> gemeenteMetCode(String code) {
        return gemeenten.findByCode(code).map(GemeenteInfo::van);
    }
}
