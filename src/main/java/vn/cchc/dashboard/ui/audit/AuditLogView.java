package vn.cchc.dashboard.ui.audit;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.SaveDialog;
import vn.cchc.dashboard.ui.ScreenView;
import vn.cchc.dashboard.ui.controls.Columns;

/** Nhật ký thay đổi screen. */
public final class AuditLogView implements ScreenView {

    private final AuditLogViewModel model;
    private final VBox root;

    public AuditLogView(AuditLogViewModel model, Messages messages, SaveDialog saveDialog) {
        this.model = model;
        Label title = new Label(messages.get("nav.audit"));
        title.getStyleClass().add("screen-title");
        TextField search = new TextField();
        search.setId("audit-search");
        search.setPromptText(messages.get("audit.search"));
        search.setPrefColumnCount(28);
        search.textProperty().bindBidirectional(model.search());
        Label count = new Label();
        count.getStyleClass().add("muted");
        count.textProperty().bind(Bindings.createStringBinding(() ->
                messages.format("audit.count", messages.formats().count(model.lines().size())), model.lines()));
        Button export = new Button(messages.get("audit.export"), new FontIcon(Material2OutlinedMZ.SAVE_ALT));
        export.setId("audit-export");
        export.setOnAction(e -> saveDialog.ask(messages.get("audit.export"), "nhat-ky-thay-doi.xlsx", "xlsx")
                .ifPresent(model::export));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, search, spacer, count, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label feedback = new Label();
        feedback.setId("audit-feedback");
        feedback.getStyleClass().add("feedback");
        feedback.textProperty().bind(model.feedback());
        feedback.managedProperty().bind(feedback.textProperty().isNotEmpty());

        TableView<AuditLogViewModel.Line> table = new TableView<>(model.lines());
        table.setId("audit-table");
        table.setPlaceholder(new Label(messages.get("audit.none")));
        // The columns share the width, each text wrapping in its column (a value before and after a change whole).
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(column(messages.get("audit.column.time"), AuditLogViewModel.Line::time, 160, 150));
        table.getColumns().add(column(messages.get("audit.column.user"), AuditLogViewModel.Line::user, 150, 96));
        table.getColumns().add(column(messages.get("audit.column.action"), AuditLogViewModel.Line::action, 170, 100));
        table.getColumns().add(column(messages.get("audit.column.task"), AuditLogViewModel.Line::task, 76, 70));
        table.getColumns().add(column(messages.get("audit.column.field"), AuditLogViewModel.Line::field, 130, 90));
        table.getColumns().add(column(messages.get("audit.column.before"), AuditLogViewModel.Line::before, 220, 120));
        table.getColumns().add(column(messages.get("audit.column.after"), AuditLogViewModel.Line::after, 220, 120));
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new VBox(14, title, bar, feedback, table);
        root.getStyleClass().addAll("screen", "screen-content");
    }

    private static TableColumn<AuditLogViewModel.Line, String> column(String heading,
            java.util.function.Function<AuditLogViewModel.Line, String> value, double width, double least) {
        TableColumn<AuditLogViewModel.Line, String> column = Columns.wrapping(heading, value, width);
        column.setMinWidth(least);
        return column;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void activate() {
        model.activate();
    }

    @Override
    public void deactivate() {
        model.deactivate();
    }

    @Override
    public void dispose() {
        model.dispose();
    }
}
