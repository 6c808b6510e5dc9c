package io.recap.web.internal;

import io.recap.model.Report;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The Markdown file of an indexed report, for the page's "source" link. Only a path that is exactly the source
 * path of a report in the index is served — {@code /abs/site/_index.md}, or {@code /abs/old.zip!/a/x.md} for an
 * entry of an indexed archive — so no request can name any other file: {@code ../../etc/passwd}, a path that
 * normalises to an indexed one, or a file beside an indexed one are all 404. An event of a page that recaps
 * several has the source path {@code page.md#2} (as the parser names them): its file is the page's. The text goes
 * out as {@code text/plain} in a sandbox, as it is on disk now (a header says when it changed since it was
 * indexed).
 */
public final class SourceFiles {

    /** The source path of an event of a page that recaps several: the page's path, {@code #}, its number. */
    private static final Pattern EVENT_OF_PAGE = Pattern.compile("(.+)#[0-9]+");

    /** The largest source served (the parser reads no more of a report either). */
    static final long MAX_BYTES = 16L << 20;

    private SourceFiles() {
    }

    /** The file of {@code report}, which the index found for {@code path}. */
    public static Response serve(String path, Report report) throws HttpError {
        if (!report.source().path().equals(path)) {
            throw notIndexed(path);
        }
        String file = file(path);
        byte[] bytes;
        try {
            bytes = read(file);
        } catch (NoSuchFileException e) {
            throw HttpError.notFound("the report's file " + file + " is no longer there; run recap index again");
        } catch (IOException e) {
            throw HttpError.notFound("the report's file " + file + " cannot be read: " + e.getMessage());
        }
        Response r = new Response(200, "text/plain; charset=utf-8", bytes,
                Map.of("Content-Security-Policy", "default-src 'none'; sandbox",
                        "Content-Disposition", "inline"));
        return sha256(bytes).equals(report.source().sha256()) ? r : r.with("X-Recap-Source", "changed since indexed");
    }

    /** The file a report's source path names: the path itself, or the page's for an event of a page. */
    static String file(String sourcePath) {
        Matcher m = EVENT_OF_PAGE.matcher(sourcePath);
        if (!m.matches()) {
            return sourcePath;
        }
        try {
            // a file that is really named so (not in an archive) is itself
            return !sourcePath.contains("!/") && Files.isRegularFile(Path.of(sourcePath)) ? sourcePath : m.group(1);
        } catch (InvalidPathException e) {
            return m.group(1);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** 404 for a path no indexed report has. */
    public static HttpError notIndexed(String path) {
        return HttpError.notFound("no indexed report has the path '" + path + "'");
    }

    private static byte[] read(String path) throws IOException {
        int bang = path.indexOf("!/");
        if (bang < 0) {
            Path file = Path.of(path);
            if (Files.size(file) > MAX_BYTES) {
                throw new IOException("larger than " + (MAX_BYTES >> 20) + " MiB");
            }
            return Files.readAllBytes(file);
        }
        try (ZipFile zip = new ZipFile(path.substring(0, bang))) {
            ZipEntry entry = zip.getEntry(path.substring(bang + 2));
            if (entry == null) {
                throw new NoSuchFileException(path);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new IOException("larger than " + (MAX_BYTES >> 20) + " MiB");
                }
                return bytes;
            }
        }
    }
}
