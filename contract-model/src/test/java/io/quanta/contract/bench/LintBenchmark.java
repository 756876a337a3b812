package io.quanta.contract.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.codec.ContractSyntaxException;
import io.quanta.contract.codec.ParsedDocument;
import io.quanta.contract.lint.ContractLinter;
import io.quanta.contract.lint.OdcsSchema;
import io.quanta.contract.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Lint throughput over the 18 official ODCS examples, one operation being the whole corpus. The overhead
 * of lint is read against {@code bareSchemaValidation}, the validator alone on trees parsed beforehand.
 * Two more benchmarks explain the difference: {@code parseOnly} (reading YAML with positions) and
 * {@code yamlThenValidate}, the least any YAML linter on these libraries does: Jackson's own
 * {@code readTree}, then the validator, nothing else.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class LintBenchmark {

  private final List<String> names = new ArrayList<>();
  private final List<String> texts = new ArrayList<>();
  private final List<ParsedDocument> documents = new ArrayList<>();
  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
  private ContractLinter linter;
  private OdcsSchema schema;

  @Setup
  public void load() throws IOException, ContractSyntaxException {
    for (Path example : Fixtures.officialExamples().toList()) {
      String text = Files.readString(example);
      names.add(example.getFileName().toString());
      texts.add(text);
      documents.add(ContractCodec.parse(example.toString(), text));
    }
    if (documents.size() != 18) {
      throw new IllegalStateException("expected the 18 official examples, found " + documents.size());
    }
    schema = OdcsSchema.get();
    linter = ContractLinter.create();
  }

  /** The JSON Schema validator alone, on trees parsed in setup. */
  @Benchmark
  public void bareSchemaValidation(Blackhole blackhole) {
    for (ParsedDocument document : documents) {
      blackhole.consume(schema.validate(document.tree()));
    }
  }

  /** Everything lint does from the text: parse with positions, schema, reduction, semantic checks, binding. */
  @Benchmark
  public void fullLint(Blackhole blackhole) {
    for (int i = 0; i < texts.size(); i++) {
      blackhole.consume(linter.lint(names.get(i), texts.get(i)));
    }
  }

  /** Jackson's plain YAML reading then the validator: no positions, no reduction, no semantic checks. */
  @Benchmark
  public void yamlThenValidate(Blackhole blackhole) throws IOException {
    for (String text : texts) {
      blackhole.consume(schema.validate(yaml.readTree(text)));
    }
  }

  /** Reading the YAML into a tree with source positions, the part of lint the bare validation skips. */
  @Benchmark
  public void parseOnly(Blackhole blackhole) throws ContractSyntaxException {
    for (int i = 0; i < texts.size(); i++) {
      blackhole.consume(ContractCodec.parse(names.get(i), texts.get(i)));
    }
  }
}
