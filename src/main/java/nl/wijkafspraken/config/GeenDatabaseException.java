package nl.wijkafspraken.config;

/**
 * The application has no database to start on: none is configured and the demo mode is off, or the embedded one of
 * the demo cannot start (its data folder is held by another process). Carries what happened and what the operator
 * can do, for Boot's "APPLICATION FAILED TO START" report ({@link GeenDatabaseAnalyzer}).
 */
class GeenDatabaseException extends IllegalStateException {

    private final String actie;

    GeenDatabaseException(String beschrijving, String actie) {
        super(beschrijving);
        this.actie = actie;
    }

    String actie() {
        return actie;
    }

    /** A plain start (java -jar, a container) without spring.datasource.url: never a demo by accident. */
    static GeenDatabaseException nietIngesteld() {
        return new GeenDatabaseException("""
                Geen database ingesteld: spring.datasource.url (SPRING_DATASOURCE_URL) ontbreekt.
                No database configured: spring.datasource.url (SPRING_DATASOURCE_URL) is not set.""", """
                Zet SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME en SPRING_DATASOURCE_PASSWORD naar een \
                PostgreSQL-server, en SPRING_FLYWAY_USER en SPRING_FLYWAY_PASSWORD naar de eigenaar die migreert \
                (README, 'Configuration'). Alleen om uit te proberen: './mvnw spring-boot:run' start de demo met een \
                ingebouwde database en demogegevens.
                Set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to a PostgreSQL \
                server, and SPRING_FLYWAY_USER and SPRING_FLYWAY_PASSWORD to the owner who migrates (README, \
                'Configuration'). Only to try it out: './mvnw spring-boot:run' starts the demo with an embedded \
                database and demo data.""");
    }

    /** Demo mode asked of the packaged jar, which leaves the embedded PostgreSQL out (optional dependency). */
    static GeenDatabaseException geenIngebouwdePostgres() {
        return new GeenDatabaseException("""
                De demomodus (wijkafspraken.modus=demo) vraagt een ingebouwde PostgreSQL, maar dit jar-bestand bevat \
                die niet: het is gebouwd voor productie.
                Demo mode (wijkafspraken.modus=demo) needs the embedded PostgreSQL, which this jar leaves out: it is \
                built for production.""", """
                Start de demo vanuit de broncode met './mvnw spring-boot:run', of stel een database in \
                (SPRING_DATASOURCE_URL, README 'Configuration').
                Start the demo from the source with './mvnw spring-boot:run', or configure a database \
                (SPRING_DATASOURCE_URL, README 'Configuration').""");
    }
}
