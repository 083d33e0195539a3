#!/usr/bin/env bash
# Builds a small application that uses the SDK the way the README's "Use it in your project"
# section says: its pom.xml is made of that section's two XML snippets, its module-info.java is
# the section's `requires` snippet; a main class uses rbm-core, rbm-json and rbm-text on the module
# path, and a test uses rbm-testkit's generators with QuickTheories and JUnit.
#
# The SDK is installed into a throw-away local repository (-Dmaven.repo.local), never into
# ~/.m2, which other builds on the machine read. Slow: that repository starts empty, so Maven
# downloads the build's plugins and dependencies into it. Run it by hand from a clone (it is not
# part of `mvn verify`):
#
#   scripts/consumer-check.sh
#
# It prints the application's output and ends with "consumer-check: passed", or stops at the
# first failing command.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/rbm-consumer.XXXXXX")
trap 'rm -rf "$work"' EXIT
repo="$work/m2"
app="$work/app"

echo "consumer-check: installing the SDK into $repo"
mvn -B -ntp -q -f "$root/pom.xml" -Dmaven.repo.local="$repo" install -DskipTests

section=$(awk '/^## Use it in your project$/ {on = 1; next} on && /^## / {exit} on' "$root/README.md")
block() { # block LANGUAGE N: the N-th fenced block of that language in the section
  printf '%s\n' "$section" |
    awk -v lang="$1" -v n="$2" '$0 == "```" lang {c++; if (c == n) {on = 1; next}} on && /^```$/ {exit} on'
}

mkdir -p "$app/src/main/java/com/example/monitoring" "$app/src/test/java/com/example/monitoring"
cat > "$app/pom.xml" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId>
  <artifactId>monitoring</artifactId>
  <version>1.0</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
$(block xml 1)
$(block xml 2)
  <build>
    <pluginManagement>
      <plugins>
        <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.14.0</version></plugin>
        <plugin><artifactId>maven-surefire-plugin</artifactId><version>3.5.3</version></plugin>
        <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
        <plugin><artifactId>maven-jar-plugin</artifactId><version>3.4.2</version></plugin>
        <plugin><artifactId>maven-dependency-plugin</artifactId><version>3.8.1</version></plugin>
      </plugins>
    </pluginManagement>
  </build>
</project>
POM
block java 1 > "$app/src/main/java/module-info.java"

cat > "$app/src/main/java/com/example/monitoring/Report.java" <<'JAVA'
package com.example.monitoring;

import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.json.RbmJson;
import org.rbm.text.TableFormat;

public final class Report {
  public static void main(String[] args) {
    Result r = Result.builder().id(ResultId.of("O1")).level("output").title("Staff trained").build();
    System.out.println(RbmJson.strict().write(r));
    System.out.println(r.withTitle("Staff trained and certified").title());
    System.out.println(TableFormat.MARKDOWN);
  }
}
JAVA

cat > "$app/src/test/java/com/example/monitoring/GeneratedFrameworksTest.java" <<'JAVA'
package com.example.monitoring;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.rbm.testkit.RbmGen;

class GeneratedFrameworksTest {
  @Test
  void generatedFrameworksHaveResults() {
    qt().withExamples(20).forAll(RbmGen.frameworks()).checkAssert(f -> assertFalse(f.results().isEmpty()));
  }
}
JAVA

echo "consumer-check: building the application"
(cd "$app" && mvn -B -ntp -q -Dmaven.repo.local="$repo" verify \
  dependency:build-classpath -Dmdep.outputFile="$work/path" -Dmdep.includeScope=runtime)
java -p "$app/target/classes:$(cat "$work/path")" -m com.example.monitoring/com.example.monitoring.Report
echo "consumer-check: passed"
