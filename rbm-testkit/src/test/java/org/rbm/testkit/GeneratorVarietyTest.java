package org.rbm.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rbm.core.indicators.Disaggregation;
import org.rbm.core.indicators.TextValue;

/**
 * Issue 17: round-trip properties are only as good as what they draw. Text values drew 5 distinct
 * values and breakdowns 31; each now draws hundreds in a few thousand samples.
 */
class GeneratorVarietyTest {
  private static <T> int distinct(SeededGen<T> gen, int draws) {
    Sampler<T> sampler = gen.sampler(17);
    Set<T> seen = new HashSet<>();
    for (int i = 0; i < draws; i++) {
      seen.add(sampler.next());
    }
    return seen.size();
  }

  @Test
  void textValuesAreVaried() {
    int n = distinct(RbmGen.textValues(), 5_000);
    assertTrue(n >= 1_000, n + " distinct text values");
  }

  @Test
  void textValuesHoldCharactersThatNeedEscaping() {
    Sampler<TextValue> sampler = RbmGen.textValues().sampler(3);
    boolean quote = false;
    boolean outsideTheBmp = false;
    boolean tab = false;
    for (int i = 0; i < 5_000; i++) {
      String text = sampler.next().text();
      quote |= text.contains("\"");
      outsideTheBmp |= text.codePoints().anyMatch(c -> c > 0xFFFF);
      tab |= text.contains("\t");
    }
    assertTrue(quote && outsideTheBmp && tab, "quotes, emoji and tabs are drawn");
  }

  @Test
  void breakdownsAreVaried() {
    int n = distinct(RbmGen.disaggregations(), 5_000);
    assertTrue(n >= 500, n + " distinct breakdowns");
    Sampler<Disaggregation> sampler = RbmGen.disaggregations().sampler(5);
    int most = 0;
    for (int i = 0; i < 2_000; i++) {
      most = Math.max(most, sampler.next().categories().size());
    }
    assertTrue(most == 4, "up to four dimensions, drew at most " + most);
  }
}
