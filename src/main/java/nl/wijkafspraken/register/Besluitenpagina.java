package nl.wijkafspraken.register;

import nl.wijkafspraken.besluit.OpenbaarBesluitRegel;
import nl.wijkafspraken.gemeente.GemeenteInfo;
import org.springframework.data.domain.Page;

/** A page of the published besluiten of a gemeente, newest first. */
public record Besluitenpagina(GemeenteInfo gemeente, Page<OpenbaarBesluitRegel> besluiten) {
}
