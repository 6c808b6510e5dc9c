package io.recap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An index damaged in every way a disk, a crash or a person can damage it: each file kind truncated, emptied,
 * overwritten or deleted, a lost commit point, a flipped bit, a stale lock of a dead process. For each, recap
 * says what happened and the one command that repairs it, with exit code 3 ({@code stats}, {@code search},
 * an incremental {@code index}, {@code doctor}); and that command, {@code recap index --full}, repairs it.
 */
class DamagedIndexTest {

    @TempDir
    Path tmp;

    /** One way to damage an index, what recap says about it, and when it can tell. */
    enum Damage {
        SEGMENTS_TRUNCATED("segments_", Damage::truncate, "is truncated", Seen.ON_OPEN),
        SEGMENTS_EMPTIED("segments_", Damage::empty, "is empty", Seen.ON_OPEN),
        SEGMENTS_OVERWRITTEN("segments_", Damage::overwrite, "is not an index file (overwritten?)", Seen.ON_OPEN),
        SEGMENTS_DELETED("segments_", Damage::delete, "no commit point (segments_N is missing)",
                Seen.ON_OPEN_BUT_AN_UPDATE_STARTS_AFRESH),
        SEGMENT_INFO_TRUNCATED(".si", Damage::truncate, "is truncated", Seen.ON_OPEN),
        SEGMENT_INFO_DELETED(".si", Damage::delete, "is missing", Seen.ON_OPEN),
        FIELD_INFOS_OVERWRITTEN(".fnm", Damage::overwrite, "is truncated or overwritten", Seen.ON_OPEN),
        TERMS_OVERWRITTEN(".tim", Damage::overwrite, "is overwritten (it is not the file Lucene wrote)",
                Seen.ON_OPEN),
        STORED_FIELDS_TRUNCATED(".fdt", Damage::truncate, "is truncated or overwritten", Seen.ON_OPEN),
        DOC_VALUES_EMPTIED(".dvd", Damage::empty, "is empty", Seen.ON_OPEN),
        POSTINGS_DELETED(".doc", Damage::delete, "is missing", Seen.ON_OPEN),
        POSITIONS_BIT_FLIPPED(".pos", Damage::flipABit, "checksum does not match", Seen.BY_DOCTOR_ONLY),
        STALE_LOCK_OF_A_DEAD_PROCESS("write.lock", Damage::staleLock, null, Seen.NOTHING_TO_SEE),
        COMMIT_LEFT_HALF_WRITTEN("segments_", Damage::pendingCommit, null, Seen.NOTHING_TO_SEE);

        final String fileKind;
        final Hurt hurt;
        final String diagnosis;
        final Seen seen;

        Damage(String fileKind, Hurt hurt, String diagnosis, Seen seen) {
            this.fileKind = fileKind;
            this.hurt = hurt;
            this.diagnosis = diagnosis;
            this.seen = seen;
        }

        interface Hurt {
            void apply(Path file) throws IOException;
        }

        static void truncate(Path f) throws IOException {
            try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
                raf.setLength(raf.length() / 2);
            }
        }

        static void empty(Path f) throws IOException {
            Files.write(f, new byte[0]);
        }

        static void overwrite(Path f) throws IOException {
            byte[] garbage = new byte[(int) Files.size(f)];
            new Random(f.getFileName().toString().hashCode()).nextBytes(garbage);
            Files.write(f, garbage);
        }

        static void delete(Path f) throws IOException {
            Files.delete(f);
        }

        static void flipABit(Path f) throws IOException {
            byte[] b = Files.readAllBytes(f);
            b[b.length / 2] ^= 0x10; // in the middle of the data: header and footer still read as Lucene's
            Files.write(f, b);
        }

        /** A lock file a killed indexer left (the lock itself died with the process). */
        static void staleLock(Path f) throws IOException {
            Files.write(f.resolveSibling("write.lock"), new byte[0]);
        }

        /** The next commit's file, half written when its indexer was killed. */
        static void pendingCommit(Path f) throws IOException {
            byte[] b = Files.readAllBytes(f);
            Files.write(f.resolveSibling("pending_" + f.getFileName().toString().replaceAll("\\d+$", "9")),
                    java.util.Arrays.copyOf(b, b.length / 2));
        }
    }

    /** When recap can tell the index is damaged. */
    enum Seen {
        /** Opening the index reads the damaged file. */
        ON_OPEN,
        /** Opening it finds no commit point; an update then starts a new index, as after a first run killed. */
        ON_OPEN_BUT_AN_UPDATE_STARTS_AFRESH,
        /** Only reading every byte and comparing checksums finds it. */
        BY_DOCTOR_ONLY,
        /** Nothing is damaged: recap goes on as if nothing happened. */
        NOTHING_TO_SEE
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void eachDamageIsDiagnosedWithItsRepairAndTheRepairWorks(Damage damage) throws IOException {
        Path index = tmp.resolve("index");
        Cli cli = Examples.indexedInto(index);
        Path file = firstFile(index, damage.fileKind);
        damage.hurt.apply(file);
        String repair = "rebuild it with `recap index --full --index " + index;

        int stats = cli.run("stats");
        int search = new Cli().run("search", "--index", index.toString(), "--service", "CodeDeploy");
        int doctor = cli.run("doctor");
        String doctorSaid = cli.out + cli.err;
        switch (damage.seen) {
            case ON_OPEN, ON_OPEN_BUT_AN_UPDATE_STARTS_AFRESH -> {
                assertThat(stats).as(cli.err).isEqualTo(ExitCode.INDEX);
                assertThat(search).isEqualTo(ExitCode.INDEX);
                cli.run("stats");
                assertThat(cli.err).startsWith("recap: error: the index at " + index + " is damaged: ")
                        .contains(damage.diagnosis)
                        .contains(repair + " PATH…` (the folders and archives it was built from)");
                if (damage.seen == Seen.ON_OPEN) {
                    assertThat(cli.err).contains("its file " + file.getFileName() + " " + damage.diagnosis);
                }
                assertThat(cli.err.lines().count()).as("one line, no stack trace: %s", cli.err).isEqualTo(1);
                assertThat(doctor).as(doctorSaid).isEqualTo(ExitCode.INDEX);
                assertThat(doctorSaid).contains("damaged").contains(damage.diagnosis).contains(repair);
            }
            case BY_DOCTOR_ONLY -> {
                assertThat(stats).as(cli.err).isZero();
                assertThat(search).isZero();
                assertThat(doctor).as(doctorSaid).isEqualTo(ExitCode.INDEX);
                assertThat(doctorSaid).contains("status     damaged")
                        .contains("its file " + file.getFileName() + " is corrupt (its " + damage.diagnosis)
                        .contains(repair);
            }
            case NOTHING_TO_SEE -> {
                assertThat(stats).as(cli.err).isZero();
                assertThat(search).isZero();
                assertThat(doctor).as(doctorSaid).isZero();
                assertThat(doctorSaid).contains("status     healthy");
            }
        }

        int update = cli.run("index", Examples.DIR.toString());
        if (damage.seen == Seen.ON_OPEN) {
            assertThat(update).as(cli.err).isEqualTo(ExitCode.INDEX);
            assertThat(cli.err).contains(damage.diagnosis)
                    .contains(repair + " " + Examples.DIR + "`");
        } else {
            assertThat(update).as(cli.err).isZero();
        }

        assertThat(cli.run("index", "--full", Examples.DIR.toString())).as(cli.err).isZero();
        assertThat(cli.run("doctor")).as(cli.out).isZero();
        assertThat(cli.out).contains("status     healthy");
        assertThat(cli.run("stats")).as(cli.err).isZero();
        assertThat(cli.out).contains("reports         6").contains("sessions        24");
        assertThat(cli.run("search", "--service", "CodeDeploy")).isZero();
        assertThat(cli.out).contains("2 of 2 sessions");
    }

    @Test
    void aFullRunThatFindsTheIndexUnreadableSaysItRebuiltIt() throws IOException {
        Path index = tmp.resolve("index");
        Cli cli = Examples.indexedInto(index);
        Damage.empty(firstFile(index, "segments_"));

        assertThat(cli.run("index", "--full", Examples.DIR.toString())).as(cli.err).isZero();
        assertThat(cli.err).contains(index + ":0:0: warning: the index could not be read (the index at " + index
                + " is damaged: its file segments_1 is empty); its ")
                .contains(" files were deleted and the index was rebuilt");
        assertThat(cli.out).startsWith("indexed 6 reports");
    }

    @Test
    void aFullRunNeverDeletesAFolderThatIsNotARecapIndex() throws IOException {
        Path documents = Files.createDirectories(tmp.resolve("documents"));
        Files.writeString(documents.resolve("_notes.txt"), "mine");
        Files.writeString(documents.resolve("segments_1"), "not an index either");
        Cli cli = new Cli();

        assertThat(cli.run("index", "--full", "--index", documents.toString(), Examples.DIR.toString()))
                .isEqualTo(ExitCode.INDEX);
        assertThat(cli.err).contains(documents + " is not a recap index: it holds other files, such as _notes.txt");
        try (Stream<Path> left = Files.list(documents)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("_notes.txt",
                    "segments_1");
        }
    }

    @Test
    void doctorPrintsTheDocumentedJson() throws IOException {
        Path index = tmp.resolve("index");
        Cli cli = Examples.indexedInto(index);

        assertThat(cli.run("doctor", "--format", "json")).isZero();
        assertThat(cli.out).contains("\"location\" : \"" + index + "\"").contains("\"healthy\" : true")
                .contains("\"segments\" : ").contains("\"documents\" : 30").contains("\"problems\" : [ ]")
                .contains("\"seconds\" : ");
    }

    @Test
    void doctorOfNoIndexSaysToBuildOne() {
        Cli cli = new Cli();
        assertThat(cli.run("doctor", "--index", tmp.resolve("none").toString())).isEqualTo(ExitCode.INDEX);
        assertThat(cli.err).contains("no index at").contains("run `recap index PATH` first");
    }

    /** The first file of the index (in name order) whose name contains {@code kind}. */
    private static Path firstFile(Path index, String kind) throws IOException {
        try (Stream<Path> files = Files.list(index)) {
            return files.filter(p -> p.getFileName().toString().contains(kind)
                            && !p.getFileName().toString().startsWith("pending_"))
                    .sorted().findFirst().orElseThrow(() -> new AssertionError("no " + kind + " file in " + index));
        }
    }
}
