package org.careloop.timetracking;

import java.util.UUID;

/**
 * Time to log. An amendment adds time to a month already closed for billing, visibly flagged, optionally naming
 * the entry it corrects ({@code amends}).
 */
public record NewTimeEntry(TimeDetails details, boolean amendment, UUID amends) {
}
