package dev.identityerrors.checker;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.BugPattern;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.scanner.ScannerSupplier;
import java.util.Comparator;
import java.util.ServiceLoader;

/**
 * Every identity-errors check, for tests that need them all at once: read from the plugin's {@code
 * META-INF/services} entry (AutoService writes it), so a new check is in every such test the day it
 * is added, and nowhere is the list typed by hand.
 */
final class AllChecks {
  static final ImmutableList<Class<? extends BugChecker>> CLASSES =
      ServiceLoader.load(BugChecker.class, AllChecks.class.getClassLoader()).stream()
          .<Class<? extends BugChecker>>map(ServiceLoader.Provider::type)
          .filter(type -> type.getPackageName().equals(AllChecks.class.getPackageName()))
          .sorted(Comparator.comparing(Class::getSimpleName))
          .collect(ImmutableList.toImmutableList());

  /** The checks' names, as users write them in {@code -Xep:} flags. */
  static final ImmutableList<String> NAMES =
      CLASSES.stream().map(AllChecks::name).collect(ImmutableList.toImmutableList());

  static final ScannerSupplier SCANNER = ScannerSupplier.fromBugCheckerClasses(CLASSES);

  private AllChecks() {}

  static BugPattern bugPattern(Class<? extends BugChecker> check) {
    return check.getAnnotation(BugPattern.class);
  }

  static String name(Class<? extends BugChecker> check) {
    String name = bugPattern(check).name();
    return name.isEmpty() ? check.getSimpleName() : name;
  }
}
