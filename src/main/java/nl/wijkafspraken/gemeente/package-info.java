/**
 * Gemeenten and their wijken. One installation serves several gemeenten; every other module keeps a gemeente id
 * and never reads another gemeente's data. A gemeente may carry its CBS gemeentecode, from which the Woo sitemaps
 * make its TOOI identifier. Wijken are maintained per gemeente by its civil servants. Publishes and
 * consumes no events.
 */
package nl.wijkafspraken.gemeente;
