package org.careloop.adt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.llp.HL7Reader;
import ca.uhn.hl7v2.llp.HL7Writer;
import ca.uhn.hl7v2.llp.LLPException;
import ca.uhn.hl7v2.llp.MinLowerLayerProtocol;
import ca.uhn.hl7v2.preparser.PreParser;

/**
 * Sends HL7 v2 messages to an MLLP port over one connection kept open and waits for each answer, as a hospital's
 * interface engine does: the text goes out as given, framed by HAPI's MLLP writer, and the answer's MSA is read with
 * HAPI's pre-parser. For the demo feed and the ADT benchmark; one sender at a time.
 */
public final class MllpClient implements AutoCloseable {

    /** The answer to one message: MSA-1 (AA, AE, AR), MSA-2 (the control id answered), MSA-3 (why). */
    public record Acknowledgement(String code, String controlId, String text) {
    }

    private final Socket socket;
    private final HL7Writer writer;
    private final HL7Reader reader;

    private MllpClient(Socket socket) throws IOException, LLPException {
        this.socket = socket;
        MinLowerLayerProtocol framing = new MinLowerLayerProtocol(true);
        framing.setCharset(StandardCharsets.UTF_8);
        writer = framing.getWriter(socket.getOutputStream());
        reader = framing.getReader(socket.getInputStream());
    }

    /** Opens a connection; fails when nothing listens there. */
    public static MllpClient connect(String host, int port) {
        try {
            Socket socket = new Socket(host, port);
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            return new MllpClient(socket);
        } catch (IOException | LLPException e) {
            throw new IllegalStateException("Cannot connect to MLLP port " + host + ":" + port, e);
        }
    }

    /** Sends one message (ER7 text, segments ended by carriage returns) and answers its acknowledgement. */
    public Acknowledgement send(String message) {
        try {
            writer.writeMessage(message);
            String answer = reader.getMessage();
            if (answer == null) {
                throw new IllegalStateException("The connection closed before the message was acknowledged");
            }
            String[] msa = PreParser.getFields(answer, "MSA-1", "MSA-2", "MSA-3");
            return new Acknowledgement(msa[0], msa[1], msa[2]);
        } catch (HL7Exception | LLPException e) {
            throw new IllegalStateException("The message was not acknowledged: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // the other end closed it first
        }
    }
}
