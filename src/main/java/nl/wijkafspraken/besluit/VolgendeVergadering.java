package nl.wijkafspraken.besluit;

import java.time.LocalDate;

/** The next planned B&W-vergadering, for the secretary's start page: when, and how many points are on its agenda. */
public record VolgendeVergadering(long id, LocalDate datum, int agendapunten) {
}
