package vn.cchc.dashboard.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.dashboard.domain.Task;
import java.util.Optional;

/** A plan's tasks with their cooperating units. */
public final class TaskRepository {

    private static final String COLUMNS = "id, plan_id, code, area_code, title, lead_unit_id, cooperation_text,"
            + " expected_output, deadline_text, due_date, recurring, sort_order";

    /** Inserts {@code task} (its id is ignored) with its cooperating units and returns the new id. */
    public long insert(Connection c, Task task) throws SQLException {
        return insertAll(c, List.of(task)).get(0);
    }

    /** Inserts {@code tasks} (their ids are ignored) with their cooperating units in batches; returns the new ids. */
    public List<Long> insertAll(Connection c, List<Task> tasks) throws SQLException {
        List<Long> ids = Jdbc.insertAll(c, "INSERT INTO task (plan_id, code, area_code, title, lead_unit_id,"
                        + " cooperation_text, expected_output, deadline_text, due_date, recurring, sort_order)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                tasks.stream().map(task -> new Object[] {task.planId(), task.code(), task.areaCode(), task.title(),
                        task.leadUnitId(), task.cooperationText(), task.expectedOutput(), task.deadlineText(),
                        task.dueDate(), task.recurring(), task.sortOrder()}).toList());
        List<Object[]> cooperators = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            for (long unitId : tasks.get(i).cooperatingUnitIds()) {
                cooperators.add(new Object[] {ids.get(i), unitId});
            }
        }
        Jdbc.updateAll(c, "INSERT INTO task_cooperator (task_id, unit_id) VALUES (?, ?)", cooperators);
        return ids;
    }

    /** Saves new values for {@code task}'s fields and cooperating units; false when there is no such task. */
    public boolean update(Connection c, Task task) throws SQLException {
        int rows = Jdbc.update(c, "UPDATE task SET code = ?, area_code = ?, title = ?, lead_unit_id = ?, cooperation_text = ?,"
                        + " expected_output = ?, deadline_text = ?, due_date = ?, recurring = ?, version = version + 1"
                        + " WHERE id = ? AND deleted = FALSE",
                task.code(), task.areaCode(), task.title(), task.leadUnitId(), task.cooperationText(),
                task.expectedOutput(), task.deadlineText(), task.dueDate(), task.recurring(), task.id());
        if (rows == 1) {
            Jdbc.update(c, "DELETE FROM task_cooperator WHERE task_id = ?", task.id());
            for (long unitId : task.cooperatingUnitIds()) {
                Jdbc.update(c, "INSERT INTO task_cooperator (task_id, unit_id) VALUES (?, ?)", task.id(), unitId);
            }
        }
        return rows == 1;
    }

    /**
     * Takes the task's row lock for a change to its progress (deleted tasks too: their history can still be
     * corrected); false when there is no such row. A second writer on the same task waits here until the first
     * commits; its next statements then read what the first wrote (both databases run READ COMMITTED).
     * Callers lock several tasks in ascending id order, so that two of them never deadlock.
     */
    public boolean lockForProgress(Connection c, long taskId) throws SQLException {
        return !Jdbc.query(c, "SELECT id FROM task WHERE id = ? FOR UPDATE", r -> r.getLong(1), taskId).isEmpty();
    }

    /** Takes a task out of its plan; its updates and audit trail stay. False when there is no such task. */
    public boolean delete(Connection c, long taskId) throws SQLException {
        return Jdbc.update(c, "UPDATE task SET deleted = TRUE, version = version + 1 WHERE id = ? AND deleted = FALSE",
                taskId) == 1;
    }

    /** The task as stored now, unless deleted. */
    public Optional<Task> findById(Connection c, long taskId) throws SQLException {
        Map<Long, List<Long>> cooperators = new HashMap<>();
        cooperators.put(taskId, Jdbc.query(c, "SELECT unit_id FROM task_cooperator WHERE task_id = ? ORDER BY unit_id",
                r -> r.getLong(1), taskId));
        return Jdbc.query(c, "SELECT " + COLUMNS + " FROM task WHERE id = ? AND deleted = FALSE",
                r -> map(r, cooperators), taskId).stream().findFirst();
    }

    public List<Task> findByPlan(Connection c, long planId) throws SQLException {
        Map<Long, List<Long>> cooperators = new HashMap<>();
        Jdbc.query(c, "SELECT tc.task_id, tc.unit_id FROM task_cooperator tc JOIN task t ON t.id = tc.task_id"
                        + " WHERE t.plan_id = ? AND t.deleted = FALSE ORDER BY tc.task_id, tc.unit_id",
                r -> cooperators.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getLong(2)), planId);
        return Jdbc.query(c, "SELECT " + COLUMNS + " FROM task WHERE plan_id = ? AND deleted = FALSE ORDER BY sort_order",
                r -> map(r, cooperators), planId);
    }

    /** The plan a task belongs to, or -1 when there is no such task. */
    public long planOf(Connection c, long taskId) throws SQLException {
        List<Long> plans = Jdbc.query(c, "SELECT plan_id FROM task WHERE id = ? AND deleted = FALSE", r -> r.getLong(1), taskId);
        return plans.isEmpty() ? -1 : plans.get(0);
    }

    private static Task map(ResultSet r, Map<Long, List<Long>> cooperators) throws SQLException {
        long id = r.getLong("id");
        return new Task(id, r.getLong("plan_id"), r.getString("code"), r.getString("area_code"), r.getString("title"),
                r.getLong("lead_unit_id"), cooperators.getOrDefault(id, List.of()), r.getString("cooperation_text"),
                r.getString("expected_output"), r.getString("deadline_text"), Jdbc.date(r, "due_date"),
                r.getBoolean("recurring"), r.getInt("sort_order"));
    }
}
