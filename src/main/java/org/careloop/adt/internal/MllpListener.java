package org.careloop.adt.internal;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.app.HL7Service;
import ca.uhn.hl7v2.util.StandardSocketFactory;
import org.careloop.adt.FeedListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * CareLoop's MLLP port for hospital feeds: HAPI's server, started and stopped with the application when
 * {@code careloop.adt.mllp.enabled}. Each connection has one reading thread, and each message is handled on a pooled
 * thread while the sender waits for its ACK; idle threads end after a minute. A port that cannot be opened is logged
 * and leaves the rest of CareLoop running.
 */
@Component
class MllpListener implements SmartLifecycle, FeedListener {

    private static final Logger log = LoggerFactory.getLogger(MllpListener.class);
    private static final long BIND_WAIT_MILLIS = 5_000;

    private final MllpSettings settings;
    private final AdtIntake intake;
    private HapiContext context;
    private HL7Service server;
    private ExecutorService threads;
    private volatile ServerSocket socket;

    MllpListener(MllpSettings settings, AdtIntake intake) {
        this.settings = settings;
        this.intake = intake;
    }

    @Override
    public boolean isAutoStartup() {
        return settings.enabled();
    }

    @Override
    public synchronized void start() {
        if (server != null) {
            return;
        }
        AtomicInteger counter = new AtomicInteger();
        threads = Executors.newCachedThreadPool(work -> {
            Thread thread = new Thread(work, "hl7-mllp-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        context = Hl7.lenientContext();
        context.setExecutorService(threads);
        context.setLowerLayerProtocol(new LenientFraming());
        context.setSocketFactory(new RememberedSocket());
        server = context.newServer(settings.port(), false);
        AdtApplication application = new AdtApplication(intake, context.getPipeParser());
        server.registerApplication(application);
        server.setExceptionHandler(application);
        try {
            server.startAndWait();
            awaitBound();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (port().isEmpty()) {
            log.error("The HL7 listener could not open MLLP port {}: {}; hospital feeds are not received",
                    settings.port(), server.getServiceExitedWithException());
            stop();
            return;
        }
        log.info("Listening for HL7 v2 ADT messages over MLLP on port {}", port().getAsInt());
    }

    private void awaitBound() throws InterruptedException {
        long until = System.currentTimeMillis() + BIND_WAIT_MILLIS;
        while (port().isEmpty() && server.getServiceExitedWithException() == null
                && System.currentTimeMillis() < until) {
            Thread.sleep(10);
        }
    }

    @Override
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.stopAndWait();
        threads.shutdownNow();
        try {
            context.close();
        } catch (IOException ignored) {
            // the context holds nothing beyond the executor, already shut down
        }
        server = null;
        socket = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return server != null;
    }

    @Override
    public OptionalInt port() {
        ServerSocket bound = socket;
        return bound != null && bound.isBound() && !bound.isClosed() ? OptionalInt.of(bound.getLocalPort())
                : OptionalInt.empty();
    }

    /** HAPI's sockets, remembering the listening one so that the port chosen for port 0 can be told. */
    private final class RememberedSocket extends StandardSocketFactory {

        @Override
        public ServerSocket createServerSocket() throws IOException {
            ServerSocket created = super.createServerSocket();
            socket = created;
            return created;
        }

        @Override
        public void configureNewAcceptedSocket(Socket accepted) throws SocketException {
            super.configureNewAcceptedSocket(accepted);
            accepted.setTcpNoDelay(true);
        }
    }
}
