/**
 * Prowler 5's logging flags: --log-level (DEBUG, INFO, WARNING, ERROR, CRITICAL; default WARNING, so
 * warnings show as before), --log-file (every message at the chosen level also goes to a file, one JSON
 * object per line: timestamp, level, message) and --only-logs (the console shows log lines only: no
 * banner, progress, findings or summary).
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import pc from 'picocolors';
import { EXIT, UserError } from './errors.js';

export const LOG_LEVELS = ['DEBUG', 'INFO', 'WARNING', 'ERROR', 'CRITICAL'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Log {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  enabled(level: LogLevel): boolean;
}

export function parseLogLevel(value: string | undefined): LogLevel {
  if (value === undefined) return 'WARNING';
  const v = value.toUpperCase() === 'WARN' ? 'WARNING' : value.toUpperCase();
  if (!(LOG_LEVELS as readonly string[]).includes(v)) throw new UserError(`unknown log level ${value} (use ${LOG_LEVELS.join(', ')})`, EXIT.usage);
  return v as LogLevel;
}

export interface LogOptions {
  level: LogLevel;
  file?: string;
  stream?: NodeJS.WritableStream;
}

export function createLog(options: LogOptions): Log {
  const stream = options.stream ?? process.stderr;
  const min = LOG_LEVELS.indexOf(options.level);
  if (options.file) {
    try {
      writeFileSync(options.file, '', { flag: 'a' });
    } catch (e) {
      throw new UserError(`cannot write the log file ${options.file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, EXIT.usage);
    }
  }
  const emit = (level: LogLevel, message: string) => {
    if (LOG_LEVELS.indexOf(level) < min) return;
    const text = level === 'WARNING' ? pc.yellow(`warning: ${message}`) : level === 'ERROR' || level === 'CRITICAL' ? pc.red(`${level.toLowerCase()}: ${message}`) : `${level.toLowerCase()}: ${message}`;
    stream.write(`${text}\n`);
    if (options.file) appendFileSync(options.file, `${JSON.stringify({ timestamp: new Date().toISOString(), level, message })}\n`);
  };
  return {
    debug: (m) => emit('DEBUG', m),
    info: (m) => emit('INFO', m),
    warn: (m) => emit('WARNING', m),
    error: (m) => emit('ERROR', m),
    enabled: (level) => LOG_LEVELS.indexOf(level) >= min,
  };
}
