package org.careloop.fhir.endpoint;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The FHIR R4 REST endpoint at {@code /fhir}, served by HAPI FHIR's RestfulServer. Resource providers
 * ({@link IResourceProvider} beans) and plain providers ({@link FhirPlainProvider} beans, such as the bundle
 * import at the base URL) are collected from the application context. Searches are paged without memory
 * ({@link StatelessPaging}); every error comes back as a clean OperationOutcome ({@link FailureOutcomes}).
 */
@Configuration
class FhirEndpoint {

    @Bean
    ServletRegistrationBean<RestfulServer> fhirServlet(FhirContext context,
                                                      ObjectProvider<IResourceProvider> resourceProviders,
                                                      ObjectProvider<FhirPlainProvider> plainProviders,
                                                      StatelessPaging paging) {
        RestfulServer server = new RestfulServer(context);
        server.setPagingProvider(paging);
        server.registerInterceptor(new FailureOutcomes());
        server.setResourceProviders(resourceProviders.orderedStream().toList());
        server.setPlainProviders(plainProviders.orderedStream().map(Object.class::cast).toList());
        server.setDefaultPrettyPrint(false);
        server.setDefaultResponseEncoding(ca.uhn.fhir.rest.api.EncodingEnum.JSON);
        server.setServerName("CareLoop FHIR R4");
        ServletRegistrationBean<RestfulServer> registration = new ServletRegistrationBean<>(server, "/fhir/*");
        registration.setName("fhir");
        registration.setLoadOnStartup(1);
        return registration;
    }
}
