package nl.wijkafspraken.zegel;

/** No certificate for the seal, and no permission to generate a test one: the app does not start. */
class ZegelNietIngesteldException extends IllegalStateException {

    ZegelNietIngesteldException(String melding) {
        super(melding);
    }
}
