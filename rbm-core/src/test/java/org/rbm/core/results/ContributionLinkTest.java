package org.rbm.core.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;

class ContributionLinkTest {
  private static final ContributionLink KENYA_TO_GLOBAL =
      ContributionLink.of(ResultId.of("OC1.2"), FrameworkId.of("PB-2008-09"), ResultId.of("IO1.1.3"));

  @Test
  void linksACountryOutcomeToAGlobalImmediateOutcome() {
    assertEquals(ResultId.of("OC1.2"), KENYA_TO_GLOBAL.source());
    assertEquals(FrameworkId.of("PB-2008-09"), KENYA_TO_GLOBAL.targetFramework());
    assertEquals(ResultId.of("IO1.1.3"), KENYA_TO_GLOBAL.targetResult());
    assertEquals(Optional.empty(), KENYA_TO_GLOBAL.note());
    assertEquals(
        Optional.of("Linked in IRIS"), KENYA_TO_GLOBAL.withNote("Linked in IRIS").note());
  }

  @Test
  void requiresSourceAndTarget() {
    assertEquals(
        "Cannot build ContributionLink, some of required attributes are not set"
            + " [source, targetFramework, targetResult]",
        assertThrows(InvalidValueException.class, () -> ContributionLink.builder().build())
            .getMessage());
    assertEquals(
        "Cannot build ContributionLink, some of required attributes are not set [targetResult]",
        assertThrows(
                InvalidValueException.class,
                () ->
                    ContributionLink.builder()
                        .source(ResultId.of("OC1.2"))
                        .targetFramework(FrameworkId.of("PB-2008-09"))
                        .build())
            .getMessage());
  }

  @Test
  void equalsByAllAttributes() {
    new EqualsTester()
        .addEqualityGroup(
            KENYA_TO_GLOBAL,
            ContributionLink.builder()
                .source(ResultId.of("OC1.2"))
                .targetFramework(FrameworkId.of("PB-2008-09"))
                .targetResult(ResultId.of("IO1.1.3"))
                .build())
        .addEqualityGroup(KENYA_TO_GLOBAL.withSource(ResultId.of("OC1.1")))
        .addEqualityGroup(KENYA_TO_GLOBAL.withTargetFramework(FrameworkId.of("PB-2010-11")))
        .addEqualityGroup(KENYA_TO_GLOBAL.withTargetResult(ResultId.of("IO1.1.4")))
        .addEqualityGroup(KENYA_TO_GLOBAL.withNote("Joint programme"))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(ResultId.class, ResultId.of("SO1"))
            .setDefault(FrameworkId.class, FrameworkId.of("PB-2010-11"));
    tester.testAllPublicStaticMethods(ContributionLink.class);
    tester.testAllPublicInstanceMethods(KENYA_TO_GLOBAL);
    tester.testAllPublicInstanceMethods(ContributionLink.builder());
  }
}
