package org.careloop.wishes;

/** A directive corrected, based on {@code version}: the same fields as a new one, all of them replaced. */
public record DirectiveChange(Integer version, NewDirective directive) {
}
