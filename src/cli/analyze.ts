/**
 * `npm run --silent analyze -- FILE.html [FILE.txt ...]`: one JSON object
 * per input file on stdout, in input order, and nothing else. Exit status 1
 * when any file could not be read or analysed.
 *
 * `npm run --silent analyze -- --trace FILE`: instead, every scored decision
 * with the features, weights and scores that decided it: each quote's
 * speaker candidates, each candidate actor kept as a stakeholder or not
 * (against the threshold), and each stakeholder's stance (cues, how they
 * reached the actor, features, margin).
 */
import { toRecord } from './analysis-record.ts';
import { traceDecisions } from './decision-trace.ts';
import { prepareFile } from './load-page.ts';
import { formatDecisions, formatTrace } from './trace-format.ts';

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
    const prepared = await prepareFile(file, { trace });
    const analysis = prepared.analyse();
    process.stdout.write(
      trace
        ? `# ${file}\n${formatTrace(analysis.trace ?? [])}${formatDecisions(traceDecisions(prepared, analysis))}`
        : `${JSON.stringify(toRecord(file, analysis))}\n`,
    );
  } catch (error) {
    failed = true;
    process.stdout.write(`${JSON.stringify({ file, error: error instanceof Error ? error.message : String(error) })}\n`);
  }
}
process.exitCode = failed ? 1 : 0;
