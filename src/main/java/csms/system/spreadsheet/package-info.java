/**
 * Spreadsheet export and import for every module: streaming {@code .xlsx}/CSV export with formula-like text
 * neutralised ({@link csms.system.spreadsheet.SpreadsheetExport}, {@link csms.system.spreadsheet.SpreadsheetDownload}),
 * and import of {@code .xlsx}/CSV with header aliases, typed cells, per-row problems and a choice between
 * importing the valid rows or all or nothing ({@link csms.system.spreadsheet.SpreadsheetImport},
 * {@link csms.system.spreadsheet.ImportPlan}, {@link csms.system.spreadsheet.ImportResult}).
 */
@org.springframework.modulith.NamedInterface("spreadsheet")
package csms.system.spreadsheet;
