package org.careloop.database;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter, before sessions and security, both of which read the database. It turns their outage
 * failures into a 503, and it turns a refused authentication (401, or the sign-in form's way back to the login
 * page) into a 503 too when the database cannot be reached at that moment: the accounts could not be read, and a
 * care manager with the right password must not be told it is wrong.
 */
class OutageFilter extends OncePerRequestFilter {

    private final OutageResponse outage;
    private final DatabaseHealth database;

    OutageFilter(OutageResponse outage, DatabaseHealth database) {
        this.outage = outage;
        this.database = database;
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
        private Boolean databaseDown;

        AuthenticationOutcome(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
            this.response = response;
        }

        /** Asked only when authentication is refused, once per request; the answer is at most a second old. */
        private boolean becauseOfTheDatabase() {
            if (databaseDown == null) {
                databaseDown = !database.reachable();
            }
            return databaseDown;
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
            if (location.contains("/login") && becauseOfTheDatabase()) {
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
