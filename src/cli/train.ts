/**
 * `npm run train [-- STEP…]`: every stage's trainer, in the order the engine
 * runs the stages (topic and policy decide which pages have stakeholders;
 * speakers are named before stakeholders are chosen, stakeholders before
 * their stance), each writing its JSON in src/engine/weights/. Each step runs
 * in its own process, so it reads the weights the steps before it just wrote:
 * upstream changes reach downstream weights. Deterministic: the same corpus
 * gives the same files. Naming steps runs only those (still in this order).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from './corpus.ts';

interface Step {
  name: string;
  script: string;
  args: string[];
}

const CV = ['--cv', '5'];
const TRAIN_STEPS: readonly Step[] = [
  { name: 'topic', script: 'src/cli/train/topic.ts', args: CV },
  { name: 'policy', script: 'src/cli/train/policy.ts', args: CV },
  { name: 'issue', script: 'src/cli/train/issue.ts', args: CV },
  { name: 'speaker', script: 'src/cli/train/speaker.ts', args: CV },
  { name: 'stakeholder', script: 'src/cli/train/stakeholder-stance.ts', args: [] },
];
/** "stance" is fitted in the stakeholder step, from the same reading of the corpus. */
const ALIASES: Readonly<Record<string, string>> = { stance: 'stakeholder' };

const asked = new Set(process.argv.slice(2).map((a) => ALIASES[a] ?? a));
const unknown = [...asked].filter((a) => !TRAIN_STEPS.some((s) => s.name === a));
if (unknown.length) {
  process.stderr.write(`unknown step ${unknown.join(', ')}; steps: ${TRAIN_STEPS.map((s) => s.name).join(', ')}, stance\n`);
  process.exit(2);
}

for (const step of TRAIN_STEPS) {
  if (asked.size && !asked.has(step.name)) continue;
  process.stderr.write(`\n== ${step.name}\n`);
  // The same Node and loader flags (tsx) as this process.
  const run = spawnSync(process.execPath, [...process.execArgv, join(PROJECT_ROOT, step.script), ...step.args], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
  });
  if (run.status !== 0) {
    process.stderr.write(`${step.name} failed (exit ${run.status ?? run.signal}); later steps not run\n`);
    process.exit(run.status || 1);
  }
}
