package org.careloop.adt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * A bare MLLP connection for tests: writes exactly the bytes given (framed with 0x0B … 0x1C 0x0D, or not at all), so
 * a test can put garbage on the socket, and reads the answer frame as text with segments on their own lines.
 */
final class MllpWire implements AutoCloseable {

    private final Socket socket;

    private MllpWire(Socket socket) {
        this.socket = socket;
    }

    static MllpWire open(int port) {
        try {
            Socket socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout(15_000);
            return new MllpWire(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a message (segments on lines) in one MLLP frame and answers the reply frame. */
    String exchange(String message) {
        framed(message.replace("\n", "\r").getBytes(StandardCharsets.UTF_8));
        return reply();
    }

    void framed(byte[] content) {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(0x0B);
        frame.writeBytes(content);
        frame.write(0x1C);
        frame.write(0x0D);
        raw(frame.toByteArray());
    }

    void raw(byte[] bytes) {
        try {
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next reply frame, segments separated by new lines. */
    String reply() {
        try {
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            int b = in.read();
            while (b != 0x0B) {
                if (b < 0) {
                    throw new IllegalStateException("The listener closed the connection");
                }
                b = in.read();
            }
            for (b = in.read(); b != 0x1C; b = in.read()) {
                if (b < 0) {
                    throw new IllegalStateException("The listener closed the connection inside a frame");
                }
                content.write(b);
            }
            in.read();
            return content.toString(StandardCharsets.UTF_8).replace('\r', '\n').strip();
        } catch (SocketTimeoutException e) {
            throw new IllegalStateException("No answer within 15 s", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed by the other end
        }
    }
}
