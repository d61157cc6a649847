package dev.identityerrors.checker.report;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.SeverityLevel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The SARIF rules: one per identity-errors check, read from the checks javac's ServiceLoader finds
 * (the plugin's {@code META-INF/services} entry, the one list) and their {@code @BugPattern}: the
 * name, the summary, the default severity and the docs page. Nothing about a check is written
 * twice.
 */
final class Rules {
  private static final String SERVICES =
      "META-INF/services/com.google.errorprone.bugpatterns.BugChecker";

  /** The checks' package: other plugins' checks on the same path are not ours to describe. */
  private static final String CHECKS = "dev.identityerrors.checker.";

  /** One rule, in the order of the log (by id). */
  record Rule(String id, String summary, String level, String helpUri) {}

  private static final ImmutableList<Rule> RULES = read();

  private Rules() {}

  static ImmutableList<Rule> ofTheChecks() {
    return RULES;
  }

  static String level(SeverityLevel severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case SUGGESTION -> "note";
    };
  }

  private static ImmutableList<Rule> read() {
    List<Rule> rules = new ArrayList<>();
    ClassLoader loader = Rules.class.getClassLoader();
    try {
      Enumeration<URL> services = loader.getResources(SERVICES);
      while (services.hasMoreElements()) {
        try (BufferedReader lines =
            new BufferedReader(
                new InputStreamReader(
                    services.nextElement().openStream(), StandardCharsets.UTF_8))) {
          String line;
          while ((line = lines.readLine()) != null) {
            String name = line.replaceAll("#.*", "").trim();
            if (name.startsWith(CHECKS) && name.indexOf('.', CHECKS.length()) < 0) {
              Rule rule = rule(loader, name);
              if (rule != null && rules.stream().noneMatch(r -> r.id().equals(rule.id()))) {
                rules.add(rule);
              }
            }
          }
        }
      }
    } catch (IOException e) {
      // No rules to describe: the results still name their checks.
    }
    rules.sort((a, b) -> a.id().compareTo(b.id()));
    return ImmutableList.copyOf(rules);
  }

  private static @Nullable Rule rule(ClassLoader loader, String className) {
    try {
      BugPattern pattern = Class.forName(className, false, loader).getAnnotation(BugPattern.class);
      if (pattern == null) {
        return null;
      }
      String id =
          pattern.name().isEmpty()
              ? className.substring(className.lastIndexOf('.') + 1)
              : pattern.name();
      return new Rule(id, pattern.summary(), level(pattern.severity()), pattern.link());
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }
}
