package org.careloop.adt.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import ca.uhn.hl7v2.llp.HL7Reader;
import ca.uhn.hl7v2.llp.HL7Writer;
import ca.uhn.hl7v2.llp.LLPException;
import ca.uhn.hl7v2.llp.LowerLayerProtocol;
import ca.uhn.hl7v2.llp.MinLowerLayerProtocol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MLLP framing (0x0B message 0x1C 0x0D) as HAPI reads it, except that bytes outside a frame are dropped instead of
 * ending the connection: an interface engine's stray line feed or a port scanner's probe must not cut a hospital's
 * feed, whose next message is framed properly. A frame larger than {@value #LARGEST_FRAME} bytes still ends the
 * connection, so a sender that never closes its frame cannot fill the memory. Text is read as UTF-8 unless MSH-18
 * names another character set.
 */
final class LenientFraming extends LowerLayerProtocol {

    static final int LARGEST_FRAME = 4 * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(LenientFraming.class);

    private final MinLowerLayerProtocol framing = new MinLowerLayerProtocol(true);

    LenientFraming() {
        framing.setCharset(StandardCharsets.UTF_8);
    }

    @Override
    public HL7Reader getReader(InputStream in) throws LLPException {
        return framing.getReader(new FramesOnly(in));
    }

    @Override
    public HL7Writer getWriter(OutputStream out) throws LLPException {
        return framing.getWriter(out);
    }

    /** Passes the bytes of MLLP frames through and drops everything between them. */
    static final class FramesOnly extends FilterInputStream {

        private static final int START = 0x0B;
        private static final int END = 0x1C;
        private static final int CARRIAGE_RETURN = 0x0D;

        private boolean inFrame;
        private boolean endSeen;
        private long frameBytes;
        private long dropped;

        FramesOnly(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            while (true) {
                int b = in.read();
                if (b < 0 || kept(b)) {
                    return b;
                }
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (true) {
                int read = in.read(buffer, offset, length);
                if (read < 0) {
                    return read;
                }
                int kept = offset;
                for (int i = offset; i < offset + read; i++) {
                    if (kept(buffer[i] & 0xFF)) {
                        buffer[kept++] = buffer[i];
                    }
                }
                if (kept > offset) {
                    return kept - offset;
                }
            }
        }

        private boolean kept(int b) throws IOException {
            if (!inFrame) {
                if (b != START) {
                    dropped++;
                    return false;
                }
                if (dropped > 0) {
                    log.warn("HL7 listener: dropped {} bytes sent outside an MLLP frame", dropped);
                    dropped = 0;
                }
                inFrame = true;
                endSeen = false;
                frameBytes = 0;
                return true;
            }
            if (++frameBytes > LARGEST_FRAME) {
                throw new IOException("An MLLP frame longer than " + LARGEST_FRAME + " bytes: closing the connection");
            }
            if (endSeen && b == CARRIAGE_RETURN) {
                inFrame = false;
            }
            endSeen = b == END;
            return true;
        }
    }
}
