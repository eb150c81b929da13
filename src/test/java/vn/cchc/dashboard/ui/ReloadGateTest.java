package vn.cchc.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReloadGateTest {

    final List<String> ran = new ArrayList<>();
    final ReloadGate gate = new ReloadGate();
    final Runnable rank = gate.guard(() -> ran.add("rank"));
    final Runnable read = gate.guard(() -> ran.add("read"));

    @Test
    void aScreenNeverHiddenReloadsAtOnce() {
        rank.run();
        rank.run();
        assertThat(ran).containsExactly("rank", "rank");
    }

    @Test
    void aHiddenScreenReloadsOnceWhenShownAgainHoweverOftenItWasAsked() {
        gate.deactivate();
        read.run();
        rank.run();
        read.run();
        assertThat(ran).isEmpty();
        gate.activate();
        assertThat(ran).containsExactly("read", "rank");
        gate.activate();
        assertThat(ran).as("nothing left to catch up").hasSize(2);
    }

    @Test
    void aScreenHiddenWithoutChangesReadsNothingWhenShown() {
        gate.deactivate();
        gate.activate();
        assertThat(ran).isEmpty();
        rank.run();
        assertThat(ran).containsExactly("rank");
    }
}
