package io.recap.parser;

import io.recap.model.Report;
import io.recap.parser.internal.JsonCodec;

/**
 * Writes a {@link Report} as JSON in the documented contract (camelCase keys; absent values {@code null}
 * or {@code []}) and reads it back: {@code read(write(r))} equals {@code r} for every report. Stateless and
 * thread-safe. The JSON library it uses is an implementation detail: only strings cross this API.
 *
 * <p>Top-level keys: {@code source.{path,sha256,bytes}}, {@code language}, {@code indexPage}, {@code title},
 * {@code pageTitle}, {@code date} (ISO), {@code endDate}, {@code startTime}, {@code endTime}, {@code location},
 * {@code audience}, {@code format}, {@code organizers[]}, {@code objectives[]},
 * {@code speakers[].{name,role,organization}},
 * {@code sessions[].{number,title,part,startTime,endTime,speakers[],points[],demos[],services[],lines.{start,end}}},
 * {@code services[].{id,name,abbreviation,category,mentions}}, {@code highlights[]}, {@code takeaways[]},
 * {@code nextSteps[]}, {@code listedEvents[]}, {@code sections[].{kind,heading,level,parent,lines}},
 * {@code frontMatter}, {@code diagnostics[].{severity,code,message,line,column}}.
 */
public final class ReportJson {

    private ReportJson() {
    }

    /**
     * The report as one line of JSON (for NDJSON).
     *
     * @param report the report
     * @return its JSON, without line breaks
     */
    public static String write(Report report) {
        return JsonCodec.write(report, false);
    }

    /**
     * The report as indented JSON.
     *
     * @param report the report
     * @return its JSON, indented over several lines
     */
    public static String writePretty(Report report) {
        return JsonCodec.write(report, true);
    }

    /**
     * Reads a report written by {@link #write(Report)} or {@link #writePretty(Report)}.
     *
     * @param json the JSON text
     * @return a report equal to the one written
     * @throws IllegalArgumentException when {@code json} is not such a report; the message says where
     */
    public static Report read(String json) {
        return JsonCodec.read(json);
    }
}
