package org.rbm.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rbm.core.dwcp.IloRegion;
import org.rbm.core.evaluation.ActionState;
import org.rbm.core.evaluation.EvaluationType;

class EvaluationLabelsTest {
  @Test
  void everyLanguageHasTheKeysOfEnglish() {
    Set<String> english = EvaluationLabels.of(Locale.ENGLISH).asMap().keySet();
    for (String language : Labels.LANGUAGES) {
      assertEquals(english,
          EvaluationLabels.of(Locale.forLanguageTag(language)).asMap().keySet(), language);
    }
  }

  @Test
  void everyTypeRegionAndStateHasALabel() {
    for (String language : Labels.LANGUAGES) {
      EvaluationLabels labels = EvaluationLabels.of(Locale.forLanguageTag(language));
      for (EvaluationType t : EvaluationType.values()) {
        assertFalse(labels.get("type." + t.name()).isBlank(), language + " " + t);
      }
      for (IloRegion r : IloRegion.values()) {
        assertFalse(labels.get("region." + r.name()).isBlank(), language + " " + r);
      }
      for (ActionState s : ActionState.values()) {
        assertFalse(labels.get("state." + s.name()).isBlank(), language + " " + s);
      }
    }
  }

  @Test
  void anotherLanguageFallsBackToEnglish() {
    assertEquals("in progress", EvaluationLabels.of(Locale.GERMAN).get("state.IN_PROGRESS"));
  }
}
