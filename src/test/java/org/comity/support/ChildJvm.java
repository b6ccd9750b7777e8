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

    /** Runs the command to its end (at most two minutes) and returns what it printed. */
    public Cli.Result run(Path workDir, String... args) throws IOException, InterruptedException {
        Process p = start(workDir, args);
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("comity " + String.join(" ", args) + " did not end within two minutes");
        }
        return new Cli.Result(p.exitValue(), Files.readString(workDir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(workDir.resolve("err.txt"), StandardCharsets.UTF_8));
    }
}
