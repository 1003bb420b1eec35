package org.careloop.fhir.endpoint;

import java.util.Date;
import java.util.List;

import ca.uhn.fhir.rest.api.server.IBundleProvider;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r4.model.InstantType;

/**
 * The matches of one search, fetched a page at a time: only the page the request asks for is read and translated,
 * and the total comes with it. The search's {@link SearchKey} lets the paging provider run it again for the next
 * page on any instance.
 */
final class SearchResults implements IBundleProvider {

    /** One page of matches and how many there are in all. */
    record Page(List<? extends IBaseResource> resources, int total) {
    }

    /** Reads {@code count} matches from {@code offset}. */
    interface Fetch {
        Page fetch(int offset, int count);
    }

    private final SearchKey key;
    private final PageWindow window;
    private final Fetch fetch;
    private final InstantType published = InstantType.now();
    private Page page;

    SearchResults(SearchKey key, PageWindow window, Fetch fetch) {
        this.key = key;
        this.window = window;
        this.fetch = fetch;
    }

    SearchKey key() {
        return key;
    }

    private Page page() {
        if (page == null) {
            page = fetch.fetch(window.offset(), window.count());
        }
        return page;
    }

    @Override
    public Integer size() {
        return page().total();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<IBaseResource> getResources(int from, int to) {
        if (window.offsetMode() || (from == window.offset() && to - from <= window.count())) {
            List<IBaseResource> resources = (List<IBaseResource>) page().resources();
            return List.copyOf(window.offsetMode() ? resources : resources.subList(0, Math.min(to - from, resources.size())));
        }
        return List.copyOf(fetch.fetch(from, to - from).resources());
    }

    /** A client paging with {@code _offset}: the page is already cut, HAPI writes the offset links. */
    @Override
    public Integer getCurrentPageOffset() {
        return window.offsetMode() ? window.offset() : null;
    }

    @Override
    public Integer getCurrentPageSize() {
        return window.offsetMode() ? window.count() : null;
    }

    @Override
    public String getNextPageId() {
        return window.offsetMode() && window.offset() + window.count() < size() ? "next" : null;
    }

    @Override
    public IPrimitiveType<Date> getPublished() {
        return published;
    }

    @Override
    public String getUuid() {
        return null;
    }

    @Override
    public Integer preferredPageSize() {
        return window.count();
    }

    /** A page cut from a list read whole (a patient's observations, a chart), translating only that page. */
    static <T> Page slice(List<T> all, int offset, int count, java.util.function.Function<T, ? extends IBaseResource> translate) {
        int from = Math.min(offset, all.size());
        int to = (int) Math.min((long) from + count, all.size());
        return new Page(all.subList(from, to).stream().map(translate).toList(), all.size());
    }
}
