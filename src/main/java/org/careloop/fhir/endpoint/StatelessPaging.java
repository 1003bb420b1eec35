package org.careloop.fhir.endpoint;

import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.IPagingProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * HAPI's paging provider without memory: instead of keeping a search's results for the next page, the
 * {@code _getpages} id of a next link holds the search itself ({@link SearchKey}), which the page request runs
 * again, as its own caller, reading only the page asked for ({@code _getpagesoffset}, {@code _count}). Several
 * CareLoop instances behind a load balancer thus serve each other's next links.
 */
@Component
class StatelessPaging implements IPagingProvider {

    private final FhirPagingSettings settings;
    private final FhirSearches searches;

    StatelessPaging(FhirPagingSettings settings, @Lazy FhirSearches searches) {
        this.settings = settings;
        this.searches = searches;
    }

    @Override
    public int getDefaultPageSize() {
        return settings.defaultCount();
    }

    @Override
    public int getMaximumPageSize() {
        return settings.maxCount();
    }

    @Override
    public String storeResultList(RequestDetails request, IBundleProvider results) {
        return results instanceof SearchResults search ? search.key().encode() : null;
    }

    @Override
    public IBundleProvider retrieveResultList(RequestDetails request, String id) {
        SearchKey key = SearchKey.decode(id);
        return key == null ? null : searches.run(key, request);
    }
}
