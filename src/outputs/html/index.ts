/** The single-file interactive HTML report (-M html). */
export { createHtmlWriter, HTML_DATA_FORMAT, ROW, STATUS_CODES } from './writer.js';
export type { HtmlReportContext, ReportMeta, CheckInfo, FrameworkInfo } from './writer.js';
