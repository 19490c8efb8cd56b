/** The single-file interactive HTML report (-M html). */
export { createHtmlWriter } from './writer.js';
