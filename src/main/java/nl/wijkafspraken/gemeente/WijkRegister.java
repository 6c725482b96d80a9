package nl.wijkafspraken.gemeente;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The wijken of a gemeente without knowing who asks: for the public register, which has no logged-in user. */
@Service
@Transactional(readOnly = true)
public class WijkRegister {

    private final WijkRepository wijken;

    WijkRegister(WijkRepository wijken) {
        this.wijken = wijken;
    }

    /** The wijken of the gemeente by name. */
    public List<WijkInfo> wijken(long gemeenteId) {
        return wijken.findByGemeenteIdOrderByNaam(gemeenteId).stream().map(WijkInfo::van).toList();
    }
}
