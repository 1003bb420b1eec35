package org.careloop.adt.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.parser.ParserConfiguration;
import ca.uhn.hl7v2.parser.UnexpectedSegmentBehaviourEnum;
import ca.uhn.hl7v2.util.idgenerator.UUIDGenerator;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;

/**
 * How CareLoop reads HL7 v2: leniently, as hospitals send it. Every version is read into the 2.5.1 structures (the
 * fields CareLoop uses sit in the same places from 2.3 on), Z-segments and other unexpected segments are kept where
 * they appear instead of failing the message, and HAPI's conformance validation is off: CareLoop checks the fields it
 * needs itself and names the one that is wrong. ACK control ids are UUIDs, so nothing is written to disk.
 */
public final class Hl7 {

    /** The version whose structures read every message. */
    static final String READ_AS = "2.5.1";

    private Hl7() {
    }

    /** A new context configured as above; each user owns and closes its own. */
    public static HapiContext lenientContext() {
        ParserConfiguration parsing = new ParserConfiguration();
        parsing.setAllowUnknownVersions(true);
        parsing.setUnexpectedSegmentBehaviour(UnexpectedSegmentBehaviourEnum.ADD_INLINE);
        parsing.setIdGenerator(new UUIDGenerator());
        return new DefaultHapiContext(parsing, ValidationContextFactory.noValidation(), new RememberedClasses());
    }

    /**
     * The 2.5.1 structures, with each lookup remembered, the misses too: HAPI asks for a class for every Z-segment of
     * every message (ZPV has none), and a class the jar does not hold costs a search of the whole class path.
     */
    private static final class RememberedClasses extends CanonicalModelClassFactory {

        private static final Map<String, Optional<Class<? extends Segment>>> SEGMENTS = new ConcurrentHashMap<>();
        private static final Map<String, Optional<Class<? extends Message>>> MESSAGES = new ConcurrentHashMap<>();

        RememberedClasses() {
            super(READ_AS);
        }

        @Override
        public Class<? extends Segment> getSegmentClass(String name, String version) throws HL7Exception {
            Optional<Class<? extends Segment>> known = SEGMENTS.get(name);
            if (known == null) {
                known = Optional.ofNullable(super.getSegmentClass(name, version));
                SEGMENTS.put(name, known);
            }
            return known.orElse(null);
        }

        @Override
        public Class<? extends Message> getMessageClass(String name, String version, boolean isExplicit)
                throws HL7Exception {
            String key = name + "|" + isExplicit;
            Optional<Class<? extends Message>> known = MESSAGES.get(key);
            if (known == null) {
                known = Optional.ofNullable(super.getMessageClass(name, version, isExplicit));
                MESSAGES.put(key, known);
            }
            return known.orElse(null);
        }
    }
}
