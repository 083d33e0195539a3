package org.rbm.core.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

class DisaggregationTest {
  private static final String EXPECTED_NAME =
      "a non-blank name without '=' or ';' or edge spaces";

  @Test
  void printsPairsInAlphabeticalOrderOfDimensions() {
    assertEquals("sex=female", Disaggregation.of("sex", "female").toString());
    Map<String, String> sexFirst = new LinkedHashMap<>();
    sexFirst.put("sex", "female");
    sexFirst.put("age", "15-24");
    Disaggregation youngWomen = Disaggregation.of(sexFirst);
    assertEquals("age=15-24;sex=female", youngWomen.toString());
    assertEquals(List.of("age", "sex"), List.copyOf(youngWomen.categories().keySet()));
    assertEquals("15-24", youngWomen.categories().get("age"));
  }

  @Test
  void theTotalHasNoDimension() {
    assertEquals("total", Disaggregation.TOTAL.toString());
    assertTrue(Disaggregation.TOTAL.isTotal());
    assertTrue(Disaggregation.TOTAL.categories().isEmpty());
    assertSame(Disaggregation.TOTAL, Disaggregation.of(Map.of()));
    assertSame(Disaggregation.TOTAL, Disaggregation.parse("total"));
    assertFalse(Disaggregation.of("sex", "male").isTotal());
  }

  @Test
  void namesMayHoldInnerSpacesAndPunctuation() {
    assertEquals(
        "disability=with disability", Disaggregation.of("disability", "with disability").toString());
    assertEquals("age=55+", Disaggregation.parse("age=55+").toString());
  }

  @Test
  void parsesPairsInAnyOrder() {
    Disaggregation d = Disaggregation.parse("sex=female;age=15-24");
    assertEquals(Disaggregation.parse("age=15-24;sex=female"), d);
    assertEquals("age=15-24;sex=female", d.toString());
  }

  @Test
  void parseIsTheInverseOfToString() {
    for (Disaggregation d :
        List.of(
            Disaggregation.TOTAL,
            Disaggregation.of("sex", "female"),
            Disaggregation.of(Map.of("area", "rural", "age", "25-54", "sex", "male")))) {
      assertEquals(d, Disaggregation.parse(d.toString()));
    }
  }

  @Test
  void rejectsBadNamesNamingTheDimension() {
    assertEquals(
        "dimension: got \"\", expected " + EXPECTED_NAME,
        assertThrows(InvalidValueException.class, () -> Disaggregation.of("", "female"))
            .getMessage());
    assertEquals(
        "dimension: got \" sex\", expected " + EXPECTED_NAME,
        assertThrows(InvalidValueException.class, () -> Disaggregation.of(" sex", "female"))
            .getMessage());
    assertEquals(
        "category of sex: got \"fe=male\", expected " + EXPECTED_NAME,
        assertThrows(InvalidValueException.class, () -> Disaggregation.of("sex", "fe=male"))
            .getMessage());
    assertEquals(
        "category of age: got \"15;24\", expected " + EXPECTED_NAME,
        assertThrows(InvalidValueException.class, () -> Disaggregation.of("age", "15;24"))
            .getMessage());
    assertEquals(
        "category of sex: got \"  \", expected " + EXPECTED_NAME,
        assertThrows(InvalidValueException.class, () -> Disaggregation.of("sex", "  "))
            .getMessage());
  }

  @Test
  void rejectsMalformedText() {
    for (String bad : new String[] {"", "sex", "sex=female;", "sex=fe=male", "Total", ";"}) {
      RbmParseException e = assertThrows(RbmParseException.class, () -> Disaggregation.parse(bad));
      assertEquals(
          "disaggregation: cannot parse \""
              + bad
              + "\", expected total, or dimension=category pairs joined by ';'",
          e.getMessage());
      assertEquals(bad, e.input());
    }
  }

  @Test
  void rejectsBadNamesAndRepeatedDimensionsInText() {
    assertEquals(
        "disaggregation: cannot parse \"sex= female\": category: got \" female\", expected "
            + EXPECTED_NAME,
        assertThrows(RbmParseException.class, () -> Disaggregation.parse("sex= female"))
            .getMessage());
    assertEquals(
        "disaggregation: cannot parse \"=female\": dimension: got \"\", expected " + EXPECTED_NAME,
        assertThrows(RbmParseException.class, () -> Disaggregation.parse("=female"))
            .getMessage());
    assertEquals(
        "disaggregation: cannot parse \"sex=female;sex=male\", expected each dimension at most once",
        assertThrows(RbmParseException.class, () -> Disaggregation.parse("sex=female;sex=male"))
            .getMessage());
  }

  @Test
  void equalsByCategories() {
    new EqualsTester()
        .addEqualityGroup(
            Disaggregation.TOTAL, Disaggregation.of(Map.of()), Disaggregation.parse("total"))
        .addEqualityGroup(Disaggregation.of("sex", "female"), Disaggregation.parse("sex=female"))
        .addEqualityGroup(Disaggregation.of("sex", "male"))
        .addEqualityGroup(
            Disaggregation.of(Map.of("sex", "female", "age", "15-24")),
            Disaggregation.parse("sex=female;age=15-24"))
        .testEquals();
  }

  @Test
  void findsARepeatedDimensionQuicklyInAHugeText() {
    // Issue 17, point 8: 50 MB of "a=b;" took 8-14 s and ran out of a 1 GB heap. The length is
    // now checked first; just within it, the repeat is found at the second pair.
    String huge = "a=b;".repeat(12_500_000);
    long start = System.nanoTime();
    RbmParseException tooLong =
        assertThrows(RbmParseException.class, () -> Disaggregation.parse(huge));
    assertTrue(
        tooLong.getMessage().endsWith(
            ", expected at most 10000 characters (Disaggregation.MAX_LENGTH)"),
        tooLong.getMessage());
    String longest = "a=b;".repeat(2_499) + "a=bc";
    assertEquals(10_000, longest.length());
    RbmParseException repeated =
        assertThrows(RbmParseException.class, () -> Disaggregation.parse(longest));
    assertTrue(
        repeated.getMessage().endsWith(", expected each dimension at most once"),
        repeated.getMessage());
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < 1_000, "took " + millis + " ms");
  }

  @Test
  void theTextOfABreakdownIsAtMostTenThousandCharacters() {
    // "sex=" and a category of 9,996 characters: one pair of 10,000 characters.
    String category = "f".repeat(9_996);
    assertEquals(10_000, Disaggregation.of("sex", category).toString().length());
    assertEquals(
        Disaggregation.of("sex", category), Disaggregation.parse("sex=" + category));
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class, () -> Disaggregation.of("sex", category + "f"));
    assertEquals(
        "disaggregation: got a breakdown of 10001 characters, expected at most 10000 characters"
            + " (Disaggregation.MAX_LENGTH)",
        e.getMessage());
    assertThrows(RbmParseException.class, () -> Disaggregation.parse("sex=" + category + "f"));
  }

  @Test
  void rejectsNullArguments() {
    new NullPointerTester().testAllPublicStaticMethods(Disaggregation.class);
    new NullPointerTester().testAllPublicInstanceMethods(Disaggregation.of("sex", "female"));
  }
}
