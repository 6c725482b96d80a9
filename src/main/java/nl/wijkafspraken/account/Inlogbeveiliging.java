package nl.wijkafspraken.account;

import org.springframework.stereotype.Component;

/** What the security configuration needs from this module for the login form: the filter for the IP budget. */
@Component
public class Inlogbeveiliging {

    private final Inlogbudget budget;

    Inlogbeveiliging(Inlogbudget budget) {
        this.budget = budget;
    }

    public InlogbudgetFilter budgetFilter() {
        return new InlogbudgetFilter(budget);
    }
}
