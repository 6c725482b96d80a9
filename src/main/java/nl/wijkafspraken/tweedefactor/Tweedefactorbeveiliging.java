package nl.wijkafspraken.tweedefactor;

import org.springframework.stereotype.Component;

/** What the security configuration needs from this module: the gate after the first factor. */
@Component
public class Tweedefactorbeveiliging {

    private final TweedeFactorBeleid beleid;

    Tweedefactorbeveiliging(TweedeFactorBeleid beleid) {
        this.beleid = beleid;
    }

    public Tweedefactorpoort poort() {
        return new Tweedefactorpoort(beleid);
    }
}
