/**
 * PDF for every module: a Thymeleaf template laid out as an A4 document with the embedded CJK font WenQuanYi Micro
 * Hei ({@link csms.system.pdf.PdfDocuments}), sent as a download, audited when it holds personal data
 * ({@link csms.system.pdf.PdfDownload}). Templates reuse {@code templates/fragments/print.html} (ADR 0007).
 */
@org.springframework.modulith.NamedInterface("pdf")
package csms.system.pdf;
