package org.careloop.fhir.endpoint;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.RestfulServer;
import org.hl7.fhir.r4.model.Bundle;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.stereotype.Component;

/**
 * Keeps HAPI from parsing a posted bundle into objects before the import sees it: an EHR export is mostly claims
 * and notes CareLoop does not keep (up to hundreds of megabytes), which {@link BundleReader} skips as a stream.
 * HAPI hands a request's already-set resource to the {@code @Transaction} method instead of parsing the body.
 */
@Component
@Interceptor
class RawBundleBody {

    RawBundleBody(ServletRegistrationBean<RestfulServer> fhirServlet) {
        fhirServlet.getServlet().registerInterceptor(this);
    }

    /** Runs once HAPI knows the request is a transaction, before it binds the method's arguments. */
    @Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
    public boolean leaveBodyUnparsed(RequestDetails request) {
        if (request.getRestOperationType() == RestOperationTypeEnum.TRANSACTION && request.getResource() == null) {
            request.setResource(new Bundle());
        }
        return true;
    }
}
