package org.rbm.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rbm.core.dwcp.DwcpStage;
import org.rbm.core.dwcp.IloRegion;
import org.rbm.core.strategies.FundingSource;

class DwcpLabelsTest {
  @Test
  void everyLanguageHasTheKeysOfEnglish() {
    Set<String> english = DwcpLabels.of(Locale.ENGLISH).asMap().keySet();
    for (String language : DwcpLabels.LANGUAGES) {
      assertEquals(english, DwcpLabels.of(Locale.forLanguageTag(language)).asMap().keySet(),
          language);
    }
  }

  @Test
  void everyRegionStageAndSourceHasALabel() {
    for (String language : DwcpLabels.LANGUAGES) {
      DwcpLabels labels = DwcpLabels.of(Locale.forLanguageTag(language));
      for (IloRegion r : IloRegion.values()) {
        assertTrue(!labels.get("region." + r.name()).isBlank(), language + " " + r);
      }
      for (DwcpStage s : DwcpStage.values()) {
        assertTrue(!labels.get("stage." + s.name()).isBlank(), language + " " + s);
      }
      for (FundingSource s : FundingSource.values()) {
        assertTrue(!labels.get("source." + s.name()).isBlank(), language + " " + s);
      }
    }
  }

  @Test
  void anotherLanguageFallsBackToEnglish() {
    assertEquals("Africa", DwcpLabels.of(Locale.GERMAN).get("region.AFRICA"));
  }
}
