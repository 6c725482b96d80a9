package nl.wijkafspraken.bestuur.web;

/** The proposal form: the id of an account of the active gemeente, or empty for no account. */
public class KoppelingFormData {

    private Long accountId;

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }
}
