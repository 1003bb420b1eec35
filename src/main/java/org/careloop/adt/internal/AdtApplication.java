package org.careloop.adt.internal;

import java.io.IOException;
import java.util.Map;

import ca.uhn.hl7v2.AcknowledgmentCode;
import ca.uhn.hl7v2.ErrorCode;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.v251.message.ACK;
import ca.uhn.hl7v2.parser.Parser;
import ca.uhn.hl7v2.protocol.ApplicationRouter;
import ca.uhn.hl7v2.protocol.ReceivingApplication;
import ca.uhn.hl7v2.protocol.ReceivingApplicationExceptionHandler;
import ca.uhn.hl7v2.protocol.impl.ApplicationRouterImpl;
import ca.uhn.hl7v2.util.Terser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where HAPI hands CareLoop each message its MLLP server parsed: the fields are read ({@link AdtReading}), the intake
 * decides, and the answer goes back as an ACK that HAPI generates from the message (MSA-1 AA, AE or AR; for an error
 * an ERR segment with the HL7 error code and the field), with the reason in MSA-3 for every answer. A message HAPI
 * cannot parse is answered too: HAPI's own AE when it could read the header, else an AR saying it was not HL7 v2.
 */
final class AdtApplication implements ReceivingApplication<Message>, ReceivingApplicationExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(AdtApplication.class);

    private final AdtIntake intake;
    private final Parser parser;

    AdtApplication(AdtIntake intake, Parser parser) {
        this.intake = intake;
        this.parser = parser;
    }

    @Override
    public Message processMessage(Message message, Map<String, Object> metadata) throws HL7Exception {
        ReceivedAdt received = AdtReading.read(message);
        ReceivedAdt.Header header = received.header();
        AdtAnswer answer;
        try {
            answer = intake.receive(received, (String) metadata.get(ApplicationRouterImpl.RAW_MESSAGE_KEY));
        } catch (RuntimeException failure) {
            log.error("HL7 message {} control id {} from {}|{} not stored", header.messageType(), header.controlId(),
                    header.sendingApplication(), header.sendingFacility(), failure);
            answer = AdtAnswer.error(AdtAnswer.APPLICATION_INTERNAL_ERROR, null, "CareLoop could not store the"
                    + " message and kept nothing: send it again later");
        }
        if (answer.code() != AdtAnswer.Code.AA) {
            log.info("HL7 {} control id {} from {}|{} answered {}: {}", header.messageType(), header.controlId(),
                    header.sendingApplication(), header.sendingFacility(), answer.code(), answer.text());
        }
        try {
            return acknowledgement(message, answer);
        } catch (IOException e) {
            throw new HL7Exception("Could not generate the ACK", e);
        }
    }

    @Override
    public boolean canProcess(Message message) {
        return true;
    }

    /** A message HAPI could not parse: its answer, or a new AR when HAPI could not read even the header. */
    @Override
    public String processException(String incoming, Map<String, Object> metadata, String outgoing, Exception e) {
        log.warn("HL7 listener: a message from {} could not be parsed: {}",
                metadata.get(ApplicationRouter.METADATA_KEY_SENDING_IP), firstLine(e));
        if (outgoing != null) {
            return outgoing;
        }
        try {
            ACK rejection = new ACK();
            rejection.setParser(parser);
            rejection.initQuickstart("ACK", null, "P");
            HL7Exception problem = new HL7Exception("Not an HL7 v2 message CareLoop can read (" + firstLine(e)
                    + "); nothing was kept", ErrorCode.SEGMENT_SEQUENCE_ERROR);
            problem.populateResponse(rejection, AcknowledgmentCode.AR, 0);
            new Terser(rejection).set("MSA-3", problem.getMessage());
            return parser.encode(rejection);
        } catch (HL7Exception | IOException failed) {
            throw new IllegalStateException("Could not generate a NAK", failed);
        }
    }

    private static Message acknowledgement(Message message, AdtAnswer answer) throws HL7Exception, IOException {
        Message ack;
        if (answer.code() == AdtAnswer.Code.AA) {
            ack = message.generateACK();
        } else {
            HL7Exception problem = new HL7Exception(answer.text(), ErrorCode.errorCodeFor(answer.errorCode()));
            if (answer.location() != null) {
                String[] location = answer.location().split("-");
                problem.setSegmentName(location[0]);
                if (location.length > 1) {
                    problem.setFieldPosition(Integer.parseInt(location[1]));
                }
            }
            ack = message.generateACK(AcknowledgmentCode.valueOf(answer.code().name()), problem);
        }
        new Terser(ack).set("MSA-3", answer.text());
        return ack;
    }

    private static String firstLine(Exception e) {
        String text = String.valueOf(e.getMessage());
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}
