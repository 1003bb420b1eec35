package org.careloop.adt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.app.Connection;
import ca.uhn.hl7v2.llp.LLPException;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.util.Terser;
import org.careloop.adt.internal.Hl7;

/**
 * Sends HL7 v2 messages to an MLLP port and waits for each answer, as a hospital's interface engine does, over one
 * connection kept open (HAPI's client). For the demo feed and the ADT benchmark; not thread-safe: one sender at a time.
 */
public final class MllpClient implements AutoCloseable {

    /** The answer to one message: MSA-1 (AA, AE, AR), MSA-2 (the control id answered), MSA-3 (why). */
    public record Acknowledgement(String code, String controlId, String text) {
    }

    private final ExecutorService threads = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "hl7-client");
        thread.setDaemon(true);
        return thread;
    });
    private final HapiContext context;
    private final PipeParser parser;
    private final Connection connection;

    private MllpClient(String host, int port) throws HL7Exception {
        context = Hl7.lenientContext();
        context.setExecutorService(threads);
        parser = context.getPipeParser();
        connection = context.newClient(host, port, false);
        connection.getInitiator().setTimeoutMillis(30_000);
    }

    /** Opens a connection; fails when nothing listens there. */
    public static MllpClient connect(String host, int port) {
        try {
            return new MllpClient(host, port);
        } catch (HL7Exception e) {
            throw new IllegalStateException("Cannot connect to MLLP port " + host + ":" + port, e);
        }
    }

    /** Sends one message (ER7 text, segments ended by carriage returns) and answers its acknowledgement. */
    public Acknowledgement send(String message) {
        try {
            Message ack = connection.getInitiator().sendAndReceive(parser.parse(message));
            Terser msa = new Terser(ack);
            return new Acknowledgement(msa.get("MSA-1"), msa.get("MSA-2"), msa.get("MSA-3"));
        } catch (HL7Exception | LLPException e) {
            throw new IllegalStateException("The message was not acknowledged: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
            context.close();
        } catch (IOException ignored) {
            // closing a connection the other end already closed
        } finally {
            threads.shutdownNow();
        }
    }
}
