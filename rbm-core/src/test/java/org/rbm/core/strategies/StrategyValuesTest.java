package org.rbm.core.strategies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;
import org.rbm.core.milestones.MilestoneId;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.ResultId;

/** The small value types of the strategies package: ids, references, headings, statements. */
class StrategyValuesTest {
  private static final FrameworkId PB = FrameworkId.of("PB-2008-09");
  private static final ResultId IO = ResultId.of("IO2a.1");

  @Test
  void strategyIdsParseWhatTheyPrint() {
    assertEquals(StrategyId.of("HR"), StrategyId.parse(StrategyId.of("HR").toString()));
    assertThrows(InvalidValueException.class, () -> StrategyId.of("H R"));
    assertThrows(RbmParseException.class, () -> StrategyId.parse("[HR]"));
    assertThrows(RbmParseException.class, () -> MilestoneId.parse(""));
    new EqualsTester()
        .addEqualityGroup(StrategyId.of("HR"), StrategyId.parse("HR"))
        .addEqualityGroup(MilestoneId.of("HR"))
        .addEqualityGroup(StrategyId.of("IT"))
        .testEquals();
  }

  @Test
  void resultReferencesParseWithAndWithoutFramework() {
    assertEquals(ResultReference.of(PB, IO), ResultReference.parse("PB-2008-09/IO2a.1"));
    assertEquals(ResultReference.of(IO), ResultReference.parse("IO2a.1"));
    assertEquals("PB-2008-09/IO2a.1", ResultReference.of(PB, IO).toString());
    assertEquals(Optional.of(PB), ResultReference.of(PB, IO).framework());
    assertEquals(Optional.empty(), ResultReference.of(IO).framework());
    // The result id follows the last '/': a framework id may hold one.
    assertEquals(ResultReference.of(FrameworkId.of("a/b"), ResultId.of("c")),
        ResultReference.parse("a/b/c"));
    for (String bad : new String[] {"", "a/b/", "/IO1", "PB/", "PB /IO1"}) {
      RbmParseException e =
          assertThrows(RbmParseException.class, () -> ResultReference.parse(bad));
      assertEquals(bad, e.input());
    }
  }

  @Test
  void resultReferencesWithoutFrameworkComeFirst() {
    List<ResultReference> refs = new ArrayList<>(List.of(
        ResultReference.of(PB, ResultId.of("B")),
        ResultReference.of(FrameworkId.of("AAA"), ResultId.of("Z")),
        ResultReference.of(ResultId.of("Z")),
        ResultReference.of(PB, ResultId.of("A"))));
    refs.sort(null);
    assertEquals(List.of("Z", "AAA/Z", "PB-2008-09/A", "PB-2008-09/B"),
        refs.stream().map(ResultReference::toString).toList());
    new EqualsTester()
        .addEqualityGroup(ResultReference.of(PB, IO), ResultReference.parse("PB-2008-09/IO2a.1"))
        .addEqualityGroup(ResultReference.of(IO))
        .addEqualityGroup(ResultReference.of(FrameworkId.of("X"), IO))
        .testEquals();
  }

  @Test
  void headingNamesAreOneLineWithoutSurroundingSpaces() {
    StrategyHeading hr = StrategyHeading.core(StrategyId.of("HR"), "Human resources");
    assertTrue(hr.isCore());
    assertFalse(StrategyHeading.other(StrategyId.of("G"), "Gender equality").isCore());
    for (String bad : new String[] {"", " ", " Human", "Human ", "Human\nresources", "a\rb"}) {
      InvalidValueException e = assertThrows(InvalidValueException.class,
          () -> StrategyHeading.core(StrategyId.of("HR"), bad));
      assertEquals("name", e.field().orElseThrow());
    }
    new EqualsTester()
        .addEqualityGroup(hr, StrategyHeading.of(StrategyId.of("HR"), "Human resources",
            StrategyKind.CORE_MANAGEMENT))
        .addEqualityGroup(StrategyHeading.other(StrategyId.of("HR"), "Human resources"))
        .addEqualityGroup(hr.withName("HR"))
        .testEquals();
  }

  @Test
  void statementsPrintTheirReferencesInBrackets() {
    LinkageStatement s = LinkageStatement.builder()
        .text("Support MIS")
        .result(ResultReference.of(PB, IO))
        .milestone(MilestoneId.of("PA-9"))
        .build();
    assertEquals("Support MIS [result PB-2008-09/IO2a.1] [milestone PA-9]", s.toString());
    assertEquals(s, LinkageStatement.parse(s.toString()));
    assertEquals(s, LinkageStatement.parse("Support MIS [milestone PA-9] [result PB-2008-09/IO2a.1]"));
    assertEquals(LinkageStatement.of("Use [brackets] inside"),
        LinkageStatement.parse("Use [brackets] inside"));
    assertEquals(LinkageStatement.builder().text("A [b").result(ResultReference.of(IO)).build(),
        LinkageStatement.parse("A [b [result IO2a.1]"));
  }

  @Test
  void rejectsStatementTextEndingWithABracket() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> LinkageStatement.of("See [annex]"));
    assertEquals("text: got \"See [annex]\", expected a text that does not end with ']', which "
        + "starts references", e.getMessage());
    assertThrows(InvalidValueException.class, () -> LinkageStatement.of("two\nlines"));
    assertThrows(InvalidValueException.class, () -> LinkageStatement.of(" padded"));
  }

  @Test
  void rejectsMalformedStatementLines() {
    for (String bad : new String[] {"", "x]", "[result IO1]", " [result IO1]", "x [other y]",
        "x [result A] [result B]", "x [milestone A] [milestone B]", "x [result a/b/]",
        "x [milestone]"}) {
      assertThrows(RbmParseException.class, () -> LinkageStatement.parse(bad), bad);
    }
  }

  @Test
  void statementsAreOrderedByTextThenReferences() {
    LinkageStatement plain = LinkageStatement.of("B");
    LinkageStatement withResult = plain.withResult(ResultReference.of(IO));
    LinkageStatement withMilestone = plain.withMilestone(MilestoneId.of("M1"));
    List<LinkageStatement> sorted = new ArrayList<>(
        List.of(withResult, LinkageStatement.of("C"), withMilestone, plain, LinkageStatement.of("A")));
    sorted.sort(null);
    assertEquals(List.of(LinkageStatement.of("A"), plain, withMilestone, withResult,
        LinkageStatement.of("C")), sorted);
  }

  @Test
  void pairsKnowTheirRowAndColumn() {
    StrategyPair p = StrategyPair.of(StrategyId.of("G"), StrategyId.of("HR"));
    assertTrue(p.involves(StrategyId.of("G")));
    assertTrue(p.involves(StrategyId.of("HR")));
    assertFalse(p.involves(StrategyId.of("IT")));
    assertEquals("(G, HR)", p.toString());
    new EqualsTester()
        .addEqualityGroup(p, StrategyPair.of(StrategyId.of("G"), StrategyId.of("HR")))
        .addEqualityGroup(StrategyPair.of(StrategyId.of("HR"), StrategyId.of("G")))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    NullPointerTester npt = new NullPointerTester()
        .setDefault(StrategyId.class, StrategyId.of("HR"))
        .setDefault(ResultId.class, IO)
        .setDefault(FrameworkId.class, PB)
        .setDefault(String.class, "text");
    npt.testAllPublicStaticMethods(StrategyId.class);
    npt.testAllPublicStaticMethods(MilestoneId.class);
    npt.testAllPublicStaticMethods(ResultReference.class);
    npt.testAllPublicStaticMethods(StrategyPair.class);
    npt.testAllPublicStaticMethods(StrategyHeading.class);
    npt.testAllPublicStaticMethods(LinkageStatement.class);
    npt.testAllPublicInstanceMethods(ResultReference.of(PB, IO));
    npt.testAllPublicInstanceMethods(LinkageStatement.of("text"));
  }
}
