/**
 * Infrastructure: the embedded PostgreSQL of the default run and the tests, and the demo data of the default run.
 * Publishes and consumes no events; no other module depends on it.
 */
package nl.wijkafspraken.config;
