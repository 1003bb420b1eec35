package org.careloop.worklist.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careloop.identity.Callers;
import org.careloop.worklist.Worklist;
import org.careloop.worklist.WorklistEntry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The calling care manager's worklist. */
@RestController
@Tag(name = "Worklist")
class WorklistController {

    private final Worklist worklist;
    private final Callers callers;

    WorklistController(Worklist worklist, Callers callers) {
        this.worklist = worklist;
        this.callers = callers;
    }

    @GetMapping("/api/worklist")
    @Operation(summary = "Your enrolled patients ranked by what needs doing, each with its reasons")
    List<WorklistEntry> mine() {
        return worklist.forCareManager(callers.current());
    }
}
