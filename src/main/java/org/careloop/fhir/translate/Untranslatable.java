package org.careloop.fhir.translate;

/**
 * A resource CareLoop cannot keep as sent; the message says what is wrong with it, in the sender's terms, and
 * {@code element} names the element at fault (such as {@code name[0].family}) when there is one.
 */
public class Untranslatable extends RuntimeException {

    private final String element;

    public Untranslatable(String problem) {
        this(problem, null);
    }

    public Untranslatable(String problem, String element) {
        super(problem);
        this.element = element;
    }

    public String element() {
        return element;
    }
}
