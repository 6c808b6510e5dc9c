package io.recap.bench.figures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** What a figure was measured on: date, CPU, cores, memory, JDK and load, for the record in BENCHMARKS.md. */
public final class Machine {

    private Machine() {
    }

    /** One line describing this machine now. */
    public static String describe() {
        String cpu = firstValue(Path.of("/proc/cpuinfo"), "model name");
        String mem = firstValue(Path.of("/proc/meminfo"), "MemTotal");
        return String.format(Locale.ROOT, "%s · %d cores%s%s · %s %s · load %s",
                ZonedDateTime.now().truncatedTo(ChronoUnit.MINUTES).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                Runtime.getRuntime().availableProcessors(),
                cpu == null ? "" : " (" + cpu + ")",
                mem == null ? "" : " · " + mem.replaceAll("\\s+", " ") + " RAM",
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"), load());
    }

    /** The 1-minute load average, a hint of how busy the machine was (other engineers share it). */
    public static String load() {
        try {
            String s = Files.readString(Path.of("/proc/loadavg")).trim();
            return s.split("\\s+")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /** Peak resident set size of this process in KiB ({@code VmHWM}), or -1 where /proc is missing. */
    public static long peakRssKib() {
        String v = firstValue(Path.of("/proc/self/status"), "VmHWM");
        if (v == null) {
            return -1;
        }
        return Long.parseLong(v.replaceAll("[^0-9]", ""));
    }

    private static String firstValue(Path file, String key) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(key)) {
                    int colon = line.indexOf(':');
                    return colon < 0 ? null : line.substring(colon + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }
}
