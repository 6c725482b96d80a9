package nl.wijkafspraken.besluit;

/** What the outcome form shows: the meeting, the agendapunt and the voorstel with its besluitpunten. */
public record UitkomstFormulier(BwVergadering vergadering, Agendapunt agendapunt, Collegevoorstel voorstel) {
}
