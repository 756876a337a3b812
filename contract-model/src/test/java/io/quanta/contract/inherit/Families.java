package io.quanta.contract.inherit;

import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.model.DataContract;
import io.quanta.contract.testing.Fixtures;
import io.quanta.contract.testing.OdcsSchemaCheck;
import java.util.List;

/** The contract families under {@code src/test/resources/inheritance}, each a folder, and helpers to resolve them. */
final class Families {

  private Families() {
  }

  static FolderContractSource folder(String name) {
    return FolderContractSource.scan(List.of(Fixtures.resource("inheritance/" + name)));
  }

  /** The newest version of a contract the family holds. */
  static DataContract contract(ContractSource source, String id) {
    String version = source.versions(id).stream().max(ContractSource.VERSION_ORDER)
        .orElseThrow(() -> new AssertionError("no contract " + id));
    return source.get(id, version).orElseThrow();
  }

  /** Resolves one contract of a family the way the CLI does: with its document, so findings have positions. */
  static Resolution resolve(FolderContractSource source, String id) {
    DataContract contract = contract(source, id);
    return new InheritanceResolver(source).resolve(contract,
        source.document(contract.id(), contract.version()).orElseThrow());
  }

  /** The schema's complaints about the printed (annotated) effective contract. */
  static List<String> schemaErrors(EffectiveContract effective) {
    return OdcsSchemaCheck.errors(ContractCodec.toTree(effective.annotated()));
  }
}
