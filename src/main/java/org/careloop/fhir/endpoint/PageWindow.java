package org.careloop.fhir.endpoint;

import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;

/**
 * The entries a request asks for: from {@code offset}, at most {@code count} (the client's {@code _count}, or the
 * default, capped at the maximum). {@code offsetMode} is a client paging with {@code _offset} itself; otherwise
 * the offset is HAPI's {@code _getpagesoffset} of a next link, or 0 for a first page.
 */
record PageWindow(int offset, int count, boolean offsetMode) {

    static PageWindow of(RequestDetails request, FhirPagingSettings settings) {
        Integer offset = number(request, Constants.PARAM_OFFSET);
        Integer pagesOffset = number(request, Constants.PARAM_PAGINGOFFSET);
        Integer count = number(request, Constants.PARAM_COUNT);
        int size = count == null ? settings.defaultCount() : Math.min(count, settings.maxCount());
        int from = offset != null ? offset : pagesOffset != null ? pagesOffset : 0;
        return new PageWindow(from, size, offset != null);
    }

    private static Integer number(RequestDetails request, String name) {
        String[] values = request.getParameters().get(name);
        if (values == null || values.length == 0 || values[0].isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(values[0].trim());
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name + " must be a whole number of 0 or more, not '" + values[0] + "'");
        }
    }
}
