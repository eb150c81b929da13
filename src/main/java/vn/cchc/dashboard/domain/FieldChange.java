package vn.cchc.dashboard.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** One field, before and after an edit: what the audit trail keeps of a task edit, and the indicator library of its own. */
public record FieldChange(String field, String before, String after) {

    /** The fields that differ between two versions of a task, in the order of the form. */
    public static List<FieldChange> between(Task before, Task after) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "code", before, after, Task::code);
        compare(changes, "area", before, after, Task::areaCode);
        compare(changes, "title", before, after, Task::title);
        compare(changes, "lead", before, after, t -> String.valueOf(t.leadUnitId()));
        compare(changes, "cooperation", before, after, Task::cooperationText);
        compare(changes, "output", before, after, Task::expectedOutput);
        compare(changes, "deadline", before, after, Task::deadlineText);
        compare(changes, "dueDate", before, after, t -> String.valueOf(t.dueDate()));
        return changes;
    }

    private static void compare(List<FieldChange> changes, String field, Task before, Task after,
                                Function<Task, String> value) {
        String a = value.apply(before);
        String b = value.apply(after);
        if (!Objects.equals(a, b)) {
            changes.add(new FieldChange(field, a, b));
        }
    }
}
