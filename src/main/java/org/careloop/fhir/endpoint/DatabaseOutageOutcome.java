package org.careloop.fhir.endpoint;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import org.careloop.database.DatabaseOutage;

/**
 * A FHIR request that finds the database unreachable gets a 503 OperationOutcome ("transient": try again), not a
 * 500 that quotes the driver's message.
 */
@Interceptor
class DatabaseOutageOutcome {

    @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
    public BaseServerResponseException unavailable(Throwable exception) {
        return DatabaseOutage.isCause(exception)
                ? new UnclassifiedServerFailureException(503,
                        "CareLoop cannot reach its database at the moment. Please try again in a minute.")
                : null;
    }
}
