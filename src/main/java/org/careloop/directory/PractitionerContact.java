package org.careloop.directory;

import java.util.UUID;

/**
 * A practitioner of the directory as someone to send something to: the name as it is written to them, the NPI and
 * an e-mail address (the practitioner's own, else one of their roles'; null when the directory has none).
 */
public record PractitionerContact(UUID id, String name, String npi, String email) {
}
