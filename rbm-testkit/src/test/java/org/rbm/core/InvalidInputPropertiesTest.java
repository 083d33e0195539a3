package org.rbm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.milestones.Milestone;
import org.rbm.core.milestones.MilestoneEvent;
import org.rbm.core.milestones.MilestoneId;
import org.rbm.core.milestones.MilestoneState;
import org.rbm.core.milestones.Roadmap;
import org.rbm.core.period.DateRange;
import org.rbm.core.results.ExternalReference;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.testkit.RbmGen;

/**
 * Every invalid input to a builder or a factory of the model is refused with an {@link
 * InvalidValueException} whose {@link InvalidValueException#field() field} is the one at fault and
 * whose message is {@code <field>: got <value>, expected <what>}, worked out here: one text field
 * at a time made blank (of any whitespace) in an otherwise valid generated value, an identifier
 * code made malformed, a period made to end before it starts.
 */
class InvalidInputPropertiesTest {
  private static final int EXAMPLES = 60;

  /** Blank texts: empty, or 1 to 4 whitespace characters of the kinds {@code isBlank} knows. */
  private static final Gen<String> BLANKS =
      SourceDSL.strings().betweenCodePoints(0, 5).ofLengthBetween(0, 4)
          .map(s -> s.codePoints()
              .mapToObj(c -> String.valueOf(" \t\n\r\u2003\u000b".charAt(c)))
              .reduce("", String::concat));

  private static final String NOT_BLANK = "a text that is not blank";

  static Stream<Refusal<?>> blankTexts() {
    Gen<Milestone> milestones = RbmGen.milestones();
    return Stream.of(
        refusal("Milestone.area", "area", NOT_BLANK, milestones,
            (m, b) -> Milestone.builder().from(m).area(b).build()),
        refusal("Milestone.owner", "owner", NOT_BLANK, milestones,
            (m, b) -> Milestone.builder().from(m).owner(b).build()),
        refusal("Milestone.initialStatement", "initialStatement", NOT_BLANK, milestones,
            (m, b) -> Milestone.builder().from(m).initialStatement(b).build()),
        refusal("Milestone.recordedBy", "recordedBy", NOT_BLANK, milestones,
            (m, b) -> Milestone.builder().from(m).recordedBy(b).build()),
        refusal("Milestone.recordNote", "recordNote", "a note that is not blank, or none",
            milestones, (m, b) -> Milestone.builder().from(m).recordNote(b).build()),
        refusal("Milestone.initialCondition", "initialCondition",
            "a condition that is not blank, or none", milestones,
            (m, b) -> Milestone.builder().from(m).initialCondition(b).build()),
        refusal("Indicator.title", "title", "a title that is not blank", RbmGen.indicators(),
            Indicator::withTitle),
        refusal("Result.title", "title", "a title that is not blank", RbmGen.results(),
            Result::withTitle),
        refusal("Roadmap.title", "title", "a title that is not blank", RbmGen.roadmaps(),
            Roadmap::withTitle),
        refusal("Baseline.unavailableReason", "baseline.unavailableReason",
            "a reason that is not blank", RbmGen.identifierCodes(),
            (unused, b) -> Baseline.notAvailable(b)),
        refusal("ExternalReference.vocabulary", "vocabulary",
            "a vocabulary name that is not blank and has no ':'", RbmGen.identifierCodes(),
            (code, b) -> ExternalReference.of(b, code)),
        refusal("ExternalReference.code", "code", "a code that is not blank",
            RbmGen.identifierCodes(), (vocabulary, b) -> ExternalReference.of(
                vocabulary.replace(':', '.'), b)),
        refusal("AchieveWithConditions.condition", "condition", NOT_BLANK,
            RbmGen.identifierCodes(), (unused, b) -> new MilestoneEvent.AchieveWithConditions(b)),
        refusal("ReviseStatement.statement", "statement", NOT_BLANK, RbmGen.identifierCodes(),
            (text, b) -> new MilestoneEvent.ReviseStatement(b, text)),
        refusal("ReviseStatement.reason", "reason", NOT_BLANK, RbmGen.identifierCodes(),
            (text, b) -> new MilestoneEvent.ReviseStatement(text, b)),
        refusal("ReviseDue.reason", "reason", NOT_BLANK, RbmGen.dues(),
            (due, b) -> new MilestoneEvent.ReviseDue(due, b)),
        refusal("ReviseStatementAndDue.statement", "statement", NOT_BLANK, RbmGen.dues(),
            (due, b) -> new MilestoneEvent.ReviseStatementAndDue(b, due, "a reason")),
        refusal("ReviseStatementAndDue.reason", "reason", NOT_BLANK, RbmGen.dues(),
            (due, b) -> new MilestoneEvent.ReviseStatementAndDue("a statement", due, b)));
  }

  /** One text field of a valid value, made blank. */
  record Refusal<T>(String name, String field, String expected, Gen<T> valid,
      BiFunction<T, String, ?> build) {
    @Override
    public String toString() {
      return name;
    }

    void check() {
      qt().withExamples(EXAMPLES).forAll(valid, BLANKS).checkAssert((value, blank) -> {
        InvalidValueException e =
            assertThrows(InvalidValueException.class, () -> build.apply(value, blank));
        assertEquals(Optional.of(field), e.field(), name);
        assertEquals(field + ": got \"" + blank + "\", expected " + expected, e.getMessage());
      });
    }
  }

  private static <T> Refusal<T> refusal(
      String name, String field, String expected, Gen<T> valid, BiFunction<T, String, ?> build) {
    return new Refusal<>(name, field, expected, valid, build);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("blankTexts")
  void aBlankTextIsRefusedNamingItsField(Refusal<?> refusal) {
    refusal.check();
  }

  /**
   * A code with a character an identifier does not allow (a space, a slash, a letter outside
   * ASCII), or one character too many, is refused naming the kind of identifier.
   */
  @Test
  void aMalformedIdentifierIsRefusedNamingItsKind() {
    Gen<String> bad = SourceDSL.integers().between(0, 3).zip(RbmGen.identifierCodes(),
        (kind, code) -> switch (kind) {
          case 0 -> code + " ";
          case 1 -> "/" + code;
          case 2 -> code.substring(0, code.length() / 2) + "é" + code.substring(code.length() / 2);
          default -> code + "X".repeat(65 - code.length());
        });
    qt().withExamples(EXAMPLES).forAll(bad).checkAssert(code -> {
      String expected = ": got \"" + code + "\", expected " + Identifier.EXPECTED_FORM;
      assertRefused("result id", expected, () -> ResultId.of(code));
      assertRefused("indicator id", expected, () -> IndicatorId.of(code));
      assertRefused("milestone id", expected, () -> MilestoneId.of(code));
    });
  }

  /**
   * A framework id (any IATI activity identifier) is refused, naming its kind, with white space
   * at an end, a control character or line break, or more than 200 characters.
   */
  @Test
  void aMalformedFrameworkIdIsRefusedNamingItsKind() {
    Gen<String> bad = SourceDSL.integers().between(0, 3).zip(RbmGen.identifierCodes(),
        (kind, code) -> switch (kind) {
          case 0 -> code + " ";
          case 1 -> "\t" + code;
          case 2 -> code.substring(0, code.length() / 2) + "\n" + code.substring(code.length() / 2);
          default -> code + "X".repeat(201 - code.length());
        });
    qt().withExamples(EXAMPLES).forAll(bad).checkAssert(code -> {
      InvalidValueException e =
          assertThrows(InvalidValueException.class, () -> FrameworkId.of(code));
      assertEquals(Optional.of("framework id"), e.field());
      // The code is shown cut when long: its start, then the expected form.
      assertTrue(e.getMessage().startsWith("framework id: got \"" + code.substring(0, Math.min(5, code.length()))),
          e.getMessage());
      assertTrue(e.getMessage().endsWith(", expected " + FrameworkId.EXPECTED_FORM),
          e.getMessage());
    });
  }

  /** A period that ends 1 to 1000 days before it starts is refused on its end. */
  @Test
  void aPeriodEndingBeforeItStartsIsRefusedOnItsEnd() {
    qt().withExamples(EXAMPLES)
        .forAll(RbmGen.dateRanges(), SourceDSL.integers().between(1, 1000))
        .checkAssert((range, days) -> {
          LocalDate end = range.start().minusDays(days);
          assertRefused("end",
              ": got " + end + ", expected a date on or after the start " + range.start(),
              () -> DateRange.of(range.start(), end));
        });
  }

  /** A milestone recorded with a condition in a state other than achieved with conditions. */
  @Test
  void aConditionOutsideAchievedWithConditionsIsRefusedOnTheCondition() {
    qt().withExamples(EXAMPLES).forAll(RbmGen.milestones()).checkAssert(m -> {
      MilestoneState state = m.initialState() == MilestoneState.ACHIEVED_WITH_CONDITIONS
          ? MilestoneState.PLANNED
          : m.initialState();
      assertRefused("initialCondition",
          ": got \"if funded\", expected no condition, since the initial state is " + state.name()
              + ", not ACHIEVED_WITH_CONDITIONS",
          () -> Milestone.builder().from(m).initialState(state).initialCondition("if funded")
              .build());
    });
  }

  private static void assertRefused(String field, String rest, Supplier<?> attempt) {
    InvalidValueException e = assertThrows(InvalidValueException.class, attempt::get);
    assertEquals(Optional.of(field), e.field());
    assertEquals(field + rest, e.getMessage());
  }
}
