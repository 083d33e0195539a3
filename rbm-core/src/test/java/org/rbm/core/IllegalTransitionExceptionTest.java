package org.rbm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IllegalTransitionExceptionTest {
  private enum Phase {
    IN_PROGRESS,
    CLOSED
  }

  private sealed interface Step permits Approve, Submit, Cancel {}

  private record Approve() implements Step {}

  private record Submit() implements Step {}

  private record Cancel() implements Step {}

  @Test
  void namesTheStateTheEventAndTheAllowedEventsAndKeepsThemTyped() {
    Approve approve = new Approve();
    IllegalTransitionException e =
        new IllegalTransitionException(
            Phase.IN_PROGRESS, approve, List.of(Submit.class, Cancel.class));
    assertEquals(
        "event: got Approve[] in state in progress, expected one of the events allowed there:"
            + " submit, cancel",
        e.getMessage());
    assertSame(Phase.IN_PROGRESS, e.state(Phase.class));
    assertSame(approve, e.event(Step.class));
    assertEquals(ImmutableList.of(Submit.class, Cancel.class), e.allowedEvents(Step.class));
    assertEquals(ImmutableList.of("submit", "cancel"), e.allowedEventLabels());
    assertEquals(Optional.empty(), e.guard());
  }

  @Test
  void aTypedViewOfTheWrongTypeIsAProgrammingError() {
    IllegalTransitionException e =
        new IllegalTransitionException(Phase.CLOSED, new Approve(), List.of(Submit.class));
    assertThrows(IllegalArgumentException.class, () -> e.event(String.class));
    assertThrows(IllegalArgumentException.class, () -> e.allowedEvents(Approve.class));
  }

  @Test
  void saysWhatTheGuardRequires() {
    IllegalTransitionException e =
        new IllegalTransitionException(
            Phase.IN_PROGRESS, "defer to 2007", List.of(Submit.class), "a later due (now 2008)");
    assertEquals(
        "event: got defer to 2007 in state in progress, expected an event for which a later due"
            + " (now 2008); events allowed there: submit",
        e.getMessage());
    assertEquals(Optional.of("a later due (now 2008)"), e.guard());
  }

  @Test
  void saysWhenAStateAllowsNoEvent() {
    assertEquals(
        "event: got reopen in state closed, expected no event: none is allowed there",
        new IllegalTransitionException(Phase.CLOSED, "reopen", List.of()).getMessage());
  }

  @Test
  void isAnRbmException() {
    RbmException e = new IllegalTransitionException(Phase.CLOSED, "reopen", List.of());
    assertEquals(IllegalTransitionException.class, e.getClass());
  }

  @Test
  void rejectsNullArguments() {
    new NullPointerTester()
        .setDefault(Enum.class, Phase.CLOSED)
        .testAllPublicConstructors(IllegalTransitionException.class);
  }
}
