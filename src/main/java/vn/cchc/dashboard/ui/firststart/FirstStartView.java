package vn.cchc.dashboard.ui.firststart;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.cchc.dashboard.app.FirstStart.Beginning;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.Subscriptions;
import vn.cchc.dashboard.ui.firststart.FirstStartViewModel.Step;

/**
 * The wizard as one card in the middle of the window, redrawn for each page and in the language just
 * chosen. It scrolls rather than cuts off on a small screen or at a large display scale.
 */
public final class FirstStartView {

    private final FirstStartViewModel model;
    private final Subscriptions subscriptions = new Subscriptions();
    private final List<Runnable> unbind = new ArrayList<>();
    private final VBox card = new VBox(16);
    private final ScrollPane root;

    public FirstStartView(FirstStartViewModel model) {
        this.model = model;
        card.getStyleClass().addAll("card", "first-start");
        card.setMaxWidth(640);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane centred = new StackPane(card);
        centred.getStyleClass().add("loading");
        centred.setStyle("-fx-padding: 24;");
        root = new ScrollPane(centred);
        root.setFitToWidth(true);
        root.setFitToHeight(true);
        root.setId("first-start");
        subscriptions.follow(model.step(), s -> redraw());
        subscriptions.follow(model.messages(), m -> redraw());
    }

    public Parent root() {
        return root;
    }

    private void redraw() {
        unbind.forEach(Runnable::run);
        unbind.clear();
        Messages messages = model.messages().get();
        Step step = model.step().get();
        Label title = new Label(messages.get("firstStart.title"));
        title.getStyleClass().add("screen-title");
        title.setWrapText(true);
        Label progress = new Label(messages.format("firstStart.step", step.ordinal() + 1, Step.values().length,
                messages.get("firstStart.step." + step.name().toLowerCase(java.util.Locale.ROOT))));
        progress.setId("firststart-step");
        progress.getStyleClass().add("section-title");
        Label problem = new Label();
        problem.setId("firststart-problem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problem());
        problem.managedProperty().bind(model.problem().isNotEmpty());
        unbind.add(() -> {
            problem.textProperty().unbind();
            problem.managedProperty().unbind();
        });
        Label later = new Label(messages.get("firstStart.later"));
        later.getStyleClass().add("muted");
        later.setWrapText(true);
        card.getChildren().setAll(title, progress, page(step, messages), problem, buttons(step, messages), later);
    }

    private Node page(Step step, Messages messages) {
        return switch (step) {
            case LANGUAGE -> languagePage(messages);
            case PROFILE -> form(messages.get("firstStart.profile.intro"),
                    field(messages.get("settings.userName"), "firststart-user-name", model.userName(),
                            messages.get("settings.userName.hint")),
                    field(messages.get("settings.userUnit"), "firststart-user-unit", model.userUnit(),
                            messages.get("firstStart.userUnit.prompt")));
            case REPORTS -> form(messages.get("firstStart.reports.intro"),
                    field(messages.get("firstStart.province"), "firststart-province", model.provinceName(),
                            messages.get("firstStart.province.prompt")),
                    field(messages.get("firstStart.issuingBody"), "firststart-issuing", model.issuingBody(),
                            messages.get("firstStart.issuingBody.prompt")));
            case BEGIN -> beginPage(messages);
        };
    }

    private Node languagePage(Messages messages) {
        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox(10, wrapped(messages.get("firstStart.language.intro")));
        for (Language language : Language.values()) {
            // Each language named in itself, so that the user finds theirs whatever is shown now.
            RadioButton radio = new RadioButton(Messages.of(language).get("language." + language.code()));
            radio.setId("firststart-lang-" + language.code());
            radio.setToggleGroup(group);
            radio.setUserData(language);
            radio.setSelected(language == model.language().get());
            choices.getChildren().add(radio);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.language().set((Language) now.getUserData());
            }
        });
        return choices;
    }

    private Node beginPage(Messages messages) {
        VBox choices = new VBox(12, wrapped(messages.get("firstStart.begin.intro")),
                choice(messages, Beginning.SAMPLE, "firststart-sample", "firstStart.sample"),
                choice(messages, Beginning.IMPORT, "firststart-import", "firstStart.import"));
        ProgressIndicator saving = new ProgressIndicator();
        saving.setPrefSize(24, 24);
        saving.visibleProperty().bind(model.busy());
        saving.managedProperty().bind(model.busy());
        unbind.add(() -> {
            saving.visibleProperty().unbind();
            saving.managedProperty().unbind();
        });
        choices.getChildren().add(saving);
        return choices;
    }

    /** A large button with a sentence saying what it leads to. */
    private Node choice(Messages messages, Beginning beginning, String id, String key) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.getStyleClass().add(beginning == Beginning.SAMPLE ? "accent" : "button-outlined");
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setPrefWidth(200);
        button.disableProperty().bind(model.busy());
        unbind.add(() -> button.disableProperty().unbind());
        button.setOnAction(e -> model.begin(beginning));
        Label detail = wrapped(messages.get(key + ".detail"));
        HBox.setHgrow(detail, Priority.ALWAYS);
        HBox row = new HBox(14, button, detail);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node form(String intro, Node... fields) {
        VBox box = new VBox(12, wrapped(intro));
        box.getChildren().addAll(fields);
        return box;
    }

    private Node field(String caption, String id, javafx.beans.property.StringProperty value, String hint) {
        TextField text = new TextField();
        text.setId(id);
        text.textProperty().bindBidirectional(value);
        unbind.add(() -> text.textProperty().unbindBidirectional(value));
        text.setOnAction(e -> model.next());
        VBox box = new VBox(4, new Label(caption), text);
        if (hint != null) {
            text.setPromptText(hint);
        }
        return box;
    }

    private Node buttons(Step step, Messages messages) {
        Button back = new Button(messages.get("firstStart.back"));
        back.setId("firststart-back");
        back.setDisable(step == Step.LANGUAGE);
        back.setOnAction(e -> model.back());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, back, spacer);
        if (step != Step.BEGIN) {
            Button next = new Button(messages.get("firstStart.next"));
            next.setId("firststart-next");
            next.getStyleClass().add("accent");
            next.setDefaultButton(true);
            next.setOnAction(e -> model.next());
            bar.getChildren().add(next);
        }
        return bar;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    public void dispose() {
        subscriptions.dispose();
        unbind.forEach(Runnable::run);
        unbind.clear();
    }
}
