package org.careloop.identity;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The practice a person is working in on the web pages, for people who belong to several (an administrator, a
 * biller). Kept in the web session, which lives in PostgreSQL, so any CareLoop instance serves the next page.
 */
@Service
public class PracticeSelection {

    static final String ATTRIBUTE = "careloop.practice";

    private final Callers callers;
    private final Practices practices;

    PracticeSelection(Callers callers, Practices practices) {
        this.callers = callers;
        this.practices = practices;
    }

    /** The caller's practices, by name. */
    public List<Practice> available() {
        Caller caller = callers.current();
        return practices.all().stream().filter(p -> caller.worksIn(p.id()))
                .sorted(Comparator.comparing(Practice::name)).toList();
    }

    /** The practice the caller chose, or their first one. */
    public Practice current() {
        List<Practice> mine = available();
        Object chosen = session(false) == null ? null : session(false).getAttribute(ATTRIBUTE);
        return mine.stream().filter(p -> p.id().toString().equals(String.valueOf(chosen))).findFirst()
                .orElse(mine.isEmpty() ? null : mine.get(0));
    }

    /** Switches to one of the caller's practices; another practice is refused. */
    public Practice choose(UUID practiceId) {
        Practice practice = available().stream().filter(p -> p.id().equals(practiceId)).findFirst()
                .orElseThrow(() -> new org.careloop.NotFound("No practice " + practiceId));
        session(true).setAttribute(ATTRIBUTE, practice.id().toString());
        return practice;
    }

    private static HttpSession session(boolean create) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getSession(create);
        }
        return null;
    }
}
