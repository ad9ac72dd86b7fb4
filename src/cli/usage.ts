import { DEFAULT_INPUT, DEFAULT_OUT } from './args.ts';

/** The text `--help` prints. */
export const usage = `Usage: npm run extract -- [--dct YYYY-MM-DD] [--out FILE] [FILE|DIR ...]

Reads news articles (UTF-8 .txt or .md), extracts every dated event and writes the timeline JSON.

  FILE|DIR         articles to read; a directory contributes its .txt and .md files
                   (default: ${DEFAULT_INPUT}/)
  --dct DATE       the date the articles were written, YYYY-MM-DD
                   (default: read from each article's dateline or inferred from its text;
                   an article with neither gets an unknown date, its events that depend on
                   the date are kept as undated, and a warning names it)
  --out FILE       where to write the timeline (default: ${DEFAULT_OUT})
  -h, --help       print this help

On bad input every problem is printed, one per line, the exit code is 1 and no file is written.`;
