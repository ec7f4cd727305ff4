// The part of papaparse's API that Duly uses, typed here instead of by @types/papaparse: that
// package starts with `/// <reference types="node" />`, which would put Node's globals (process,
// Buffer) into every program that imports papaparse, src/core included, and so break its fence.
// The options exclude what Duly must never turn on: `dynamicTyping` turns "00123" into 123, and
// `header` keys rows by column names, losing duplicate columns.
declare module 'papaparse' {
  /** Options of {@link parse} for a string already in memory, without a worker or a stream. */
  export interface ParseConfig {
    /** The cell separator; guessed among `delimitersToGuess` when absent. */
    readonly delimiter?: string;
    /** The line break; guessed when absent. Only one kind is recognised in a parse. */
    readonly newline?: '\r' | '\n' | '\r\n';
    readonly quoteChar?: string;
    readonly escapeChar?: string;
    readonly header?: false;
    readonly dynamicTyping?: false;
    readonly skipEmptyLines?: boolean | 'greedy';
    readonly delimitersToGuess?: readonly string[];
  }

  /** A problem papaparse found. `row` counts records, not lines of the file. */
  export interface ParseError {
    readonly type: 'Quotes' | 'Delimiter' | 'FieldMismatch';
    readonly code: string;
    readonly message: string;
    readonly row?: number;
    /** Offset in the input where the problem was seen. */
    readonly index?: number;
  }

  export interface ParseMeta {
    readonly delimiter: string;
    readonly linebreak: string;
    readonly aborted: boolean;
    readonly truncated: boolean;
    /** Offset in the input where parsing stopped. */
    readonly cursor: number;
  }

  export interface ParseResult {
    /** Every record as its cells, strings exactly as written once unquoted. */
    readonly data: string[][];
    readonly errors: ParseError[];
    readonly meta: ParseMeta;
  }

  /** Parses CSV text synchronously. */
  export function parse(input: string, config?: ParseConfig): ParseResult;
}
