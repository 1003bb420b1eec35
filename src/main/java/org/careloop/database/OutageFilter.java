package org.careloop.database;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.careloop.DatabaseOutage;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter, before sessions and security, both of which read the database. It turns their outage
 * failures into a 503, and it turns an authentication refused only because the accounts could not be read
 * (Spring Security's "service exception", which would otherwise become 401 or "wrong password") into a 503 too:
 * a care manager with the right password must not be told it is wrong.
 */
class OutageFilter extends OncePerRequestFilter {

    static final String AUTHENTICATION_UNAVAILABLE = OutageFilter.class.getName() + ".authenticationUnavailable";

    private final OutageResponse outage;

    OutageFilter(OutageResponse outage) {
        this.outage = outage;
    }

    /** Remembers, for the current request, that authentication failed because the database did. */
    static void authenticationFailed(AuthenticationFailureServiceExceptionEvent event) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && DatabaseOutage.isCause(event.getException())) {
            request.setAttribute(AUTHENTICATION_UNAVAILABLE, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, new AuthenticationOutcome(request, response));
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseOutage.isCause(e) || response.isCommitted()) {
                throw e;
            }
            outage.write(request, response);
        }
    }

    private final class AuthenticationOutcome extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private final HttpServletResponse response;

        AuthenticationOutcome(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
            this.response = response;
        }

        private boolean becauseOfTheDatabase() {
            return Boolean.TRUE.equals(request.getAttribute(AUTHENTICATION_UNAVAILABLE));
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (status == SC_UNAUTHORIZED && becauseOfTheDatabase()) {
                outage.write(request, response);
            } else {
                super.sendError(status, message);
            }
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void setStatus(int status) {
            if (status == SC_UNAUTHORIZED && becauseOfTheDatabase()) {
                try {
                    outage.write(request, response);
                } catch (IOException e) {
                    super.setStatus(SC_SERVICE_UNAVAILABLE);
                }
            } else {
                super.setStatus(status);
            }
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            if (becauseOfTheDatabase()) {
                outage.write(request, response); // the sign-in form's "wrong password" redirect
            } else {
                super.sendRedirect(location);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!("WWW-Authenticate".equalsIgnoreCase(name) && becauseOfTheDatabase())) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!("WWW-Authenticate".equalsIgnoreCase(name) && becauseOfTheDatabase())) {
                super.addHeader(name, value);
            }
        }
    }
}
