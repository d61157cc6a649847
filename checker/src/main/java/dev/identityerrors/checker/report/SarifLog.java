package dev.identityerrors.checker.report;

import dev.identityerrors.checker.report.SarifReport.Edit;
import dev.identityerrors.checker.report.SarifReport.FixOf;
import dev.identityerrors.checker.report.SarifReport.Region;
import dev.identityerrors.checker.report.SarifReport.Result;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A SARIF 2.1.0 log of one run, written in a fixed member order: the tool with its rules, the
 * results with their locations, fingerprints, fixes and baseline state, and the set-up problems as
 * notifications.
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

  static String write(
      String version,
      List<Rules.Rule> rules,
      List<Result> results,
      List<String> notifications,
      String rootUri,
      String runName) {
    Json json = new Json();
    json.beginObject().member("$schema", SCHEMA).member("version", "2.1.0");
    json.name("runs").beginArray().beginObject();
    json.name("tool").beginObject().name("driver").beginObject();
    json.member("name", "identity-errors")
        .member("version", version)
        .member("semanticVersion", version)
        .member("informationUri", INFORMATION_URI);
    Map<String, Integer> ruleIndex = new HashMap<>();
    json.name("rules").beginArray();
    for (Rules.Rule rule : rules) {
      ruleIndex.put(rule.id(), ruleIndex.size());
      json.beginObject().member("id", rule.id());
      // A name for people, which SARIF wants other than the id: UnknownErrorCode's is
      // unknown-error-code.
      json.member(
          "name", rule.id().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT));
      text(json, "shortDescription", rule.summary());
      text(
          json,
          "fullDescription",
          rule.summary() + ". See " + rule.helpUri() + " for what it flags and why.");
      json.member("helpUri", rule.helpUri());
      json.name("defaultConfiguration").beginObject().member("level", rule.level()).endObject();
      json.endObject();
    }
    json.endArray().endObject().endObject();

    json.name("invocations").beginArray().beginObject();
    json.name("executionSuccessful").value(true);
    json.name("toolExecutionNotifications").beginArray();
    for (String notification : notifications) {
      json.beginObject().member("level", "error");
      text(json, "message", notification);
      json.name("descriptor").beginObject().member("id", "IdentityErrorsSetup").endObject();
      json.endObject();
    }
    json.endArray().endObject().endArray();
    json.name("automationDetails")
        .beginObject()
        .member("id", "identity-errors/" + runName + "/")
        .endObject();
    json.name("originalUriBaseIds").beginObject().name(ROOT).beginObject();
    json.member("uri", rootUri.endsWith("/") ? rootUri : rootUri + "/");
    json.endObject().endObject();
    json.member("columnKind", "utf16CodeUnits");

    json.name("results").beginArray();
    Map<String, Integer> copies = new HashMap<>();
    Fingerprints fingerprints = new Fingerprints();
    for (Result result : results) {
      int copy = copies.merge(result.key(), 1, Integer::sum);
      result(json, result, ruleIndex.get(result.ruleId()), fingerprints.of(result.key(), copy));
    }
    json.endArray();
    json.endObject().endArray().endObject();
    return json.text();
  }

  private static void result(
      Json json, Result result, @Nullable Integer ruleIndex, String fingerprint) {
    json.beginObject().member("ruleId", result.ruleId());
    if (ruleIndex != null) {
      json.member("ruleIndex", ruleIndex);
    }
    json.member("level", result.level());
    text(json, "message", result.message());
    json.name("locations").beginArray().beginObject();
    json.name("physicalLocation").beginObject();
    artifact(json, result);
    region(json, "region", result.region());
    json.endObject().endObject().endArray();
    json.name("partialFingerprints").beginObject().member(FINGERPRINT, fingerprint).endObject();
    if (!result.fixes().isEmpty()) {
      json.name("fixes").beginArray();
      for (FixOf fix : result.fixes()) {
        json.beginObject();
        text(json, "description", fix.description());
        json.name("artifactChanges").beginArray().beginObject();
        artifact(json, result);
        json.name("replacements").beginArray();
        for (Edit edit : fix.edits()) {
          json.beginObject();
          region(json, "deletedRegion", edit.deleted());
          text(json, "insertedContent", edit.inserted());
          json.endObject();
        }
        json.endArray().endObject().endArray().endObject();
      }
      json.endArray();
    }
    if (result.baselined() != null) {
      if (result.baselined()) {
        json.name("suppressions").beginArray().beginObject();
        json.member("kind", "external")
            .member("justification", "recorded in the identity-errors baseline");
        json.endObject().endArray();
      }
      json.member("baselineState", result.baselined() ? "unchanged" : "new");
    }
    json.endObject();
  }

  /**
   * A result's fingerprint: the first 128 bits of the SHA-256 of its key, in hex, and which copy of
   * the key in the log it is (from 1). One digest for the whole log.
   */
  private static final class Fingerprints {
    private final MessageDigest sha256 = sha256();
    private final HexFormat hex = HexFormat.of();

    String of(String key, int copy) {
      byte[] digest = sha256.digest(key.getBytes(StandardCharsets.UTF_8));
      return hex.formatHex(digest, 0, 16) + ":" + copy;
    }
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256 in this JVM", e);
    }
  }

  private static void artifact(Json json, Result result) {
    json.name("artifactLocation").beginObject().member("uri", result.uri());
    if (result.underRoot()) {
      json.member("uriBaseId", ROOT);
    }
    json.endObject();
  }

  private static void region(Json json, String name, Region region) {
    json.name(name)
        .beginObject()
        .member("startLine", region.startLine())
        .member("startColumn", region.startColumn())
        .member("endLine", region.endLine())
        .member("endColumn", region.endColumn())
        .endObject();
  }

  private static void text(Json json, String name, String text) {
    json.name(name).beginObject().member("text", text).endObject();
  }
}
