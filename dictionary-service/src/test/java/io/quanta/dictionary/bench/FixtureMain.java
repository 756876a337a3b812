package io.quanta.dictionary.bench;

import io.quanta.dictionary.testing.FixtureContracts;
import io.quanta.dictionary.testing.FixtureQuanta;
import io.quanta.dictionary.testing.FixtureQuanta.Behaviour;

/**
 * The benchmark's fixture process: N well-behaved quanta with generated contracts, all served by one HTTP
 * server, so that the dictionary crawls real HTTP without N JVMs. Prints the port, then serves until killed.
 *
 * <pre>{@code java -cp … io.quanta.dictionary.bench.FixtureMain 1000 0}</pre>
 */
public final class FixtureMain {

  private FixtureMain() {
  }

  public static void main(String[] args) throws InterruptedException {
    int count = Integer.parseInt(args[0]);
    FixtureQuanta fixtures = FixtureQuanta.start(args.length > 1 ? Integer.parseInt(args[1]) : 0);
    for (int i = 0; i < count; i++) {
      String name = name(i);
      fixtures.add(name, Behaviour.GOOD, FixtureContracts.contract(name, i, null));
    }
    System.out.println("fixture quanta: " + count + " on port " + fixtures.port());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }

  /** The name of fixture quantum {@code i}. */
  public static String name(int i) {
    return String.format("fixture-%05d", i);
  }
}
