package nl.wijkafspraken.zegel;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns the missing certificate into Boot's short "APPLICATION FAILED TO START" report instead of a stack trace. */
class ZegelNietIngesteldAnalyzer extends AbstractFailureAnalyzer<ZegelNietIngesteldException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ZegelNietIngesteldException cause) {
        return new FailureAnalysis("Geen certificaat voor het zegel op PDF's ingesteld.", cause.getMessage(), cause);
    }
}
