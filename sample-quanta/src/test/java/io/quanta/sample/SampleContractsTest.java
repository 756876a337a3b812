package io.quanta.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.inherit.ContractRef;
import io.quanta.contract.inherit.EffectiveContract;
import io.quanta.contract.inherit.FolderContractSource;
import io.quanta.contract.inherit.InheritanceResolver;
import io.quanta.contract.inherit.Origin;
import io.quanta.contract.model.DataContract;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The sample mesh's contracts are valid ODCS v3.1.0, and each resolves to a valid effective contract. */
class SampleContractsTest {

  private static final Path CONTRACTS = Path.of("src/main/resources/contracts");
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in = SampleContractsTest.class.getResourceAsStream(
        "/io/quanta/contract/lint/odcs-json-schema-v3.1.0.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09)
          .getSchema(ContractCodec.jsonMapper().readTree(in));
    }
  }

  static Stream<Path> contracts() throws Exception {
    try (Stream<Path> files = Files.list(CONTRACTS)) {
      return files.filter(FolderContractSource::isContractFile).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("contracts")
  void each_contract_and_its_effective_contract_are_valid_odcs(Path file) throws Exception {
    DataContract contract = ContractCodec.readFile(file);
    var resolution = new InheritanceResolver(FolderContractSource.scan(List.of(CONTRACTS))).resolve(contract);

    assertThat(errors(ContractCodec.toTree(contract))).isEmpty();
    assertThat(resolution.findings()).isEmpty();
    assertThat(errors(ContractCodec.toTree(resolution.effective().orElseThrow().annotated()))).isEmpty();
  }

  @Test
  void retail_customer_extends_the_enterprise_customer() throws Exception {
    FolderContractSource source = FolderContractSource.scan(List.of(CONTRACTS));
    DataContract retail = source.get("retail-customer", "1.0.0").orElseThrow();

    EffectiveContract effective = new InheritanceResolver(source).resolve(retail).effective().orElseThrow();

    assertThat(effective.chain()).extracting(ContractRef::toString)
        .containsExactly("retail-customer@1.0.0", "customer@1.0.0");
    var customer = effective.contract().object("customer").orElseThrow();
    assertThat(customer.columns()).extracting("name")
        .containsExactly("customer_id", "email", "country", "created_at", "loyalty_tier", "first_purchase_at");
    assertThat(customer.property("email").orElseThrow().personalData()).isTrue();
    assertThat(customer.property("email").orElseThrow().classification()).isEqualTo("restricted");
    assertThat(effective.origin("/schema/0/properties/0").map(Origin::definedBy))
        .contains(new ContractRef("customer", "1.0.0"));
    assertThat(effective.contract().slaProperty("latency").orElseThrow().unit()).isEqualTo("h");
    assertThat(effective.contract().slaProperty("retention")).isPresent();
  }

  private static List<String> errors(JsonNode document) {
    return schema.validate(document).stream().map(Error::toString).toList();
  }
}
