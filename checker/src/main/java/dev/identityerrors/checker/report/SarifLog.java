package dev.identityerrors.checker.report;

import dev.identityerrors.checker.report.SarifReport.Edit;
import dev.identityerrors.checker.report.SarifReport.FixOf;
import dev.identityerrors.checker.report.SarifReport.Region;
import dev.identityerrors.checker.report.SarifReport.Result;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A SARIF 2.1.0 log of one run, as JSON-ready maps in a fixed member order: the tool with its
 * rules, the results with their locations, fingerprints, fixes and baseline state, and the set-up
 * problems as notifications.
 */
final class SarifLog {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String ROOT = "%SRCROOT%";
  static final String INFORMATION_URI = "https://github.com/identity-errors/identity-errors";

  /**
   * The fingerprint's name: the baseline's line-free key (file, check, flagged code) and which copy
   * of it in the file, so that code scanning follows a finding when lines move.
   */
  static final String FINGERPRINT = "identityErrorsKey/v1";

  private SarifLog() {}

  static Map<String, Object> of(
      String version,
      List<Rules.Rule> rules,
      List<Result> results,
      List<String> notifications,
      String rootUri,
      String runName) {
    Map<String, Object> driver = object();
    driver.put("name", "identity-errors");
    driver.put("version", version);
    driver.put("semanticVersion", version);
    driver.put("informationUri", INFORMATION_URI);
    List<Object> ruleObjects = new ArrayList<>();
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (Rules.Rule rule : rules) {
      ruleIndex.put(rule.id(), ruleObjects.size());
      Map<String, Object> object = object();
      object.put("id", rule.id());
      // A name for people, which SARIF wants other than the id: UnknownErrorCode's is
      // unknown-error-code.
      object.put(
          "name", rule.id().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT));
      object.put("shortDescription", text(rule.summary()));
      object.put(
          "fullDescription",
          text(rule.summary() + ". See " + rule.helpUri() + " for what it flags and why."));
      object.put("helpUri", rule.helpUri());
      Map<String, Object> configuration = object();
      configuration.put("level", rule.level());
      object.put("defaultConfiguration", configuration);
      ruleObjects.add(object);
    }
    driver.put("rules", ruleObjects);
    Map<String, Object> tool = object();
    tool.put("driver", driver);

    Map<String, Object> run = object();
    run.put("tool", tool);
    Map<String, Object> invocation = object();
    invocation.put("executionSuccessful", true);
    List<Object> notificationObjects = new ArrayList<>();
    for (String notification : notifications) {
      Map<String, Object> object = object();
      object.put("level", "error");
      object.put("message", text(notification));
      Map<String, Object> descriptor = object();
      descriptor.put("id", "IdentityErrorsSetup");
      object.put("descriptor", descriptor);
      notificationObjects.add(object);
    }
    invocation.put("toolExecutionNotifications", notificationObjects);
    run.put("invocations", List.of(invocation));
    Map<String, Object> automation = object();
    automation.put("id", "identity-errors/" + runName + "/");
    run.put("automationDetails", automation);
    Map<String, Object> base = object();
    base.put("uri", rootUri.endsWith("/") ? rootUri : rootUri + "/");
    Map<String, Object> bases = object();
    bases.put(ROOT, base);
    run.put("originalUriBaseIds", bases);
    run.put("columnKind", "utf16CodeUnits");

    List<Object> resultObjects = new ArrayList<>();
    Map<String, Integer> copies = new HashMap<>();
    for (Result result : results) {
      resultObjects.add(result(result, ruleIndex, copies.merge(result.key(), 1, Integer::sum)));
    }
    run.put("results", resultObjects);

    Map<String, Object> log = object();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    log.put("runs", List.of(run));
    return log;
  }

  private static Map<String, Object> result(
      Result result, Map<String, Integer> ruleIndex, int copy) {
    Map<String, Object> object = object();
    object.put("ruleId", result.ruleId());
    Integer index = ruleIndex.get(result.ruleId());
    if (index != null) {
      object.put("ruleIndex", index);
    }
    object.put("level", result.level());
    object.put("message", text(result.message()));
    Map<String, Object> physical = object();
    physical.put("artifactLocation", artifact(result));
    physical.put("region", region(result.region()));
    Map<String, Object> location = object();
    location.put("physicalLocation", physical);
    object.put("locations", List.of(location));
    Map<String, Object> fingerprints = object();
    fingerprints.put(FINGERPRINT, SarifReport.digest(result.key()).substring(0, 32) + ":" + copy);
    object.put("partialFingerprints", fingerprints);
    if (!result.fixes().isEmpty()) {
      List<Object> fixes = new ArrayList<>();
      for (FixOf fix : result.fixes()) {
        List<Object> replacements = new ArrayList<>();
        for (Edit edit : fix.edits()) {
          Map<String, Object> replacement = object();
          replacement.put("deletedRegion", region(edit.deleted()));
          replacement.put("insertedContent", text(edit.inserted()));
          replacements.add(replacement);
        }
        Map<String, Object> change = object();
        change.put("artifactLocation", artifact(result));
        change.put("replacements", replacements);
        Map<String, Object> fixObject = object();
        fixObject.put("description", text(fix.description()));
        fixObject.put("artifactChanges", List.of(change));
        fixes.add(fixObject);
      }
      object.put("fixes", fixes);
    }
    if (result.baselined() != null) {
      if (result.baselined()) {
        Map<String, Object> suppression = object();
        suppression.put("kind", "external");
        suppression.put("justification", "recorded in the identity-errors baseline");
        object.put("suppressions", List.of(suppression));
      }
      object.put("baselineState", result.baselined() ? "unchanged" : "new");
    }
    return object;
  }

  private static Map<String, Object> artifact(Result result) {
    Map<String, Object> artifact = object();
    artifact.put("uri", result.uri());
    if (result.underRoot()) {
      artifact.put("uriBaseId", ROOT);
    }
    return artifact;
  }

  private static Map<String, Object> region(Region region) {
    Map<String, Object> object = object();
    object.put("startLine", region.startLine());
    object.put("startColumn", region.startColumn());
    object.put("endLine", region.endLine());
    object.put("endColumn", region.endColumn());
    return object;
  }

  private static Map<String, Object> text(String text) {
    Map<String, Object> object = object();
    object.put("text", text);
    return object;
  }

  private static Map<String, Object> object() {
    return new LinkedHashMap<>();
  }
}
