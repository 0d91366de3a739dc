/**
 * `npm run --silent analyze -- FILE.html [FILE.txt ...]`: one JSON object
 * per input file on stdout, in input order, and nothing else. Exit status 1
 * when any file could not be read or analysed.
 */
import { toRecord } from './analysis-record.ts';
import { analyzeFile } from './load-page.ts';

const files = process.argv.slice(2);
if (!files.length) {
  process.stderr.write('usage: npm run --silent analyze -- FILE.html [FILE.html ...]\n');
  process.exit(2);
}

let failed = false;
for (const file of files) {
  try {
    process.stdout.write(`${JSON.stringify(toRecord(file, await analyzeFile(file)))}\n`);
  } catch (error) {
    failed = true;
    process.stdout.write(`${JSON.stringify({ file, error: error instanceof Error ? error.message : String(error) })}\n`);
  }
}
process.exitCode = failed ? 1 : 0;
