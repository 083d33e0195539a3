package org.rbm.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;
import org.rbm.core.period.DateRange;

class LocationTest {

  @Test
  void printsSegmentsAsAPath() {
    assertEquals("/", Location.ROOT.toString());
    assertEquals("/results/SO2/OC2.1/indicators/IND-7/targets/2009",
        Location.of("results", "SO2").child("OC2.1", "indicators", "IND-7", "targets", "2009")
            .toString());
  }

  @Test
  void escapesSlashAndTildeInsideSegments() {
    Location odd = Location.of("targets", "2009", "@Geneva/Turin", "~x");
    assertEquals("/targets/2009/@Geneva~1Turin/~0x", odd.toString());
    assertEquals(odd, Location.parse("/targets/2009/@Geneva~1Turin/~0x"));
  }

  @Test
  void parseIsTheInverseOfToString() {
    qt().forAll(lists().of(strings().allPossible().ofLengthBetween(1, 6)).ofSizeBetween(0, 5))
        .check(segments -> {
          Location l = Location.of(segments);
          return Location.parse(l.toString()).equals(l) && l.segments().equals(segments);
        });
  }

  @Test
  void rejectsMalformedPaths() {
    for (String bad : new String[] {"", "results", "//", "/a/", "/a//b", "/a~2", "/a~"}) {
      RbmParseException e = assertThrows(RbmParseException.class, () -> Location.parse(bad));
      assertTrue(e.getMessage().startsWith("location: cannot parse \"" + bad + "\""),
          e.getMessage());
    }
    InvalidValueException empty =
        assertThrows(InvalidValueException.class, () -> Location.of("results", ""));
    assertEquals("segments[1]: got \"\", expected a segment that is not empty", empty.getMessage());
    assertThrows(InvalidValueException.class, () -> Location.ROOT.child("a", ""));
  }

  @Test
  void ordersSegmentBySegmentParentsFirst() {
    List<Location> sorted = List.of(
        Location.ROOT,
        Location.parse("/results/SO1"),
        Location.parse("/results/SO1/OC1"),
        Location.parse("/results/SO1/OC1/indicators/IND-1"),
        Location.parse("/results/SO1-b"),
        Location.parse("/results/SO2"));
    for (int i = 1; i < sorted.size(); i++) {
      assertTrue(sorted.get(i - 1).compareTo(sorted.get(i)) < 0, sorted.get(i).toString());
      assertTrue(sorted.get(i).compareTo(sorted.get(i - 1)) > 0, sorted.get(i).toString());
    }
    assertTrue(Location.parse("/results/SO1/OC1").startsWith(Location.parse("/results/SO1")));
    assertFalse(Location.parse("/results/SO1-b").startsWith(Location.parse("/results/SO1")));
  }

  @Test
  void namesPeriodsByYearsWhenTheyCanAndByDatesOtherwise() {
    assertEquals("2009", IndicatorVisit.segmentOf(DateRange.ofYear(2009)));
    assertEquals("2008-09", IndicatorVisit.segmentOf(
        DateRange.of(LocalDate.of(2008, 1, 1), LocalDate.of(2009, 12, 31))));
    assertEquals("2008-01-01--2008-06-30", IndicatorVisit.segmentOf(
        DateRange.of(LocalDate.of(2008, 1, 1), LocalDate.of(2008, 6, 30))));
    assertEquals("0999-01-01--0999-12-31", IndicatorVisit.segmentOf(DateRange.ofYear(999)));
  }

  @Test
  void equalsBySegments() {
    new EqualsTester()
        .addEqualityGroup(Location.ROOT, Location.of(), Location.parse("/"))
        .addEqualityGroup(Location.of("results", "SO1"), Location.parse("/results/SO1"),
            Location.of("results").child("SO1"))
        .addEqualityGroup(Location.of("results", "SO1", "OC1"))
        .testEquals();
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().testAllPublicStaticMethods(Location.class);
    new NullPointerTester().testAllPublicInstanceMethods(Location.of("results"));
    new NullPointerTester().testAllPublicStaticMethods(RuleId.class);
  }
}
