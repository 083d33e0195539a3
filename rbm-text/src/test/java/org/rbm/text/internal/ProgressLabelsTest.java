package org.rbm.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rbm.core.progress.AssessmentGrade;
import org.rbm.core.progress.ProgressStatus;

class ProgressLabelsTest {
  private static final Pattern ARGUMENT = Pattern.compile("\\{\\d}");

  @Test
  void everyLanguageHasTheKeysOfEnglishWithTheSameArguments() {
    Map<String, String> english = ProgressLabels.of(Locale.ENGLISH).asMap();
    List<String> problems = new ArrayList<>();
    for (String language : ProgressLabels.LANGUAGES) {
      Map<String, String> labels = ProgressLabels.of(Locale.forLanguageTag(language)).asMap();
      assertEquals(language, ProgressLabels.of(Locale.forLanguageTag(language)).language());
      if (!labels.keySet().equals(english.keySet())) {
        problems.add(language + " keys " + new TreeSet<>(labels.keySet()));
      }
      labels.forEach(
          (key, text) -> {
            if (english.containsKey(key)
                && !arguments(text).equals(arguments(english.get(key)))) {
              problems.add(language + " " + key + " uses " + arguments(text));
            }
          });
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyStatusAndGradeHasALabel() {
    for (String language : ProgressLabels.LANGUAGES) {
      ProgressLabels labels = ProgressLabels.of(Locale.forLanguageTag(language));
      for (ProgressStatus s : ProgressStatus.values()) {
        assertEquals(false, labels.status(s).isBlank(), language + " " + s);
      }
      for (AssessmentGrade g : AssessmentGrade.values()) {
        assertEquals(false, labels.grade(g).isBlank(), language + " " + g);
      }
    }
  }

  @Test
  void englishLabelsAreTheWordsOfTheStatusNames() {
    ProgressLabels en = ProgressLabels.of(Locale.ENGLISH);
    assertEquals("ahead of target", en.status(ProgressStatus.AHEAD_OF_TARGET));
    assertEquals("not yet due", en.status(ProgressStatus.NOT_YET_DUE));
    assertEquals("partly achieved", en.grade(AssessmentGrade.PARTLY_ACHIEVED));
  }

  @Test
  void otherLanguagesGetEnglish() {
    assertEquals("en", ProgressLabels.of(Locale.forLanguageTag("ar-SA")).language());
    assertEquals("fr", ProgressLabels.of(Locale.CANADA_FRENCH).language());
  }

  private static Set<String> arguments(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }
}
