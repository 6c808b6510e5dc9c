package io.recap.bench.figures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs a bench class in a fresh JVM (this jar, default heap) and reads its {@code RESULT} line. */
final class ChildJvm {

    private ChildJvm() {
    }

    /** What a child reported, and the wall time of the whole process. */
    record Result(Map<String, String> values, double wallSeconds) {
        double number(String key) {
            String v = values.get(key);
            if (v == null) {
                throw new IllegalStateException("the child reported no " + key + ": " + values);
            }
            return Double.parseDouble(v);
        }
    }

    /** Runs {@code mainClass} with {@code args}; {@code jvmArgs} go before the class (e.g. JFR settings). */
    static Result run(List<String> jvmArgs, Class<?> mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass.getName());
        cmd.addAll(List.of(args));
        long started = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code;
        try {
            code = p.waitFor();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        double wall = (System.nanoTime() - started) / 1e9;
        if (code != 0) {
            throw new IOException(String.join(" ", cmd) + " exited with " + code + "\n" + out);
        }
        Map<String, String> values = new HashMap<>();
        for (String line : out.split("\n")) {
            if (line.startsWith("RESULT ")) {
                for (String kv : line.substring(7).trim().split("\\s+")) {
                    int eq = kv.indexOf('=');
                    values.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
            }
        }
        if (values.isEmpty()) {
            throw new IOException("no RESULT line from " + mainClass.getSimpleName() + ":\n" + out);
        }
        return new Result(values, wall);
    }
}
