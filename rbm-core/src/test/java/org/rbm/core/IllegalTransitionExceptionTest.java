package org.rbm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IllegalTransitionExceptionTest {

  @Test
  void namesTheStateTheEventAndTheAllowedEvents() {
    IllegalTransitionException e =
        new IllegalTransitionException("in progress", "approve", List.of("submit", "cancel"));
    assertEquals(
        "event: got approve in state in progress, expected one of the events allowed there:"
            + " submit, cancel",
        e.getMessage());
    assertEquals("in progress", e.state());
    assertEquals("approve", e.event());
    assertEquals(ImmutableList.of("submit", "cancel"), e.allowedEvents());
    assertEquals(Optional.empty(), e.guard());
  }

  @Test
  void saysWhatTheGuardRequires() {
    IllegalTransitionException e =
        new IllegalTransitionException(
            "planned", "defer to 2007", List.of("start", "defer"), "a later due (now 2008)");
    assertEquals(
        "event: got defer to 2007 in state planned, expected an event for which a later due (now"
            + " 2008); events allowed there: start, defer",
        e.getMessage());
    assertEquals(Optional.of("a later due (now 2008)"), e.guard());
  }

  @Test
  void saysWhenAStateAllowsNoEvent() {
    assertEquals(
        "event: got reopen in state closed, expected no event: none is allowed there",
        new IllegalTransitionException("closed", "reopen", List.of()).getMessage());
  }

  @Test
  void rejectsNullArguments() {
    new NullPointerTester().testAllPublicConstructors(IllegalTransitionException.class);
  }
}
