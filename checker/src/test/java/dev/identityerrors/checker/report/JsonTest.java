package dev.identityerrors.checker.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

/** The JSON writer of the SARIF report: its layout, its escapes, and what a parser reads back. */
class JsonTest {
  @Test
  void nestsObjectsAndArraysIndentedByTwoSpaces() {
    Json json = new Json();
    json.beginObject().member("name", "identity-errors").member("count", 2);
    json.name("items").beginArray().value("a").beginObject().member("x", 1).endObject().endArray();
    json.name("ok").value(true).endObject();

    assertEquals(
        "{\n"
            + "  \"name\": \"identity-errors\",\n"
            + "  \"count\": 2,\n"
            + "  \"items\": [\n"
            + "    \"a\",\n"
            + "    {\n"
            + "      \"x\": 1\n"
            + "    }\n"
            + "  ],\n"
            + "  \"ok\": true\n"
            + "}\n",
        json.text());
  }

  @Test
  void writesEmptyObjectsAndArraysOnOneLine() {
    Json json = new Json();
    json.beginObject().name("none").beginArray().endArray();
    json.name("nothing").beginObject().endObject().endObject();

    assertEquals("{\n  \"none\": [],\n  \"nothing\": {}\n}\n", json.text());
  }

  @Test
  void escapesQuotesBackslashesAndControlCharacters() throws Exception {
    String text = "a \"quoted\" \\ path\n\ttab\r\b\f\u0001\u001f é ✓";
    Json json = new Json();
    json.beginObject().member("text", text).endObject();

    assertEquals(
        "{\n  \"text\": \"a \\\"quoted\\\" \\\\ path\\n\\ttab\\r\\b\\f\\u0001\\u001f é ✓\"\n}\n",
        json.text());
    assertEquals(text, new ObjectMapper().readTree(json.text()).get("text").asString());
  }

  @Test
  void refusesToGiveTheTextOfAnOpenObject() {
    Json json = new Json();
    json.beginObject().member("open", 1);

    assertThrows(IllegalStateException.class, json::text);
  }
}
