package org.rbm.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultsFramework;

/**
 * Frameworks of any size, for measuring validation: strategic objectives of ten outcomes, each of
 * ten immediate outcomes with ten indicators like {@link Fixtures#indicator}. Every tenth indicator
 * has no baseline, so a framework of {@code n} indicators has exactly {@code n / 10} findings, all
 * RBM-IND-002.
 */
final class LargeFrameworks {
  private LargeFrameworks() {}

  /** A framework with {@code indicators} indicators, a multiple of 1,000. */
  static ResultsFramework withIndicators(int indicators) {
    List<Result> results = new ArrayList<>();
    int n = 0;
    for (int s = 0; n < indicators; s++) {
      String so = "SO" + s;
      results.add(Fixtures.result(so, "strategic objective", null, "Objective " + s));
      for (int o = 0; o < 10; o++) {
        String oc = s + "." + o;
        results.add(Fixtures.result("OC" + oc, "outcome", so, "Outcome " + oc));
        for (int i = 0; i < 10; i++) {
          String io = oc + "." + i;
          List<Indicator> measured = new ArrayList<>();
          for (int k = 0; k < 10; k++, n++) {
            Indicator indicator = Fixtures.indicator("IND-" + n).build();
            measured.add(n % 10 == 0 ? indicator.withBaseline(Optional.<Baseline>empty())
                : indicator);
          }
          results.add(Fixtures.result("IO" + io, "immediate outcome", "OC" + oc, "Immediate " + io)
              .withIndicators(measured));
        }
      }
    }
    return Fixtures.framework(results);
  }
}
