package org.rbm.core.results;

import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.testkit.RbmGen;

/** {@code parse(toString(x))} gives {@code x} back for every kind of id and for references. */
class IdentifierRoundTripTest {

  @Test
  void resultIdsOfEveryFormRoundTrip() {
    qt().forAll(RbmGen.identifierCodes())
        .check(code -> ResultId.parse(ResultId.of(code).toString()).equals(ResultId.of(code)));
    qt().forAll(RbmGen.resultIds()).check(id -> ResultId.parse(id.toString()).equals(id));
  }

  @Test
  void indicatorIdsOfEveryFormRoundTrip() {
    qt().forAll(RbmGen.identifierCodes())
        .check(
            code -> IndicatorId.parse(IndicatorId.of(code).toString()).equals(IndicatorId.of(code)));
    qt().forAll(RbmGen.indicatorIds()).check(id -> IndicatorId.parse(id.toString()).equals(id));
  }

  @Test
  void frameworkIdsOfEveryFormRoundTrip() {
    qt().forAll(RbmGen.identifierCodes())
        .check(
            code -> FrameworkId.parse(FrameworkId.of(code).toString()).equals(FrameworkId.of(code)));
    qt().forAll(RbmGen.frameworkIds()).check(id -> FrameworkId.parse(id.toString()).equals(id));
  }

  @Test
  void externalReferencesRoundTrip() {
    qt().forAll(RbmGen.externalReferences())
        .check(ref -> ExternalReference.parse(ref.toString()).equals(ref));
  }

  @Test
  void idsOfGeneratedFrameworksRoundTrip() {
    qt().withExamples(100)
        .forAll(RbmGen.frameworks())
        .check(
            f ->
                FrameworkId.parse(f.id().toString()).equals(f.id())
                    && f.results().stream()
                        .allMatch(r -> ResultId.parse(r.id().toString()).equals(r.id()))
                    && f.indicators().stream()
                        .allMatch(i -> IndicatorId.parse(i.id().toString()).equals(i.id())));
  }
}
