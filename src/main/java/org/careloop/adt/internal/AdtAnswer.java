package org.careloop.adt.internal;

/**
 * What CareLoop answers a message: AA accepted, AE application error (the message is understood but a field it needs
 * is missing or wrong), AR rejected (a message CareLoop does not take: unknown sender, unsupported event). The text
 * says why in words the hospital's interface analyst reads; {@code location} names the field ("PV1-45") and
 * {@code errorCode} the HL7 table 0357 code, for an error.
 */
record AdtAnswer(Code code, String text, String location, Integer errorCode) {

    /** HL7 table 0008, original mode. */
    enum Code { AA, AE, AR }

    /** HL7 table 0357 codes CareLoop answers with. */
    static final int REQUIRED_FIELD_MISSING = 101;
    static final int DATA_TYPE_ERROR = 102;
    static final int TABLE_VALUE_NOT_FOUND = 103;
    static final int UNSUPPORTED_MESSAGE_TYPE = 200;
    static final int UNSUPPORTED_EVENT_CODE = 201;
    static final int UNSUPPORTED_PROCESSING_ID = 202;
    static final int UNKNOWN_KEY_IDENTIFIER = 204;
    static final int APPLICATION_INTERNAL_ERROR = 207;

    static AdtAnswer accepted(String text) {
        return new AdtAnswer(Code.AA, text, null, null);
    }

    static AdtAnswer error(int errorCode, String location, String text) {
        return new AdtAnswer(Code.AE, text, location, errorCode);
    }

    static AdtAnswer rejected(int errorCode, String location, String text) {
        return new AdtAnswer(Code.AR, text, location, errorCode);
    }

    /** The answer to a re-sent control id: the first answer, saying nothing changed. */
    AdtAnswer resent(java.time.Instant firstReceived) {
        return new AdtAnswer(code, text + " (control id already received " + firstReceived + "; nothing changed)",
                location, errorCode);
    }
}
