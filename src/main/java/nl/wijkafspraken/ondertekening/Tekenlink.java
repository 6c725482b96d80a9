package nl.wijkafspraken.ondertekening;

/**
 * What a personal signing link shows: the signing page while it can be used, afterwards the receipt of what was
 * recorded ({@link OndertekeningService#open}).
 */
public sealed interface Tekenlink permits Tekenpagina, Ontvangstbewijs {

    Afzender afzender();
}
