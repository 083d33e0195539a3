package org.rbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example report prints the same text whatever the JVM's default locale. */
class IloReportLocaleTest {
  /** Locales whose default number format uses digits other than 0-9 (or did in some JDK). */
  private static final List<String> NATIVE_DIGIT_LOCALES =
      List.of("ar-SA", "fa-IR", "hi-IN", "th-TH");

  @TempDir Path target;

  private String report() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    IloReport.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), target);
    // The report names the file it wrote, which is in a fresh directory each time.
    return bytes.toString(StandardCharsets.UTF_8).replace(target.toString(), "<target>");
  }

  static String nonAsciiDigits(String text) {
    StringBuilder found = new StringBuilder();
    text.codePoints()
        .filter(c -> Character.isDigit(c) && (c < '0' || c > '9'))
        .forEach(found::appendCodePoint);
    return found.toString();
  }

  @Test
  void findsNativeDigits() {
    assertEquals("\u0662\u06F0\u0968", nonAsciiDigits("2008 \u0662 \u06F0 x \u0968"));
  }

  @Test
  void printsTheSameReportWithAsciiDigitsWhateverTheDefaultLocale() throws IOException {
    Locale saved = Locale.getDefault();
    String english;
    try {
      Locale.setDefault(Locale.US);
      english = report();
      for (String tag : NATIVE_DIGIT_LOCALES) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        String report = report();
        assertEquals("", nonAsciiDigits(report), tag);
        assertEquals(english, report, tag);
      }
    } finally {
      Locale.setDefault(saved);
    }
    assertTrue(english.contains("2008-09"), english);
  }
}
