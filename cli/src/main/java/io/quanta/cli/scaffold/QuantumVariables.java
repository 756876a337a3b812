package io.quanta.cli.scaffold;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The variables a template may use, checked and derived from what the user typed. Documented in
 * docs/self-serve.md; the set is the contract with every team that writes templates.
 */
public final class QuantumVariables {

  /** A quantum name: an id ConfigLoader accepts, starting with a letter, without doubled or trailing dashes. */
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  /** Names become table names, and a managed quantum's version tables add {@code __v} and ten digits. */
  static final int MAX_LENGTH = 51;
  private static final Pattern OWNER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  /** Values that are secrets: files that receive one are written readable by their owner only. */
  static final Set<String> SECRETS = Set.of("ownerToken", "readerToken");
  private static final SecureRandom RANDOM = new SecureRandom();

  private QuantumVariables() {
  }

  /** Null when {@code name} can name a quantum, else why not. */
  public static String nameProblem(String name, String what) {
    if (name.isEmpty()) {
      return what + " must not be empty";
    }
    if (name.length() > MAX_LENGTH) {
      return what + " '" + name + "' is longer than " + MAX_LENGTH + " characters (a managed quantum's tables"
          + " add a version suffix to it within MySQL's 64)";
    }
    if (!NAME.matcher(name).matches()) {
      return what + " '" + name + "' must be lower-case letters and digits, words joined by single dashes,"
          + " starting with a letter (for example: shop-orders)";
    }
    return null;
  }

  /**
   * The variables: {@code name}, {@code id} (both the quantum name), {@code domain}, {@code title}
   * ("Shop orders"), {@code table} and {@code database} (the name with underscores), {@code port},
   * {@code owner}, {@code dir} (the folder as given), and fresh random {@code ownerToken}/{@code readerToken}
   * with their {@code ...Sha256} digests.
   */
  public static Map<String, String> of(String name, String domain, int port, String owner, String dir) {
    String problem = nameProblem(name, "NAME");
    if (problem == null) {
      problem = nameProblem(domain, "--domain");
    }
    if (problem == null && !OWNER.matcher(owner).matches()) {
      problem = "--owner '" + owner + "' must be a user name: letters, digits, '.', '_' and '-'";
    }
    if (problem == null && (port < 0 || port > 65535)) {
      problem = "--port " + port + " is out of range (0-65535)";
    }
    if (problem != null) {
      throw new ScaffoldException(problem);
    }
    Map<String, String> values = new LinkedHashMap<>();
    values.put("name", name);
    values.put("id", name);
    values.put("domain", domain);
    values.put("title", Character.toUpperCase(name.charAt(0)) + name.substring(1).replace('-', ' '));
    values.put("table", name.replace('-', '_'));
    values.put("database", name.replace('-', '_'));
    values.put("port", Integer.toString(port));
    values.put("owner", owner);
    values.put("dir", dir);
    for (String token : new String[] {"ownerToken", "readerToken"}) {
      String value = token();
      values.put(token, value);
      values.put(token + "Sha256", sha256(value));
    }
    return values;
  }

  /** The user's login name made into a valid owner, for when {@code --owner} is not given. */
  public static String defaultOwner() {
    String user = System.getProperty("user.name", "");
    String cleaned = user.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "");
    return cleaned.isEmpty() || !OWNER.matcher(cleaned).matches() ? "owner" : cleaned;
  }

  private static String token() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return "qt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
