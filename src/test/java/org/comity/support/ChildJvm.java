package org.comity.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code comity ARGS} in a child JVM on the test class path, with its own environment: for what an
 * in-process run cannot show (environment variables, exit on a signal, a process killed mid-write).
 */
public final class ChildJvm {

    private final Map<String, String> env;

    public ChildJvm(Map<String, String> env) {
        this.env = env;
    }

    /** Starts the command; the caller waits for it or kills it. Output goes to files beside {@code workDir}. */
    public Process start(Path workDir, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx512m");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("org.comity.Main");
        cmd.addAll(List.of(args));
        Files.createDirectories(workDir);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(Path.of("").toAbsolutePath().toFile())
                .redirectOutput(workDir.resolve("out.txt").toFile()).redirectError(workDir.resolve("err.txt").toFile());
        pb.environment().putAll(env);
        return pb.start();
    }

    /**
     * The threads of a command that hangs, written to {@code file} by the JDK's {@code jcmd} before it is killed;
     * returned as the main thread's first frames, so that a test's failure says where it hung.
     */
    private static String threadDump(Process p, Path file) {
        try {
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            Process dump = new ProcessBuilder(jcmd.toString(), String.valueOf(p.pid()), "Thread.print")
                    .redirectErrorStream(true).redirectOutput(file.toFile()).start();
            if (!dump.waitFor(30, TimeUnit.SECONDS)) {
                dump.destroyForcibly();
                return " (no thread dump: jcmd did not answer)";
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            int main = lines.indexOf(lines.stream().filter(l -> l.startsWith("\"main\"")).findFirst().orElse(""));
            if (main < 0) return " (threads in " + file + ")";
            return " (threads in " + file + "; main: " + String.join(" < ", lines.subList(main + 2, Math.min(lines.size(), main + 8))
                    .stream().map(String::trim).toList()) + ")";
        } catch (IOException e) {
            return " (no thread dump: " + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return " (no thread dump: interrupted)";
        }
    }

    /** Runs the command to its end (at most two minutes) and returns what it printed. */
    public Cli.Result run(Path workDir, String... args) throws IOException, InterruptedException {
        Process p = start(workDir, args);
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            String where = threadDump(p, workDir.resolve("threads.txt"));
            p.destroyForcibly();
            throw new AssertionError("comity " + String.join(" ", args) + " did not end within two minutes" + where);
        }
        return new Cli.Result(p.exitValue(), Files.readString(workDir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(workDir.resolve("err.txt"), StandardCharsets.UTF_8));
    }
}
