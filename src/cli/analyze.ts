/**
 * `npm run --silent analyze -- FILE.html [FILE.txt ...]`: one JSON object
 * per input file on stdout, in input order, and nothing else. Exit status 1
 * when any file could not be read or analysed.
 *
 * `npm run --silent analyze -- --trace FILE`: instead, every scored decision
 * (each quote's speaker candidates, and whatever other stages trace) with the
 * features, weights and scores that decided it.
 */
import { toRecord } from './analysis-record.ts';
import { analyzeFile } from './load-page.ts';
import { formatTrace } from './trace-format.ts';

const args = process.argv.slice(2);
const trace = args.includes('--trace');
const files = args.filter((a) => a !== '--trace');
if (!files.length) {
  process.stderr.write('usage: npm run --silent analyze -- [--trace] FILE.html [FILE.html ...]\n');
  process.exit(2);
}

let failed = false;
for (const file of files) {
  try {
    const analysis = await analyzeFile(file, { trace });
    process.stdout.write(trace ? `# ${file}\n${formatTrace(analysis.trace ?? [])}` : `${JSON.stringify(toRecord(file, analysis))}\n`);
  } catch (error) {
    failed = true;
    process.stdout.write(`${JSON.stringify({ file, error: error instanceof Error ? error.message : String(error) })}\n`);
  }
}
process.exitCode = failed ? 1 : 0;
