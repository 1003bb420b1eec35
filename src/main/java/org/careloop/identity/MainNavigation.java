package org.careloop.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a page into the header's main navigation, for the people whose roles use it. The page's controller carries
 * it, so adding a page to the header is one annotation beside the mapping, not an edit of the header fragment.
 * The label is a message key of the page's own message file.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface MainNavigation {

    /** Where the link goes, such as {@code /worklist}. */
    String path();

    /** The message key of the link's text, such as {@code nav.worklist}. */
    String label();

    /** Who sees the link: anyone holding one of these roles. */
    Role[] roles();

    /** Position from the left; lower comes first. */
    int order();
}
