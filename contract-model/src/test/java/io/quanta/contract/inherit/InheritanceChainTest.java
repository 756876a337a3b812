package io.quanta.contract.inherit;

import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.model.CustomProperty;
import io.quanta.contract.model.DataContract;
import io.quanta.contract.model.SchemaObject;
import io.quanta.contract.model.SchemaProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InheritanceChainTest {

  private static final ContractRef PARTY = new ContractRef("party", "1.1.0");
  private static final ContractRef CUSTOMER = new ContractRef("customer", "2.0.0");
  private static final ContractRef RETAIL = new ContractRef("retail-customer", "1.0.0");
  private static final ContractRef ONLINE = new ContractRef("online-customer", "1.0.0");
  private static final ContractRef APP = new ContractRef("app-customer", "1.0.0");

  private final FolderContractSource chain = Families.folder("chain");

  @ParameterizedTest(name = "{0} resolves at depth {1}")
  @CsvSource({"party, 0", "customer, 1", "retail-customer, 2", "online-customer, 3", "app-customer, 4"})
  void resolves_chains_of_every_depth(String id, int depth) {
    Resolution resolution = Families.resolve(chain, id);

    assertThat(resolution.findings()).isEmpty();
    EffectiveContract effective = resolution.effective().orElseThrow();
    assertThat(effective.chain()).hasSize(depth + 1);
    assertThat(effective.chain()).isEqualTo(List.of(APP, ONLINE, RETAIL, CUSTOMER, PARTY).subList(4 - depth, 5));
    assertThat(effective.contract().id()).isEqualTo(id);
    assertThat(effective.contract().extendsValue()).isEmpty();
    assertThat(Families.schemaErrors(effective)).isEmpty();
  }

  @Test
  void every_level_adds_its_property_and_quality_rule() {
    DataContract app = Families.resolve(chain, "app-customer").effective().orElseThrow().contract();
    SchemaObject person = app.object("person").orElseThrow();

    assertThat(person.columns()).extracting(SchemaProperty::name)
        .containsExactly("person_id", "display_name", "email", "loyalty_tier", "web_login", "device_id");
    assertThat(person.qualityRules()).extracting("id")
        .containsExactly("person_rows", "person_emails_unique");
    assertThat(person.property("email").orElseThrow().qualityRules()).extracting("id").containsExactly("email_nulls");
    assertThat(person.property("device_id").orElseThrow().qualityRules()).extracting("id")
        .containsExactly("device_id_nulls");
  }

  @Test
  void keeps_the_origin_of_each_element_at_each_depth() {
    EffectiveContract app = Families.resolve(chain, "app-customer").effective().orElseThrow();

    assertThat(definer(app, "/schema/0/properties/0")).isEqualTo(PARTY);
    assertThat(definer(app, "/schema/0/properties/1")).isEqualTo(PARTY);
    assertThat(definer(app, "/schema/0/properties/1/quality/0")).isEqualTo(PARTY);
    assertThat(definer(app, "/schema/0/properties/3")).isEqualTo(RETAIL);
    assertThat(definer(app, "/schema/0/properties/3/quality/0")).isEqualTo(RETAIL);
    assertThat(definer(app, "/schema/0/properties/4")).isEqualTo(ONLINE);
    assertThat(definer(app, "/schema/0/properties/5")).isEqualTo(APP);
    assertThat(definer(app, "/schema/0/quality/1")).isEqualTo(CUSTOMER);
    // email: introduced by customer, tightened (unique) by app; its rule is still customer's.
    assertThat(app.origin("/schema/0/properties/2")).contains(new Origin(APP, CUSTOMER));
    assertThat(definer(app, "/schema/0/properties/2/quality/0")).isEqualTo(CUSTOMER);
    // person_rows: party's rule, made stricter by retail.
    assertThat(app.origin("/schema/0/quality/0")).contains(new Origin(RETAIL, PARTY));
    assertThat(app.origin("/slaProperties/0")).contains(new Origin(RETAIL, PARTY));
    assertThat(app.origin("/domain")).contains(new Origin(RETAIL, CUSTOMER));
    assertThat(app.origin("/nowhere")).isEmpty();
  }

  @Test
  void origins_at_depth_one_name_the_parent() {
    EffectiveContract customer = Families.resolve(chain, "customer").effective().orElseThrow();

    assertThat(definer(customer, "/schema/0/properties/0")).isEqualTo(PARTY);
    assertThat(definer(customer, "/schema/0/properties/2")).isEqualTo(CUSTOMER);
    assertThat(customer.origin("/schema/0")).contains(new Origin(CUSTOMER, PARTY));
    assertThat(customer.origin("/domain")).contains(new Origin(CUSTOMER, PARTY));
    assertThat(customer.origin("/slaProperties/0")).contains(Origin.own(PARTY));
  }

  @Test
  void tightenings_down_the_chain_are_in_effect() {
    DataContract app = Families.resolve(chain, "app-customer").effective().orElseThrow().contract();
    SchemaObject person = app.object("person").orElseThrow();

    assertThat(person.qualityRules().get(0).mustBeGreaterThan().intValue()).isEqualTo(100);
    assertThat(person.qualityRules().get(0).severity()).isEqualTo("error");
    assertThat(person.property("email").orElseThrow().uniqueFlag()).isTrue();
    assertThat(person.property("email").orElseThrow().tags()).containsExactly("pii");
    assertThat(app.slaProperty("latency").orElseThrow().value().asInt()).isEqualTo(1);
    assertThat(app.domain()).isEqualTo("retail");
  }

  @Test
  void picks_the_newest_version_the_reference_accepts() {
    // customer extends party@1: both 1.0.0 and 1.1.0 match, 1.1.0 is newer.
    EffectiveContract customer = Families.resolve(chain, "customer").effective().orElseThrow();

    assertThat(customer.chain()).containsExactly(CUSTOMER, PARTY);
    assertThat(customer.contract().object("person").orElseThrow().property("display_name")).isPresent();
  }

  @Test
  void writes_origins_into_the_printed_contract() {
    DataContract printed = Families.resolve(chain, "app-customer").effective().orElseThrow().annotated();
    SchemaObject person = printed.object("person").orElseThrow();

    assertThat(marker(person.property("person_id").orElseThrow().customProperties(), "inheritedFrom"))
        .contains("party@1.1.0");
    assertThat(marker(person.property("email").orElseThrow().customProperties(), "overrides"))
        .contains("customer@2.0.0");
    assertThat(marker(person.property("email").orElseThrow().customProperties(), "inheritedFrom")).isEmpty();
    assertThat(marker(person.property("device_id").orElseThrow().customProperties(), "inheritedFrom")).isEmpty();
    // Inherited from retail, which itself tightened party's rule: both are said.
    assertThat(marker(person.qualityRules().get(0).customProperties(), "inheritedFrom")).contains("retail-customer@1.0.0");
    assertThat(marker(person.qualityRules().get(0).customProperties(), "overrides")).contains("party@1.1.0");
    assertThat(CustomProperty.find(printed.customProperties(), "inheritanceChain").orElseThrow().textValue())
        .isEqualTo("[\"app-customer@1.0.0\",\"online-customer@1.0.0\",\"retail-customer@1.0.0\","
            + "\"customer@2.0.0\",\"party@1.1.0\"]");
    String elements = CustomProperty.find(printed.customProperties(), "inheritedElements").orElseThrow().textValue();
    assertThat(elements).contains("{\"element\":\"/slaProperties/0\",\"name\":\"latency\","
        + "\"inheritedFrom\":\"retail-customer@1.0.0\",\"overrides\":\"party@1.1.0\"}");
  }

  @Test
  void a_root_contract_resolves_to_itself_with_its_chain() {
    EffectiveContract party = Families.resolve(chain, "party").effective().orElseThrow();

    assertThat(party.chain()).containsExactly(PARTY);
    assertThat(party.origins().values()).allMatch(o -> o.equals(Origin.own(PARTY)));
    assertThat(ContractCodec.toTree(party.contract())).isEqualTo(ContractCodec.toTree(Families.contract(chain, "party")));
  }

  @Test
  void two_children_of_one_parent_share_its_resolution() {
    List<String> fetched = new ArrayList<>();
    ContractSource counting = new ContractSource() {
      @Override
      public List<String> versions(String id) {
        return chain.versions(id);
      }

      @Override
      public Optional<DataContract> get(String id, String version) {
        fetched.add(id + "@" + version);
        return chain.get(id, version);
      }
    };
    InheritanceResolver resolver = new InheritanceResolver(counting);
    DataContract retail = Families.contract(chain, "retail-customer");
    DataContract wholesale = Families.contract(chain, "wholesale-customer");

    Resolution first = resolver.resolve(retail);
    int afterFirst = fetched.size();
    Resolution second = resolver.resolve(wholesale);

    assertThat(first.resolved()).isTrue();
    assertThat(second.resolved()).isTrue();
    // The second resolution looks customer@2.0.0 up (and checks wholesale is the source's), but never party.
    assertThat(fetched.subList(afterFirst, fetched.size())).containsOnly("wholesale-customer@1.0.0", "customer@2.0.0");
    EffectiveContract a = first.effective().orElseThrow();
    EffectiveContract b = second.effective().orElseThrow();
    assertThat(definer(a, "/schema/0/properties/0")).isEqualTo(definer(b, "/schema/0/properties/0"));
    assertThat(b.contract().object("person").orElseThrow().property("loyalty_tier")).isEmpty();
  }

  @Test
  void resolving_a_stored_contract_twice_reuses_the_first_result() {
    InheritanceResolver resolver = new InheritanceResolver(chain);
    DataContract online = Families.contract(chain, "online-customer");

    EffectiveContract first = resolver.resolve(online).effective().orElseThrow();
    EffectiveContract again = resolver.resolve(online).effective().orElseThrow();

    assertThat(again).isSameAs(first);
  }

  @Test
  void an_edited_copy_of_a_stored_contract_is_resolved_afresh() {
    InheritanceResolver resolver = new InheritanceResolver(chain);
    DataContract stored = Families.contract(chain, "wholesale-customer");
    resolver.resolve(stored);
    DataContract edited = new DataContract(stored.apiVersion(), stored.kind(), stored.id(), stored.name(),
        stored.version(), stored.status(), stored.tenant(), "b2b", stored.dataProduct(), stored.tags(),
        stored.description(), stored.servers(), stored.schema(), stored.support(), stored.price(), stored.team(),
        stored.roles(), stored.slaDefaultElement(), stored.slaProperties(), stored.authoritativeDefinitions(),
        stored.customProperties(), stored.contractCreatedTs(), Map.of());

    assertThat(resolver.resolve(edited).effective().orElseThrow().contract().domain()).isEqualTo("b2b");
  }

  private static ContractRef definer(EffectiveContract effective, String pointer) {
    return effective.origin(pointer).orElseThrow(() -> new AssertionError("no origin at " + pointer)).definedBy();
  }

  private static Optional<String> marker(List<CustomProperty> properties, String name) {
    return CustomProperty.find(properties, name).map(CustomProperty::textValue);
  }
}
