package dev.identityerrors.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates realistic LUSID Identity client code: annotated parameters, fields and returns, the
 * SDK's problem-details getters, comparisons, switches, literals right and wrong, holders of codes
 * (a set, a deque, a future, a list, an array, an atomic, an optional, a predicate kept in a local,
 * a collector's lambda) read back and compared, and ordinary code around them. The same classes
 * come in two variants that differ only in how codes are marked.
 */
final class CorpusGenerator {
  /** How the generated code marks a declaration that holds a code. */
  enum Variant {
    /** {@code @IdentityErrorCode}, checked by identity-errors; three mistakes per class. */
    IDENTITY_ERRORS("dev.identityerrors.IdentityErrorCode", "@IdentityErrorCode", true),
    /**
     * The same code with its mistakes corrected (each number written as its constant): the same
     * trees to analyse, nothing to report, as most of a real code base is.
     */
    IDENTITY_ERRORS_CORRECT("dev.identityerrors.IdentityErrorCode", "@IdentityErrorCode", false),
    /** {@code @Fenum("IdentityError")}, checked by the Checker Framework's Fake Enum Checker. */
    FENUM("org.checkerframework.checker.fenum.qual.Fenum", "@Fenum(\"IdentityError\")", true);

    final String annotationImport;
    final String annotation;
    final boolean mistakes;

    Variant(String annotationImport, String annotation, boolean mistakes) {
      this.annotationImport = annotationImport;
      this.annotation = annotation;
      this.mistakes = mistakes;
    }

    /** The code as written: the number where the variant keeps its mistakes, else the constant. */
    String code(String number, String constant) {
      return mistakes ? number : constant;
    }
  }

  private CorpusGenerator() {}

  /**
   * Writes {@code classes} client classes (and, for Fenum, its constants) and returns the files.
   */
  static List<Path> write(Path dir, int classes, Variant variant) throws IOException {
    Path packageDir = dir.resolve("com/acme/generated");
    Files.createDirectories(packageDir);
    List<Path> files = new ArrayList<>();
    String constants = "dev.identityerrors.IdentityErrorCodes";
    if (variant == Variant.FENUM) {
      constants = "com.acme.generated.FenumCodes";
      Path codes = packageDir.resolve("FenumCodes.java");
      Files.writeString(codes, fenumConstants());
      files.add(codes);
    }
    for (int i = 0; i < classes; i++) {
      Path file = packageDir.resolve("IdentityClient" + i + ".java");
      Files.writeString(file, client(i, variant, constants));
      files.add(file);
    }
    return files;
  }

  /** The catalogue codes the generated clients use, as the Fenum variant must declare them. */
  private static String fenumConstants() {
    return """
        package com.acme.generated;

        import org.checkerframework.checker.fenum.qual.Fenum;

        @SuppressWarnings("fenum:assignment")
        public final class FenumCodes {
          public static final @Fenum("IdentityError") int USER_DOES_NOT_EXIST = 657;
          public static final @Fenum("IdentityError") int API_KEY_NOT_FOUND = 239;
          public static final @Fenum("IdentityError") int INVALID_AUTHENTICATION_TOKEN = 2153;
          public static final @Fenum("IdentityError") int UNKNOWN_ERROR = -1;

          private FenumCodes() {}
        }
        """;
  }

  private static String client(int index, Variant variant, String constants) {
    String code = variant.annotation;
    return """
        package com.acme.generated;

        import static %3$s.*;

        import %4$s;
        import com.finbourne.identity.ApiException;
        import com.finbourne.identity.model.LusidProblemDetails;
        import java.io.IOException;
        import java.util.ArrayList;
        import java.util.List;
        import java.util.Map;
        import java.util.TreeMap;

        /** Generated client %1$d. */
        public class IdentityClient%1$d {
          private %2$s int lastCode = UNKNOWN_ERROR;
          private final List<String> history = new ArrayList<>();
          private final Map<String, Integer> counts = new TreeMap<>();
          private int attempts;

          %2$s
          public int lastCode() {
            return lastCode;
          }

          public void record(%2$s int code, String message) {
            lastCode = code;
            attempts++;
            history.add(message + " (" + attempts + ")");
            counts.merge(message, 1, Integer::sum);
          }

          public boolean isMissingUser(%2$s int code) {
            return code == USER_DOES_NOT_EXIST;
          }

          public boolean isKeyMissing(%2$s int code) {
            return code == %5$s;
          }

          public boolean isDisplayNameTaken(%2$s int code) {
            return code == %6$s;
          }

          public String describe(%2$s int code) {
            switch (code) {
              case USER_DOES_NOT_EXIST:
                return "no such user";
              case API_KEY_NOT_FOUND:
                return "no such key";
              case INVALID_AUTHENTICATION_TOKEN:
                return "log in again";
              default:
                return "failure " + code;
            }
          }

          public String handle(ApiException e) throws IOException {
            if (e.getCode() == 404) {
              return "not found";
            }
            LusidProblemDetails problem = LusidProblemDetails.fromJson(e.getResponseBody());
            int fromSdk = problem.getCode();
            if (fromSdk == %7$s) {
              return "no such user";
            }
            record(USER_DOES_NOT_EXIST, e.getResponseBody());
            return describe(lastCode);
          }

          private final java.util.TreeSet<Integer> retried = new java.util.TreeSet<>();

          public boolean retryLater(LusidProblemDetails problem, List<LusidProblemDetails> others) {
            retried.add(problem.getCode());
            java.util.Deque<Integer> recent = new java.util.ArrayDeque<>();
            for (LusidProblemDetails other : others) {
              recent.push(other.getCode());
            }
            java.util.concurrent.CompletableFuture<Integer> pending =
                java.util.concurrent.CompletableFuture.completedFuture(problem.getCode());
            return retried.first() == INVALID_AUTHENTICATION_TOKEN
                || recent.peek() == API_KEY_NOT_FOUND
                || pending.join() == USER_DOES_NOT_EXIST;
          }

          private final int[] lastCodes = new int[2];

          public boolean judgeHeld(LusidProblemDetails problem, List<LusidProblemDetails> others) {
            lastCodes[0] = problem.getCode();
            List<Integer> seen = new ArrayList<>();
            for (LusidProblemDetails other : others) {
              seen.add(other.getCode());
            }
            java.util.function.IntPredicate missing = c -> c == USER_DOES_NOT_EXIST;
            java.util.concurrent.atomic.AtomicInteger latest =
                new java.util.concurrent.atomic.AtomicInteger();
            latest.set(problem.getCode());
            Map<Boolean, List<Integer>> split =
                others.stream()
                    .map(LusidProblemDetails::getCode)
                    .collect(java.util.stream.Collectors.partitioningBy(c -> c == API_KEY_NOT_FOUND));
            java.util.Optional<Integer> first = seen.stream().filter(c -> c > 0).findFirst();
            return lastCodes[0] == INVALID_AUTHENTICATION_TOKEN
                || seen.get(0) == API_KEY_NOT_FOUND
                || missing.test(problem.getCode())
                || latest.get() == USER_DOES_NOT_EXIST
                || first.orElse(UNKNOWN_ERROR) == USER_DOES_NOT_EXIST
                || split.get(true).isEmpty();
          }

          private final java.util.TreeMap<String, Integer> lastByLogin = new java.util.TreeMap<>();
          private final Map<String, List<Integer>> byLogin = new java.util.HashMap<>();

          public boolean judgeNested(String login, LusidProblemDetails problem) {
            lastByLogin.put(login, problem.getCode());
            byLogin.computeIfAbsent(login, l -> new ArrayList<>()).add(problem.getCode());
            for (Map.Entry<String, Integer> last : lastByLogin.entrySet()) {
              if (last.getValue() == API_KEY_NOT_FOUND) {
                return true;
              }
            }
            return lastByLogin.firstEntry().getValue() == USER_DOES_NOT_EXIST
                || byLogin.get(login).contains(INVALID_AUTHENTICATION_TOKEN);
          }

          public int summarise(List<Integer> values) {
            int total = 0;
            for (int value : values) {
              if (value %% 2 == 0) {
                total += value * %1$d;
              } else {
                total -= value;
              }
            }
            StringBuilder text = new StringBuilder();
            for (Map.Entry<String, Integer> entry : counts.entrySet()) {
              text.append(entry.getKey()).append('=').append(entry.getValue()).append(';');
            }
            history.add(text.toString());
            return total + history.size();
          }
        }
        """
        .formatted(
            index,
            code,
            constants,
            variant.annotationImport,
            variant.code("239", "API_KEY_NOT_FOUND"),
            // 695 is the typo of 659 UnknownErrorCode reports.
            variant.code("695", "API_KEY_DISPLAY_NAME_ALREADY_IN_USE"),
            variant.code("657", "USER_DOES_NOT_EXIST"));
  }
}
