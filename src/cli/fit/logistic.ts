/**
 * Fitting the engine's linear models (src/engine/model/linear.ts): L2-regularised
 * logistic and softmax regression by full-batch gradient descent with AdaGrad
 * steps. Deterministic (no random order), so `npm run train` gives the same
 * weights for the same data; small enough to read in one sitting.
 */
import type { Features, LinearModel, SoftmaxModel } from '../../engine/model/linear.ts';
import { sigmoid } from '../../engine/model/linear.ts';

export interface FitOptions {
  /** L2 penalty on weights (not on the bias), per example. */
  l2: number;
  epochs: number;
  learningRate: number;
}

export const DEFAULT_FIT: FitOptions = { l2: 0.01, epochs: 300, learningRate: 0.5 };

export interface BinaryExample {
  features: Features;
  label: 0 | 1;
  /** Example weight (default 1), e.g. to balance pages of different size. */
  weight?: number;
}

export function fitLogistic(examples: readonly BinaryExample[], options: Partial<FitOptions> = {}): LinearModel {
  const { l2, epochs, learningRate } = { ...DEFAULT_FIT, ...options };
  const weights = new Map<string, number>();
  const history = new Map<string, number>();
  let bias = 0;
  let biasHistory = 0;
  const total = examples.reduce((sum, e) => sum + (e.weight ?? 1), 0) || 1;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = new Map<string, number>();
    let biasGrad = 0;
    for (const example of examples) {
      let z = bias;
      for (const [f, v] of Object.entries(example.features)) z += (weights.get(f) ?? 0) * v;
      const err = (sigmoid(z) - example.label) * (example.weight ?? 1);
      biasGrad += err;
      for (const [f, v] of Object.entries(example.features)) grad.set(f, (grad.get(f) ?? 0) + err * v);
    }
    biasHistory += (biasGrad / total) ** 2;
    bias -= (learningRate * (biasGrad / total)) / Math.sqrt(biasHistory + 1e-8);
    for (const f of new Set([...grad.keys(), ...weights.keys()])) {
      const w = weights.get(f) ?? 0;
      const g = (grad.get(f) ?? 0) / total + l2 * w;
      const h = (history.get(f) ?? 0) + g * g;
      history.set(f, h);
      weights.set(f, w - (learningRate * g) / Math.sqrt(h + 1e-8));
    }
  }
  return { bias: round(bias), weights: roundAll(weights) };
}

export interface ClassExample {
  features: Features;
  label: string;
  weight?: number;
}

export function fitSoftmax(
  examples: readonly ClassExample[],
  classes: readonly string[],
  options: Partial<FitOptions> = {},
): SoftmaxModel {
  const { l2, epochs, learningRate } = { ...DEFAULT_FIT, ...options };
  const weights = new Map(classes.map((c) => [c, new Map<string, number>()]));
  const history = new Map(classes.map((c) => [c, new Map<string, number>()]));
  const bias = new Map(classes.map((c) => [c, 0]));
  const biasHistory = new Map(classes.map((c) => [c, 0]));
  const total = examples.reduce((sum, e) => sum + (e.weight ?? 1), 0) || 1;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = new Map(classes.map((c) => [c, new Map<string, number>()]));
    const biasGrad = new Map(classes.map((c) => [c, 0]));
    for (const example of examples) {
      const entries = Object.entries(example.features);
      const logits = classes.map((c) => {
        const w = weights.get(c) ?? new Map<string, number>();
        return entries.reduce((z, [f, v]) => z + (w.get(f) ?? 0) * v, bias.get(c) ?? 0);
      });
      const max = Math.max(...logits);
      const exps = logits.map((z) => Math.exp(z - max));
      const sum = exps.reduce((a, b) => a + b, 0);
      classes.forEach((c, i) => {
        const err = ((exps[i] ?? 0) / sum - (c === example.label ? 1 : 0)) * (example.weight ?? 1);
        biasGrad.set(c, (biasGrad.get(c) ?? 0) + err);
        const g = grad.get(c);
        if (!g) return;
        for (const [f, v] of entries) g.set(f, (g.get(f) ?? 0) + err * v);
      });
    }
    for (const c of classes) {
      const bg = (biasGrad.get(c) ?? 0) / total;
      const bh = (biasHistory.get(c) ?? 0) + bg * bg;
      biasHistory.set(c, bh);
      bias.set(c, (bias.get(c) ?? 0) - (learningRate * bg) / Math.sqrt(bh + 1e-8));
      const w = weights.get(c);
      const h = history.get(c);
      const g = grad.get(c);
      if (!w || !h || !g) continue;
      for (const f of new Set([...g.keys(), ...w.keys()])) {
        const wf = w.get(f) ?? 0;
        const gf = (g.get(f) ?? 0) / total + l2 * wf;
        const hf = (h.get(f) ?? 0) + gf * gf;
        h.set(f, hf);
        w.set(f, wf - (learningRate * gf) / Math.sqrt(hf + 1e-8));
      }
    }
  }
  return {
    classes: [...classes],
    bias: Object.fromEntries(classes.map((c) => [c, round(bias.get(c) ?? 0)])),
    weights: Object.fromEntries(classes.map((c) => [c, roundAll(weights.get(c) ?? new Map())])),
  };
}

/** Page-level folds: every example of one page falls in the same fold; deterministic for the same ids. */
export function pageFolds(pageIds: readonly string[], k: number): string[][] {
  const sorted = [...new Set(pageIds)].sort((a, b) => hash(a) - hash(b) || a.localeCompare(b));
  const folds: string[][] = Array.from({ length: k }, () => []);
  sorted.forEach((id, i) => folds[i % k]?.push(id));
  return folds;
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/** Weights rounded, and those that round to zero dropped, so saved models stay small and diffable. */
function roundAll(weights: Map<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [f, w] of [...weights].sort(([a], [b]) => a.localeCompare(b))) {
    const r = round(w);
    if (r !== 0) out[f] = r;
  }
  return out;
}
