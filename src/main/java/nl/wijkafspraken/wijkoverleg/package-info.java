/**
 * The register of wijkoverleggen: which wijken each covers, its status (in oprichting, actief, opgeheven), its
 * public contact address, its bestuur with history (members join and leave, nothing is overwritten) and its
 * ondertekenregel (one or two tekenbevoegde bestuursleden sign). Also the wijken overview, which shows the wijken
 * without an active wijkoverleg. Publishes and consumes no events yet.
 */
package nl.wijkafspraken.wijkoverleg;
