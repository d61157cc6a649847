import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks SARIF logs against the SARIF 2.1.0 JSON schema with a schema validator from the registry
 * (com.networknt:json-schema-validator, the checker's test dependency), for scripts/sarif-check.sh.
 * Usage: java -cp VALIDATOR_CLASSPATH SarifSchemaCheck.java SCHEMA LOG...; exits 1 on any error.
 */
public class SarifSchemaCheck {
  public static void main(String[] args) throws Exception {
    Schema schema;
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
    int failed = 0;
    for (int i = 1; i < args.length; i++) {
      String log = Files.readString(Path.of(args[i]), StandardCharsets.UTF_8);
      List<Error> errors = schema.validate(log, InputFormat.JSON);
      for (Error error : errors) {
        System.out.println(args[i] + ": " + error);
      }
      failed += errors.isEmpty() ? 0 : 1;
    }
    System.out.println((args.length - 1) + " logs checked against the SARIF 2.1.0 schema, " + failed + " invalid");
    System.exit(failed == 0 ? 0 : 1);
  }
}
