package lv.praise.domain.reports;

/** Port: the printable report for the management meeting (PDF, A4, as many pages as its lists need). */
public interface ReportRenderer {
    byte[] pdf(Report report);
}
