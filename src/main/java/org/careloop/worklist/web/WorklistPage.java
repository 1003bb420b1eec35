package org.careloop.worklist.web;

import java.time.Clock;
import java.util.List;

import org.careloop.audit.AuditChannel;
import org.careloop.identity.Caller;
import org.careloop.identity.Callers;
import org.careloop.identity.PracticeSelection;
import org.careloop.identity.Role;
import org.careloop.program.CareProgram;
import org.careloop.worklist.Worklist;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The care manager's home page: today's patients, ranked, with the reasons to call, filtered in place, and the
 * task list beside it. A nurse, who has no panel of her own, works from the task list and her role's pool.
 */
@Controller
class WorklistPage {

    static final String RESULTS = "worklist-results";

    private final Worklist worklist;
    private final TaskPanel tasks;
    private final NursePatients nurses;
    private final Callers callers;
    private final PracticeSelection practices;
    private final Clock clock;

    WorklistPage(Worklist worklist, TaskPanel tasks, NursePatients nurses, Callers callers, PracticeSelection practices,
                 Clock clock) {
        this.worklist = worklist;
        this.tasks = tasks;
        this.nurses = nurses;
        this.callers = callers;
        this.practices = practices;
        this.clock = clock;
    }

    @GetMapping("/worklist")
    String worklist(@RequestParam(required = false) String program, @RequestParam(required = false) String practice,
                    @RequestParam(required = false) String overdue,
                    @RequestHeader(value = "HX-Target", required = false) String target, Model model) {
        Caller caller = callers.current();
        WorklistFilter filter = WorklistFilter.read(program, practice, overdue, caller);
        List<WorklistRow> rows = !filter.errors().isEmpty() ? List.of()
                : worklist.forCareManager(filter.scope(caller), AuditChannel.UI).stream().filter(filter::admits)
                        .map(WorklistRow::of).toList();
        model.addAttribute("filter", filter);
        model.addAttribute("rows", rows);
        model.addAttribute("zone", clock.getZone());
        boolean careManager = caller.hasRole(Role.CARE_MANAGER);
        model.addAttribute("careManager", careManager);
        model.addAttribute("nurseRows", careManager || !caller.hasRole(Role.NURSE) || !filter.errors().isEmpty() ? List.of()
                : nurses.of(filter.scope(caller)).stream().filter(filter::admits).toList());
        if (RESULTS.equals(target)) {
            return "worklist/worklist :: results";
        }
        model.addAttribute("programs", CareProgram.values());
        model.addAttribute("practices", practices.available());
        model.addAttribute("tasks", tasks.sections());
        return "worklist/worklist";
    }
}
