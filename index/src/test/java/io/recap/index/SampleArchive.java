package io.recap.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A small archive of reports written for the search tests: each report exists to make one behaviour
 * observable, and its comment says which.
 */
final class SampleArchive {

    static final String CLOUD_DAY = "vi/ngay-hoi-dam-may/_index.vi.md";
    static final String DEVOPS_DAY = "en/devops-day/_index.md";
    static final String DIACRITICS = "vi/tu-duy-co-dau/_index.vi.md";
    static final String NO_DIACRITICS = "vi/tu-duy-khong-dau/_index.vi.md";
    static final String DATA_SUMMIT = "en/data-summit/_index.md";
    static final String UNDATED = "en/undated-meetup/_index.md";
    static final String MARATHON = "en/marathon/_index.md";

    /** Sessions of the marathon report, each mentioning "marathon", for paging. */
    static final int MARATHON_SESSIONS = 12;

    private SampleArchive() {
    }

    /** Writes the archive under {@code dir}; returns every file written. */
    static List<Path> write(Path dir) throws IOException {
        return List.of(
                // Vietnamese, with diacritics, services in sessions, morning and afternoon.
                TestReport.vietnamese("Ngày Hội Đám Mây").date("2025-11-17").location("Văn phòng AWS")
                        .speaker("Nguyễn Văn An")
                        .session("Văn Hóa DevOps", "Xây dựng văn hóa cộng tác.")
                        .session("Lưu trữ với Amazon S3", "Dữ liệu trên **Amazon S3** và điện toán đám mây.")
                        .afternoonSession("Container với Amazon ECR", "Quản lý image với **Amazon ECR**.",
                                "Nhiều deployments mỗi ngày.")
                        .writeTo(dir.resolve(CLOUD_DAY)),
                // English, two speakers, CodeDeploy written as one word, ECR under its full name.
                TestReport.english("DevOps Day").date("2025-03-14").location("Hall 7, Ho Chi Minh City")
                        .speaker("Linh Tran").speaker("Daniel Kim")
                        .session("Releases with CodeDeploy", "Blue/green deployments with **AWS CodeDeploy**.")
                        .session("Shipping images", "Images pushed to **Amazon Elastic Container Registry** "
                                + "are scanned.")
                        .afternoonSession("Serverless pipelines", "Functions in **AWS Lambda** react to events.")
                        .writeTo(dir.resolve(DEVOPS_DAY)),
                // The same title with and without diacritics, for ranking exact spellings first.
                TestReport.vietnamese("Hội Thảo Kiến Trúc").date("2024-05-20")
                        .session("Tư Duy Thiết Kế", "Thiết kế hệ thống.")
                        .writeTo(dir.resolve(DIACRITICS)),
                TestReport.vietnamese("Hội Thảo Kiến Trúc").date("2024-05-21")
                        .session("Tu Duy Thiet Ke", "Thiết kế hệ thống.")
                        .writeTo(dir.resolve(NO_DIACRITICS)),
                // English, for stemming: "deploy" finds "deployment".
                TestReport.english("Data Summit").date("2024-09-10").speaker("Mai Pham")
                        .session("Safe deployment strategies", "How teams roll out models.")
                        .writeTo(dir.resolve(DATA_SUMMIT)),
                // No date and no sessions: listed as an event, sorted last by date.
                TestReport.english("Undated Meetup").writeTo(dir.resolve(UNDATED)),
                // Many similar sessions, for paging and sorting.
                marathon().writeTo(dir.resolve(MARATHON)));
    }

    private static TestReport marathon() {
        TestReport r = TestReport.english("Builders Marathon").date("2023-02-02");
        for (int i = 1; i <= MARATHON_SESSIONS; i++) {
            r.session("Marathon stage " + i, "Stage " + i + " of the marathon.");
        }
        return r;
    }
}
