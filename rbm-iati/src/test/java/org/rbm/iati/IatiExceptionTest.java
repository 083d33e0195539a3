package org.rbm.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The message of an IATI error: path, what was found (cut as every SDK message), line, column. */
class IatiExceptionTest {

  @Test
  void showsAValueOfExactly200CharactersWhole() {
    String found = "x".repeat(200);
    IatiException e = new IatiException("/iati-activities", 3, 7, found, "an element", null);
    assertEquals(found, e.found());
    assertEquals(
        "/iati-activities: got " + found + ", expected an element (line 3, column 7)",
        e.getMessage());
  }

  @Test
  void cutsALongerValueAfter200CharactersAndGivesItsLength() {
    IatiException e = new IatiException("", 1, 2, "y".repeat(201), "a document", null);
    assertEquals("y".repeat(200) + "... (201 characters)", e.found());
    assertEquals(
        "document: got " + "y".repeat(200) + "... (201 characters), expected a document"
            + " (line 1, column 2)",
        e.getMessage());
  }
}
