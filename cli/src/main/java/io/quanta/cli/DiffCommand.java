package io.quanta.cli;

import io.quanta.contract.codec.ContractBindingException;
import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.codec.ContractSyntaxException;
import io.quanta.contract.codec.ParsedDocument;
import io.quanta.contract.codec.SourcePosition;
import io.quanta.contract.diff.ContractDiff;
import io.quanta.contract.diff.ContractVersionException;
import io.quanta.contract.diff.DiffReport;
import io.quanta.contract.diff.DiffText;
import io.quanta.contract.model.DataContract;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code quanta contract diff OLD NEW}: lists every change between two versions of a contract, the bump
 * they need, and whether NEW's version has it. Exit 0 when it does, 1 when it is too small, 2 when a file
 * cannot be read.
 *
 * <pre>{@code ./quanta contract diff orders-1.2.0.odcs.yaml orders.odcs.yaml --format json}</pre>
 */
@Command(name = "diff",
    mixinStandardHelpOptions = true,
    description = {"Compare two versions of a contract: every change, breaking or not, and the smallest "
        + "version bump they need.",
        "Exit 0 when NEW's version is large enough, 1 when it is too small, 2 on unreadable files."})
final class DiffCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The published contract (YAML or JSON).")
  Path oldFile;

  @Parameters(index = "1", paramLabel = "NEW", description = "The candidate contract (YAML or JSON).")
  Path newFile;

  @Mixin
  ReportFormat format;

  @Override
  public Integer call() {
    DataContract old;
    DataContract neu;
    try {
      old = read(oldFile);
      neu = read(newFile);
    } catch (Unreadable e) {
      return fail(e.getMessage());
    }
    DiffReport report;
    try {
      report = ContractDiff.compare(old, neu);
    } catch (ContractVersionException e) {
      Path file = e.side() == ContractVersionException.Side.OLD ? oldFile : newFile;
      return fail(file + ": " + e.getMessage());
    }
    String output = format.json() ? ContractCodec.writeJson(report) + "\n" : DiffText.render(report);
    spec.commandLine().getOut().print(output);
    spec.commandLine().getOut().flush();
    return report.versionSatisfies() ? 0 : QuantaCli.FINDINGS;
  }

  /** Reads a contract; every failure becomes one sentence naming the file and, when known, the line. */
  private static DataContract read(Path file) throws Unreadable {
    if (Files.isDirectory(file)) {
      throw new Unreadable(file + ": is a directory, not a contract file");
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new Unreadable(file + ": no such file");
    } catch (AccessDeniedException e) {
      throw new Unreadable(file + ": permission denied");
    } catch (CharacterCodingException e) {
      throw new Unreadable(file + ": not UTF-8 text");
    } catch (IOException e) {
      throw new Unreadable(file + ": cannot read it: " + e.getMessage());
    }
    ParsedDocument document;
    try {
      document = ContractCodec.parse(file.toString(), text);
    } catch (ContractSyntaxException e) {
      throw new Unreadable(file + ":" + e.position() + ": " + e.getMessage());
    }
    try {
      return ContractCodec.bind(document.tree());
    } catch (ContractBindingException e) {
      SourcePosition at = document.sourceMap().locate(e.pointer());
      String pointer = e.pointer().isEmpty() ? "/" : e.pointer();
      throw new Unreadable(file + ":" + at + ": " + e.getMessage() + " (at " + pointer + ")");
    }
  }

  private int fail(String message) {
    spec.commandLine().getErr().println("quanta: " + message);
    spec.commandLine().getErr().flush();
    return QuantaCli.USAGE;
  }

  /** A file that is not a readable contract, with the sentence that says why. */
  private static final class Unreadable extends Exception {
    Unreadable(String message) {
      super(message);
    }
  }
}
