package org.rbm.core.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;

class DataPointTest {

  @Test
  void aTotalByDefault() {
    DataPoint fifty = DataPoint.of(Value.of(50));
    assertEquals(Value.of(50), fifty.value());
    assertEquals(Disaggregation.TOTAL, fifty.disaggregation());
    assertEquals(Optional.empty(), fifty.location());
    assertEquals(Optional.empty(), fifty.comment());
  }

  @Test
  void aBrokenDownValueWithLocationAndComment() {
    DataPoint women =
        DataPoint.builder()
            .value(Value.of(12))
            .disaggregation(Disaggregation.of("sex", "female"))
            .location("Africa")
            .comment("Provisional figure")
            .build();
    assertEquals(Disaggregation.of("sex", "female"), women.disaggregation());
    assertEquals(Optional.of("Africa"), women.location());
    assertEquals(Optional.of("Provisional figure"), women.comment());
  }

  @Test
  void requiresAValue() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> DataPoint.builder().build());
    assertEquals(
        "Cannot build DataPoint, some of required attributes are not set [value]", e.getMessage());
    assertEquals(Optional.empty(), e.field());
  }

  @Test
  void equalsByAllAttributes() {
    DataPoint twelve = DataPoint.of(Value.of(12));
    new EqualsTester()
        .addEqualityGroup(
            twelve,
            DataPoint.builder().value(Value.of(12)).disaggregation(Disaggregation.TOTAL).build())
        .addEqualityGroup(DataPoint.of(Value.of(13)))
        .addEqualityGroup(twelve.withDisaggregation(Disaggregation.of("sex", "male")))
        .addEqualityGroup(twelve.withLocation("Europe"))
        .addEqualityGroup(twelve.withComment("Estimated"))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    NullPointerTester tester = new NullPointerTester().setDefault(Value.class, Value.of(1));
    tester.testAllPublicStaticMethods(DataPoint.class);
    tester.testAllPublicInstanceMethods(DataPoint.of(Value.of(12)));
    tester.testAllPublicInstanceMethods(DataPoint.builder());
  }
}
