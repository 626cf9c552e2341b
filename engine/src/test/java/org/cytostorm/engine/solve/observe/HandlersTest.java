package org.cytostorm.engine.solve.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cytostorm.engine.CompiledModel;
import org.cytostorm.engine.solve.Intervention;
import org.cytostorm.engine.solve.Method;
import org.cytostorm.engine.solve.Observers;
import org.cytostorm.engine.solve.OdeProblem;
import org.cytostorm.engine.solve.ReturnCode;
import org.cytostorm.engine.solve.Solution;
import org.cytostorm.engine.solve.SolverOptions;
import org.cytostorm.engine.solve.Supervisor;
import org.cytostorm.engine.testing.Models;
import org.cytostorm.engine.testing.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Output and step handlers see the run as it is computed, change nothing by looking, and can stop it. */
class HandlersTest {

    private static final CompiledModel REYNOLDS = Models.compile(TestModels.reynolds());
    private static final CompiledModel PK = Models.compile(TestModels.PHARMACOKINETICS);

    /** Runs that exercise the run's parts: model events, breakpoints, interventions, AUTO's switch. */
    static Stream<Arguments> runs() {
        OdeProblem reynolds = REYNOLDS.problem().withUniformTimes(0, 200, 101);
        OdeProblem pk = PK.problem().withUniformTimes(0, 48, 97).withOutputs(List.of("A1", "A2", "infusion"));
        OdeProblem robertson = Models.compile(TestModels.ROBERTSON).problem().withUniformTimes(0, 40, 21);
        return Stream.of(
                Arguments.of("reynolds RODAS5P", reynolds.withOptions(SolverOptions.DEFAULTS.withMethod(Method.RODAS5P))),
                Arguments.of("reynolds DOPRI853", reynolds.withOptions(SolverOptions.DEFAULTS.withMethod(Method.DOPRI853))),
                Arguments.of("pk with doses", pk.withInterventions(List.of(Intervention.add(6, "A1", 20),
                        Intervention.add(40, "k10", 0.1)))),
                Arguments.of("robertson AUTO (switches)", robertson));
    }

    private static String csv(Solution s) {
        StringWriter w = new StringWriter();
        try {
            s.writeCsv(w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString() + s.returnCode() + " " + s.finalTime() + " " + s.statistics() + " " + s.methodUsed();
    }

    /** Copies every row it is given. */
    private static final class RowCopier implements OutputHandler {
        final List<Double> times = new ArrayList<>();
        final List<double[]> rows = new ArrayList<>();
        final List<Integer> indices = new ArrayList<>();
        final int stopAfter;

        RowCopier(int stopAfter) {
            this.stopAfter = stopAfter;
        }

        @Override
        public Action handleRow(OutputRow row) {
            indices.add(row.index());
            times.add(row.time());
            double[] values = new double[row.names().size()];
            for (int c = 0; c < values.length; c++) {
                values[c] = row.value(c);
                assertEquals(Double.doubleToRawLongBits(values[c]),
                        Double.doubleToRawLongBits(row.value(row.names().get(c))), "by index and by name");
            }
            rows.add(values);
            return rows.size() == stopAfter ? Action.STOP : Action.CONTINUE;
        }
    }

    /** Records each step's span and checks contiguity. */
    private static final class StepRecorder implements StepHandler {
        final List<double[]> spans = new ArrayList<>();

        @Override
        public Action handleStep(StepView step) {
            spans.add(new double[] {step.startTime(), step.endTime()});
            return Action.CONTINUE;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void anOutputHandlerReceivesExactlyTheRowsOfTheSolution(String name, OdeProblem problem) {
        RowCopier copier = new RowCopier(-1);
        Solution s = problem.solve(Observers.none().withOutputHandler(copier));
        assertEquals(s.rows(), copier.rows.size());
        for (int r = 0; r < s.rows(); r++) {
            assertEquals(r, copier.indices.get(r));
            assertEquals(s.time(r), copier.times.get(r), 0.0);
            for (int c = 0; c < s.names().size(); c++) {
                assertEquals(Double.doubleToRawLongBits(s.value(s.names().get(c), r)),
                        Double.doubleToRawLongBits(copier.rows.get(r)[c]), name + " row " + r + " column " + c);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void handlersThatOnlyLookChangeNoNumber(String name, OdeProblem problem) {
        String plain = csv(problem.solve());
        EventDetector never = EventDetector.threshold(problem.outputs().get(0), 1e300, Direction.RISING)
                .withMaxCheckInterval(0.5);
        Solution watched = problem.solve(Observers.none()
                .withOutputHandler(row -> Action.CONTINUE)
                .withStepHandler(step -> {
                    step.at(0.5 * (step.startTime() + step.endTime())).value(problem.outputs().get(0));
                    step.end().value(problem.outputs().get(0));
                    return Action.CONTINUE;
                })
                .withEvent(never, EventHandler.stop()));
        assertEquals(plain, csv(watched));
    }

    @Test
    void anOutputHandlerStopsTheRunAfterItsRow() {
        OdeProblem problem = REYNOLDS.problem().withUniformTimes(0, 200, 101)
                .withOptions(SolverOptions.DEFAULTS.withMethod(Method.RODAS5P));
        Solution full = problem.solve();
        RowCopier stopper = new RowCopier(6);
        Solution s = problem.solve(Observers.none().withOutputHandler(stopper));
        assertEquals(ReturnCode.TERMINATED, s.returnCode());
        assertTrue(s.isSuccess());
        assertEquals(6, s.rows());
        assertEquals(full.time(5), s.finalTime(), 0.0);
        assertEquals(6, stopper.rows.size(), "no row after the stop");
        for (String c : full.names()) {
            for (int r = 0; r < 6; r++) {
                assertEquals(full.value(c, r), s.value(c, r), 0.0, "the rows up to the stop are those of the full run");
            }
        }
    }

    @Test
    void anOutputHandlerCanStopAtTheFirstRow() {
        Solution s = REYNOLDS.problem().withUniformTimes(0, 200, 101)
                .solve(Observers.none().withOutputHandler(row -> Action.STOP));
        assertEquals(ReturnCode.TERMINATED, s.returnCode());
        assertEquals(1, s.rows());
        assertEquals(0.0, s.finalTime(), 0.0);
        assertEquals(0, s.statistics().steps());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void aStepHandlerSeesContiguousStepsCoveringTheRun(String name, OdeProblem problem) {
        StepRecorder rec = new StepRecorder();
        Solution s = problem.solve(Observers.none().withStepHandler(rec)).orThrow();
        assertEquals(s.statistics().steps(), rec.spans.size());
        assertEquals(problem.startTime(), rec.spans.get(0)[0], 0.0);
        assertEquals(problem.endTime(), rec.spans.get(rec.spans.size() - 1)[1], 0.0);
        for (int i = 0; i < rec.spans.size(); i++) {
            double[] span = rec.spans.get(i);
            assertTrue(span[1] > span[0], name + ": step " + i + " advances time");
            if (i > 0) {
                assertEquals(rec.spans.get(i - 1)[1], span[0], 0.0, name + ": step " + i + " starts where the last ended");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void aStepViewInterpolatesInsideTheStep(Method method) {
        // y = e^{-t/2}: the dense output inside each step and the end values match it
        CompiledModel decay = Models.compile("model decay\n y = 1; k = 0.5\n y' = -k*y\n half := y/2\nend\n");
        double[] worst = {0};
        int[] steps = {0};
        decay.problem().withUniformTimes(0, 10, 3)
                .withOptions(SolverOptions.DEFAULTS.withMethod(method).withTolerances(1e-10, 1e-14))
                .solve(Observers.none().withStepHandler(step -> {
                    steps[0]++;
                    for (double f : new double[] {0, 0.3, 0.7, 1}) {
                        double t = step.startTime() + f * (step.endTime() - step.startTime());
                        Observation at = step.at(t);
                        worst[0] = Math.max(worst[0], Math.abs(at.value("y") - Math.exp(-0.5 * t)));
                        assertEquals(at.value("y") / 2, at.value("half"), 1e-16, "rule variables at the same point");
                    }
                    assertEquals(Math.exp(-0.5 * step.endTime()), step.end().value("y"), 1e-8);
                    assertThrows(IllegalArgumentException.class, () -> step.at(step.endTime() + 1));
                    return Action.CONTINUE;
                })).orThrow();
        assertTrue(steps[0] > 3);
        assertTrue(worst[0] < 1e-8, "worst interpolation error " + worst[0]);
    }

    @Test
    void aStepHandlerStopsTheRunAtTheEndOfAStep() {
        OdeProblem problem = Models.compile(TestModels.LOGISTIC).problem().withUniformTimes(0, 10, 101);
        Solution full = problem.solve();
        double[] stoppedAt = {Double.NaN};
        Solution s = problem.solve(Observers.none().withStepHandler(step -> {
            if (step.endTime() > 3) {
                stoppedAt[0] = step.endTime();
                return Action.STOP;
            }
            return Action.CONTINUE;
        }));
        assertEquals(ReturnCode.TERMINATED, s.returnCode());
        assertEquals(stoppedAt[0], s.finalTime(), 0.0);
        int expectedRows = (int) Math.floor(stoppedAt[0] / 0.1 + 1e-9) + 1;
        assertEquals(expectedRows, s.rows(), "rows at or before the stop at " + stoppedAt[0]);
        assertEquals(full.value("N", expectedRows - 1), s.value("N", expectedRows - 1), 0.0);
    }

    @Test
    void aStepCutByAnEventEndsAtTheEvent() {
        CompiledModel decay = Models.compile("model decay\n y = 1; k = 0.5\n y' = -k*y\nend\n");
        StepRecorder rec = new StepRecorder();
        Solution s = decay.problem().withUniformTimes(0, 5, 6)
                .solve(Observers.none().withStepHandler(rec)
                        .withEvent(EventDetector.threshold("y", 0.5, Direction.FALLING), EventHandler.stop()));
        assertEquals(ReturnCode.TERMINATED, s.returnCode());
        assertEquals(s.finalTime(), rec.spans.get(rec.spans.size() - 1)[1], 0.0);
        assertEquals(s.statistics().steps(), rec.spans.size());
    }

    /** Doses when A is low at hourly checks (see InterventionsTest). */
    private static final class Redose implements Supervisor {
        final List<Double> doses = new ArrayList<>();

        @Override
        public double nextCheck(double time) {
            return Math.floor(time) + 1;
        }

        @Override
        public List<Intervention> check(double time, Observation now) {
            if (now.value("A") < 1.0) {
                doses.add(time);
                return List.of(Intervention.add(time, "A", 2.0));
            }
            return List.of();
        }
    }

    @Test
    void aSupervisorInTheBundleActsAsThroughSolveSupervisor() {
        OdeProblem problem = Models.compile("model pk\n A = 0; k = 0.3\n A' = -k*A\n C := A/2\nend\n").problem()
                .withUniformTimes(0, 24, 25).withInterventions(List.of(Intervention.add(0, "A", 2.0)));
        Redose a = new Redose();
        Redose b = new Redose();
        String direct = csv(problem.solve(a));
        String bundled = csv(problem.solve(Observers.none().withSupervisor(b).withOutputHandler(row -> Action.CONTINUE)));
        assertEquals(direct, bundled);
        assertEquals(a.doses, b.doses);
        assertEquals(Math.ceil(Math.log(2) / 0.3), a.doses.get(0), 0.0);
    }

    @Test
    void theBundleIsImmutable() {
        Observers none = Observers.none();
        assertTrue(none.isEmpty());
        Observers one = none.withOutputHandler(row -> Action.CONTINUE);
        assertTrue(none.isEmpty());
        assertTrue(!one.isEmpty());
        assertSame(none, Observers.none());
        Observers supervised = none.withSupervisor(new Redose());
        assertThrows(IllegalStateException.class, () -> supervised.withSupervisor(new Redose()));
    }
}
