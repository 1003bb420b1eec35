package org.careloop.worklist.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.careloop.InvalidRequest;
import org.careloop.NotFound;
import org.careloop.RefusedTransition;
import org.careloop.StaleVersion;
import org.careloop.identity.Callers;
import org.careloop.task.EscalationDisposition;
import org.careloop.task.Task;
import org.careloop.task.TaskBoard;
import org.careloop.task.TaskStatus;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Taking a task and marking it done from the worklist's task list. With htmx the answer is the refreshed task list
 * and a {@code worklist-changed} event that refreshes the worklist; without it, a redirect to the worklist with a
 * flash message.
 */
@Controller
class WorklistTasks {

    static final String CHANGED = "worklist-changed";

    private final TaskBoard board;
    private final TaskPanel panel;
    private final Callers callers;
    private final MessageSource messages;

    WorklistTasks(TaskBoard board, TaskPanel panel, Callers callers, MessageSource messages) {
        this.board = board;
        this.panel = panel;
        this.callers = callers;
        this.messages = messages;
    }

    @GetMapping("/worklist/tasks")
    String tasks(Model model) {
        model.addAttribute("tasks", panel.sections());
        return "worklist/tasks :: panel";
    }

    @PostMapping("/worklist/tasks/{id}/take")
    String take(@PathVariable UUID id, @RequestParam int version, @RequestHeader(value = "HX-Request", required = false)
                String htmx, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return answer(id, new TaskBoard.Change(version, null, callers.current().userId(), null, null, null),
                "worklist.task.taken", htmx != null, model, redirect, response);
    }

    /** Marks a task done; an escalation closes only with a disposition and a note (the board refuses otherwise). */
    @PostMapping("/worklist/tasks/{id}/done")
    String done(@PathVariable UUID id, @RequestParam int version,
                @RequestParam(required = false) EscalationDisposition disposition,
                @RequestParam(required = false) String closingNote,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        return answer(id, new TaskBoard.Change(version, TaskStatus.DONE, null, null, null, null, disposition,
                closingNote), "worklist.task.completed", htmx != null, model, redirect, response);
    }

    private String answer(UUID id, TaskBoard.Change change, String success, boolean htmx, Model model,
                          RedirectAttributes redirect, HttpServletResponse response) {
        String message;
        boolean changed;
        try {
            Task task = board.change(id, change);
            message = text(success, task.title());
            changed = true;
        } catch (StaleVersion stale) {
            message = text("worklist.task.stale");
            changed = false;
        } catch (RefusedTransition | NotFound refused) {
            message = text("worklist.task.refused", refused.getMessage());
            changed = false;
        } catch (InvalidRequest invalid) {
            message = text("worklist.task.invalid", String.join("; ", invalid.fields().entrySet().stream()
                    .map(problem -> messages.getMessage("worklist.task.problem." + problem.getKey(), null,
                            problem.getKey() + " " + problem.getValue(), LocaleContextHolder.getLocale()))
                    .toList()));
            changed = false;
        }
        if (!htmx) {
            redirect.addFlashAttribute(changed ? "flash" : "flashError", message);
            return "redirect:/worklist";
        }
        if (changed) {
            response.setHeader("HX-Trigger", CHANGED);
        }
        model.addAttribute(changed ? "taskMessage" : "taskError", message);
        model.addAttribute("tasks", panel.sections());
        return "worklist/tasks :: panel";
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
