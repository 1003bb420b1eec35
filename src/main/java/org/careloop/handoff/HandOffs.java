package org.careloop.handoff;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.careloop.InvalidRequest;
import org.careloop.NotFound;
import org.careloop.RefusedTransition;
import org.careloop.identity.Callers;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.careloop.outreach.Interaction;
import org.careloop.outreach.Outreach;
import org.careloop.task.NewTask;
import org.careloop.task.Task;
import org.careloop.task.TaskBoard;
import org.careloop.task.TaskKind;
import org.careloop.task.TaskPriority;
import org.careloop.task.TaskStatus;
import org.springframework.stereotype.Service;

/**
 * Handing a call over. The care manager who reached the patient and found something for the nurse (a symptom to
 * triage, a medication question) or the provider (an order, a decision) passes the call on as a task: it waits in
 * that role's pool, or with the colleague named, and carries the care manager's note and the call's own notes, so
 * whoever takes it need not ask again. Every read and change goes through the task board and the outreach record,
 * which scope it to the caller's practices and put it on the audit trail.
 */
@Service
public class HandOffs {

    /** How a hand-off task names the contact it came from. */
    static final String SOURCE = "interaction:";
    static final int MAX_NOTE_LENGTH = 4000;
    /** The pools a call is handed to: the triage nurses and the providers. */
    private static final Set<String> POOLS = Set.of(Role.NURSE.name(), Role.PROVIDER.name());
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMM d, yyyy h:mm a", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    private final Outreach outreach;
    private final TaskBoard board;
    private final Staff staff;
    private final Callers callers;
    private final Clock clock;

    HandOffs(Outreach outreach, TaskBoard board, Staff staff, Callers callers, Clock clock) {
        this.outreach = outreach;
        this.board = board;
        this.staff = staff;
        this.callers = callers;
        this.clock = clock;
    }

    /** Hands the patient's contact over as a task; a bad request names its field and opens nothing. */
    public HandOff handOver(UUID patientId, UUID interactionId, HandOver handOver) {
        Interaction call = outreach.interaction(patientId, interactionId);
        LocalDate today = LocalDate.now(clock);
        refuseProblems(handOver, call, today);
        String by = staff.find(callers.current().userId()).map(Staff.Person::displayName)
                .orElse(callers.current().username());
        Task task = board.open(new NewTask(null, patientId, title(call, by), TaskKind.HANDOFF, handOver.ownerId(),
                handOver.ownerId() == null ? handOver.rolePool().strip().toUpperCase(Locale.ROOT) : null,
                handOver.dueOn() == null ? today : handOver.dueOn(),
                handOver.priority() == null ? TaskPriority.ROUTINE : handOver.priority(), notes(handOver, call, by),
                SOURCE + call.id()));
        return named(List.of(task)).get(0);
    }

    /** One hand-off of the caller's practices; any other task, or another practice's, is not found. */
    public HandOff find(UUID taskId) {
        Task task = board.task(taskId);
        if (task.kind() != TaskKind.HANDOFF) {
            throw new NotFound("No hand-off " + taskId);
        }
        return named(List.of(task)).get(0);
    }

    /** The patient's hand-offs, open and closed, newest first. */
    public List<HandOff> ofPatient(UUID patientId) {
        return named(board.list(TaskBoard.View.ALL, patientId, false).stream()
                .filter(task -> task.kind() == TaskKind.HANDOFF)
                .sorted((a, b) -> b.createdAt().compareTo(a.createdAt())).toList());
    }

    /**
     * Takes the hand-off from its pool, or (for the colleague it was given to) starts on it. A hand-off someone
     * else already has is refused, naming them: two nurses must not call the same patient about the same thing.
     */
    public HandOff take(UUID taskId, int version) {
        HandOff handOff = find(taskId);
        UUID caller = callers.current().userId();
        if (handOff.task().ownerId() != null && !handOff.task().ownerId().equals(caller) && handOff.task().isOpen()) {
            throw new RefusedTransition("The hand-off is with " + handOff.ownerName() + " already");
        }
        return named(List.of(board.change(taskId, new TaskBoard.Change(version, TaskStatus.IN_PROGRESS, caller, null,
                null, null)))).get(0);
    }

    /**
     * Marks the hand-off done, with what was done when the taker says so; CareLoop records who finished it (who
     * takes it over, when it was still waiting in its pool).
     */
    public HandOff complete(UUID taskId, int version, String note) {
        HandOff handOff = find(taskId);
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            throw new InvalidRequest("Invalid note", Map.of("note", "at most " + MAX_NOTE_LENGTH + " characters"));
        }
        UUID caller = callers.current().userId();
        return named(List.of(board.change(taskId, new TaskBoard.Change(version, TaskStatus.DONE,
                handOff.task().ownerId() == null ? caller : null, null, null, null, null, note)))).get(0);
    }

    /** The nurses and providers of a practice, whom a call can be handed to by name. */
    public List<Staff.Person> colleagues(UUID practiceId) {
        return Stream.concat(staff.inPractice(practiceId, Role.NURSE).stream(),
                staff.inPractice(practiceId, Role.PROVIDER).stream()).distinct().toList();
    }

    private void refuseProblems(HandOver handOver, Interaction call, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        boolean pool = handOver.rolePool() != null && !handOver.rolePool().isBlank();
        if (!pool && handOver.ownerId() == null) {
            problems.put("rolePool", "is required: NURSE or PROVIDER, unless a colleague is named (ownerId)");
        } else if (pool && handOver.ownerId() != null) {
            problems.put("rolePool", "give a pool or a colleague (ownerId), not both");
        } else if (pool && !POOLS.contains(handOver.rolePool().strip().toUpperCase(Locale.ROOT))) {
            problems.put("rolePool", "must be NURSE or PROVIDER");
        }
        boolean noNote = handOver.note() == null || handOver.note().isBlank();
        if (noNote && (call.notes() == null || call.notes().isBlank())) {
            problems.put("note", "is required when the call has no notes: say what the nurse or provider should do");
        } else if (!noNote && handOver.note().length() > MAX_NOTE_LENGTH) {
            problems.put("note", "at most " + MAX_NOTE_LENGTH + " characters");
        }
        if (handOver.dueOn() != null && handOver.dueOn().isBefore(today)) {
            problems.put("dueOn", "cannot be in the past");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Invalid " + String.join(", ", problems.keySet()), problems);
        }
    }

    private String title(Interaction call, String by) {
        return "Hand-off from " + by + ": " + words(call.kind().name()) + ", " + words(call.outcome().name())
                + " (" + DAY.format(call.occurredAt().atZone(clock.getZone())) + ")";
    }

    /** The care manager's note first, then the call as it was recorded, so the note travels with its context. */
    private String notes(HandOver handOver, Interaction call, String by) {
        List<String> parts = new ArrayList<>();
        if (handOver.note() != null && !handOver.note().isBlank()) {
            parts.add(handOver.note().strip());
        }
        String topics = call.topics().isEmpty() ? "" : "\nTopics: " + String.join(", ", call.topics());
        parts.add("Call notes (" + words(call.kind().name()) + ", " + words(call.outcome().name()) + ", "
                + WHEN.format(call.occurredAt().atZone(clock.getZone())) + ", by "
                + (call.staffName() == null ? by : call.staffName()) + "):" + topics + "\n"
                + (call.notes() == null || call.notes().isBlank() ? "(no notes)" : call.notes()));
        return String.join("\n\n", parts);
    }

    private List<HandOff> named(List<Task> tasks) {
        Map<UUID, Staff.Person> people = staff.byId(tasks.stream()
                .flatMap(task -> Stream.of(task.createdBy(), task.ownerId(), task.closedBy()))
                .filter(Objects::nonNull).toList());
        return tasks.stream().map(task -> HandOff.of(task, interactionOf(task), name(people, task.createdBy()),
                name(people, task.ownerId()), name(people, task.closedBy()))).toList();
    }

    private static UUID interactionOf(Task task) {
        return task.source() != null && task.source().startsWith(SOURCE)
                ? UUID.fromString(task.source().substring(SOURCE.length())) : null;
    }

    private static String name(Map<UUID, Staff.Person> people, UUID person) {
        return person == null || !people.containsKey(person) ? null : people.get(person).displayName();
    }

    private static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
