import { describe, expect, it } from 'vitest';
import { stringify } from 'csv-stringify/sync';
import { parse } from 'csv-parse/sync';
import { csvCell, csvLine } from './common.js';

/** Deterministic pseudo-random values built from the characters CSV quoting and formula escaping care about. */
function* adversarialValues(count: number): Generator<string> {
  const alphabet = [';', '"', '\n', '\r', '\r\n', '=', '+', '-', '@', '\t', 'a', ' ', ',', "'", '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', 'é', '𝔸', '\\'];
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  for (let i = 0; i < count; i++) {
    let v = '';
    for (let n = next() % 7; n > 0; n--) v += alphabet[next() % alphabet.length];
    yield v;
  }
}

describe('csvCell and csvLine', () => {
  it('write byte for byte what csv-stringify writes with delimiter ";" and escape_formulas (5,000 adversarial records)', () => {
    const columns = ['A', 'B', 'C'] as const;
    const values = [...adversarialValues(15_000)];
    const records = Array.from({ length: 5_000 }, (_, i) => ({ A: values[3 * i]!, B: values[3 * i + 1]!, C: values[3 * i + 2]! }));
    const ours = records.map((r) => csvLine(columns, r)).join('');
    expect(ours).toBe(stringify(records, { columns: [...columns], delimiter: ';', escape_formulas: true, header: false }));
    // And a CSV parser reads back the values, formulas behind their leading quote.
    const back = parse(ours, { delimiter: ';', relax_column_count: false }) as string[][];
    expect(back.map((row) => row[1])).toEqual(records.map((r) => (/^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(r.B) ? `'${r.B}` : r.B)));
  });

  it('quotes only what needs it and neutralises formulas', () => {
    expect(csvCell('plain text')).toBe('plain text');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('')).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
});
