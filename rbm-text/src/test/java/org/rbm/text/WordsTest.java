package org.rbm.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rbm.core.dwcp.DwcpEvent;
import org.rbm.core.evaluation.SubjectRef;
import org.rbm.core.indicators.Direction;
import org.rbm.core.milestones.MilestoneEvent;
import org.rbm.core.milestones.MilestoneState;
import org.rbm.core.milestones.MilestoneWorkflows;
import org.rbm.core.strategies.FundingSource;
import org.rbm.text.internal.WordLabels;

class WordsTest {
  private static final Locale SPANISH = Locale.forLanguageTag("es");

  /** A workflow's own states, which the SDK has no words for. */
  private enum ReviewState {
    UNDER_REVIEW
  }

  @Test
  void givesWordsInsteadOfConstantNames() {
    assertEquals("not applicable", Words.in(Locale.ENGLISH).of(Direction.NOT_APPLICABLE));
    assertEquals("sans objet", Words.in(Locale.FRENCH).of(Direction.NOT_APPLICABLE));
    assertEquals("no aplicable", Words.in(SPANISH).of(Direction.NOT_APPLICABLE));
    assertEquals("regular budget", Words.in(Locale.UK).of(FundingSource.REGULAR_BUDGET));
    assertEquals("budget ordinaire", Words.in(Locale.CANADA_FRENCH).of(FundingSource.REGULAR_BUDGET));
    assertEquals("résultat", Words.in(Locale.FRENCH).of(SubjectRef.Kind.RESULT));
    assertEquals("en cours", Words.in(Locale.FRENCH).of(MilestoneState.IN_PROGRESS));
  }

  @Test
  void givesEventKindsInWords() {
    assertEquals(
        "achieve with conditions",
        Words.in(Locale.ENGLISH).ofKind(MilestoneEvent.AchieveWithConditions.class));
    assertEquals(
        "atteindre sous conditions",
        Words.in(Locale.FRENCH).ofKind(MilestoneEvent.AchieveWithConditions.class));
    assertEquals("presentar el borrador", Words.in(SPANISH).ofKind(DwcpEvent.SubmitDraft.class));
  }

  @Test
  void otherLanguagesGetEnglishAndUnknownConstantsTheirNameInWords() {
    Words arabic = Words.in(Locale.forLanguageTag("ar-SA"));
    assertEquals("en", arabic.language());
    assertEquals("not applicable", arabic.of(Direction.NOT_APPLICABLE));
    assertEquals("under review", Words.in(Locale.FRENCH).of(ReviewState.UNDER_REVIEW));
    assertEquals("review state", Words.in(Locale.FRENCH).ofKind(ReviewState.class));
  }

  @Test
  void everyLanguageHasTheSameKeysAndNoConstantNames() {
    WordLabels english = WordLabels.of(Locale.ENGLISH);
    for (Locale locale : List.of(Locale.FRENCH, SPANISH)) {
      assertEquals(english.asMap().keySet(), WordLabels.of(locale).asMap().keySet(), locale.toLanguageTag());
    }
    for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH, SPANISH)) {
      WordLabels.of(locale).asMap().forEach(
          (key, word) -> assertFalse(word.contains("_") || word.isBlank(), key + "=" + word));
    }
  }

  @Test
  void everyConstantOfTheCoreHasWords() throws IOException, URISyntaxException {
    Path location =
        Path.of(Direction.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    // rbm-core's classes: a directory when compiled alone, a jar after the reactor packaged it.
    try (FileSystem jar =
        Files.isDirectory(location) ? null : FileSystems.newFileSystem(location)) {
      Path classes = jar == null ? location : jar.getPath("/");
      assertMissingWords(classes);
    }
  }

  private static void assertMissingWords(Path classes) throws IOException {
    List<String> missing = new ArrayList<>();
    int enums = 0;
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String relative = classes.relativize(file).toString().replace('\\', '/');
        if (!relative.endsWith(".class")
            || relative.contains("/internal/")
            || relative.endsWith("-info.class")) {
          continue;
        }
        String name = relative.substring(0, relative.length() - 6).replace('/', '.');
        Class<?> type;
        try {
          type = Class.forName(name, false, Direction.class.getClassLoader());
        } catch (ClassNotFoundException e) {
          throw new AssertionError(name, e);
        }
        if (!type.isEnum() || !java.lang.reflect.Modifier.isPublic(type.getModifiers())) {
          continue;
        }
        enums++;
        String prefix = name.substring("org.rbm.core.".length()).replace('$', '.') + ".";
        for (Object constant : type.getEnumConstants()) {
          String key = prefix + ((Enum<?>) constant).name();
          if (!WordLabels.of(Locale.ENGLISH).asMap().containsKey(key)) {
            missing.add(key);
          }
        }
      }
    }
    assertTrue(enums >= 28, "found " + enums + " enums");
    assertEquals(List.of(), missing);
  }

  @Test
  void workflowDiagramsSpeakTheOptionsLanguage() {
    String mermaid =
        WorkflowDiagrams.render(
            MilestoneWorkflows.standard(),
            DiagramFormat.MERMAID,
            RenderOptions.defaults().withLocale(Locale.FRENCH));
    assertTrue(mermaid.contains("    state \"en cours\" as IN_PROGRESS\n"), mermaid);
    assertTrue(
        mermaid.contains("    IN_PROGRESS --> SUBMITTED_FOR_APPROVAL : soumettre\n"), mermaid);
    String dot =
        WorkflowDiagrams.render(
            MilestoneWorkflows.standard(),
            DiagramFormat.DOT,
            RenderOptions.defaults().withLocale(SPANISH));
    assertTrue(dot.contains("  IN_PROGRESS [label=\"en curso\"];\n"), dot);
  }

  @Test
  void rejectsNullArguments() {
    new NullPointerTester().testAllPublicStaticMethods(Words.class);
    new NullPointerTester().testAllPublicInstanceMethods(Words.in(Locale.ENGLISH));
  }
}
