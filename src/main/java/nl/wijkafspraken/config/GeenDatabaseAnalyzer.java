package nl.wijkafspraken.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing or unstartable database into Boot's short "APPLICATION FAILED TO START" report, not a trace. */
class GeenDatabaseAnalyzer extends AbstractFailureAnalyzer<GeenDatabaseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, GeenDatabaseException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.actie(), cause);
    }
}
