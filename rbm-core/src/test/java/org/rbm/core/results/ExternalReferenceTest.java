package org.rbm.core.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

class ExternalReferenceTest {

  @Test
  void refersToAnSdgTarget() {
    ExternalReference decentWork = ExternalReference.of("SDG", "8.5");
    assertEquals("SDG", decentWork.vocabulary());
    assertEquals("8.5", decentWork.code());
    assertEquals("SDG:8.5", decentWork.toString());
    assertEquals(decentWork, ExternalReference.parse("SDG:8.5"));
  }

  @Test
  void theCodeMayHoldColons() {
    ExternalReference r = ExternalReference.parse("IATI:1:2");
    assertEquals("IATI", r.vocabulary());
    assertEquals("1:2", r.code());
    assertEquals(r, ExternalReference.parse(r.toString()));
  }

  @Test
  void rejectsABlankVocabularyOrOneWithAColon() {
    String expected = "a vocabulary name that is not blank and has no ':'";
    assertEquals(
        "vocabulary: got \"\", expected " + expected,
        assertThrows(InvalidValueException.class, () -> ExternalReference.of("", "8.5"))
            .getMessage());
    assertEquals(
        "vocabulary: got \"SD:G\", expected " + expected,
        assertThrows(InvalidValueException.class, () -> ExternalReference.of("SD:G", "8.5"))
            .getMessage());
  }

  @Test
  void rejectsABlankCode() {
    assertEquals(
        "code: got \" \", expected a code that is not blank",
        assertThrows(InvalidValueException.class, () -> ExternalReference.of("SDG", " "))
            .getMessage());
  }

  @Test
  void rejectsMalformedText() {
    assertEquals(
        "external reference: cannot parse \"SDG 8.5\", expected vocabulary:code, such as SDG:8.5",
        assertThrows(RbmParseException.class, () -> ExternalReference.parse("SDG 8.5"))
            .getMessage());
    assertEquals(
        "external reference: cannot parse \":8.5\": vocabulary: got \"\", expected a vocabulary"
            + " name that is not blank and has no ':'",
        assertThrows(RbmParseException.class, () -> ExternalReference.parse(":8.5")).getMessage());
    assertEquals(
        "external reference: cannot parse \"SDG:\": code: got \"\", expected a code that is not"
            + " blank",
        assertThrows(RbmParseException.class, () -> ExternalReference.parse("SDG:")).getMessage());
  }

  @Test
  void equalsByVocabularyAndCode() {
    new EqualsTester()
        .addEqualityGroup(ExternalReference.of("SDG", "8.5"), ExternalReference.parse("SDG:8.5"))
        .addEqualityGroup(ExternalReference.of("SDG", "8.7"))
        .addEqualityGroup(ExternalReference.of("UNSDCF", "8.5"))
        .addEqualityGroup(ExternalReference.of("SDG", "8.5").withVocabularyUri("http://a.org/v"))
        .addEqualityGroup(ExternalReference.of("SDG", "8.5").withIndicatorUri("http://a.org/v"))
        .testEquals();
  }

  @Test
  void holdsTheUrisOfItsVocabularyAndOfTheIndicatorsDefinition() {
    ExternalReference own = ExternalReference.of("99", "B1")
        .withVocabularyUri("http://example.com/vocab.html")
        .withIndicatorUri("http://example.com/indicators.html");
    assertEquals(java.util.Optional.of("http://example.com/vocab.html"), own.vocabularyUri());
    assertEquals(java.util.Optional.of("http://example.com/indicators.html"), own.indicatorUri());
    // The text form is vocabulary:code alone: it reads back without the URIs.
    assertEquals("99:B1", own.toString());
    assertEquals(ExternalReference.of("99", "B1"), ExternalReference.parse(own.toString()));
    assertEquals(java.util.Optional.empty(), ExternalReference.of("SDG", "8.5").indicatorUri());
  }

  @Test
  void rejectsABlankUriOrOneWithWhiteSpace() {
    assertEquals(
        "vocabularyUri: got \" \", expected a URI that is not blank and has no white space",
        assertThrows(InvalidValueException.class,
            () -> ExternalReference.of("99", "B1").withVocabularyUri(" ")).getMessage());
    assertEquals(
        "indicatorUri: got \"http://a.org/my page\", expected a URI that is not blank and has no"
            + " white space",
        assertThrows(InvalidValueException.class,
            () -> ExternalReference.of("99", "B1").withIndicatorUri("http://a.org/my page"))
            .getMessage());
  }

  @Test
  void rejectsNullArguments() {
    new NullPointerTester().testAllPublicStaticMethods(ExternalReference.class);
    new NullPointerTester().testAllPublicInstanceMethods(ExternalReference.of("SDG", "8.5"));
  }
}
