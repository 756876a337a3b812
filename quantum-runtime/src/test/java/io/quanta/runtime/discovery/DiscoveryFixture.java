package io.quanta.runtime.discovery;

import io.quanta.runtime.Quantum;
import io.quanta.runtime.QuantumServer;
import io.quanta.runtime.auth.AccessControl;
import io.quanta.runtime.discovery.Endpoints.Endpoint;
import io.quanta.runtime.testing.TestQuantum;
import java.util.List;

/** A quantum with a team, support, tags, two objects and lineage, shared by the discovery ITs. */
final class DiscoveryFixture {

  static final String CONTRACT = """
      apiVersion: v3.1.0
      kind: DataContract
      id: shop-orders
      name: Shop orders
      version: 1.2.0
      status: active
      domain: sales
      tenant: retail
      dataProduct: Orders of the web shop
      tags: [sales, orders]
      description:
        purpose: Every order placed in the web shop.
        limitations: No returns.
        usage: Join lines on order_id.
      team:
        name: shop-data
        description: Owns the shop quanta.
        members:
          - {username: alice@example.com, name: Alice, role: owner, dateIn: "2024-01-15"}
          - {username: bob@example.com, role: steward, dateIn: "last spring"}
      support:
        - {channel: "#shop-data", url: "https://chat.example.com/shop-data", tool: slack}
        - {channel: "nobody reads this"}
      schema:
        - name: orders
          properties:
            - {name: order_id, logicalType: integer, primaryKey: true}
            - {name: customer, logicalType: string, required: true}
            - {name: amount, logicalType: number, physicalType: "decimal(12,2)"}
            - {name: paid, logicalType: boolean}
            - {name: placed_at, logicalType: timestamp}
            - {name: order, logicalType: string}
        - name: events
          properties:
            - {name: happened_on, logicalType: date}
            - {name: what, logicalType: string}
      """;

  static final String QUANTUM = """
      id: shop-orders
      lineage:
        - {quantum: shop-customers, url: "http://customers:8081", contract: "customers@2"}
        - {quantum: shop-payments, contract: payments}
        - {url: "http://legacy.example.com/export.csv"}
      """;

  private DiscoveryFixture() {
  }

  /** The endpoints of a router built for the running quantum by the same code that built its own. */
  static List<Endpoint> routes(TestQuantum running) {
    Quantum quantum = running.running().quantum();
    AccessControl access = AccessControl.load(quantum.vertx(), quantum.config(), quantum.contract().domain());
    return Endpoints.of(QuantumServer.router(quantum, access, TestQuantum.ALLOW_EVERY_READ));
  }
}
