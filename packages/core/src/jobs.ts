// Entry point for the worker only: report rendering pulls in pdfkit and its font files, which the Next apps must
// not bundle (Turbopack cannot load .ttf modules), so it stays out of the main index.
export { runReport } from "./reports/run-report";
export { buildSummaryPdf } from "./reports/summary-pdf";
