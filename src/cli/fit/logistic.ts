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
  const { epochs, ...step } = { ...DEFAULT_FIT, ...options };
  // Features numbered once and weights in a flat array, as in fitSoftmax: tens of thousands of headlines per fold.
  const { names, rows } = indexFeatures(examples.map((e) => e.features));
  const fit = new AdaGradLinear(names.length, step);
  const total = examples.reduce((sum, e) => sum + (e.weight ?? 1), 0) || 1;
  for (let epoch = 0; epoch < epochs; epoch++) {
    fit.grad.fill(0);
    let biasGrad = 0;
    examples.forEach((example, n) => {
      const { index, value } = rows[n] ?? { index: [], value: [] };
      let z = fit.bias;
      for (let k = 0; k < index.length; k++) z += (fit.weights[index[k] ?? 0] ?? 0) * (value[k] ?? 0);
      const err = (sigmoid(z) - example.label) * (example.weight ?? 1);
      biasGrad += err;
      for (let k = 0; k < index.length; k++) {
        const f = index[k] ?? 0;
        fit.grad[f] = (fit.grad[f] ?? 0) + err * (value[k] ?? 0);
      }
    });
    fit.step(biasGrad, total);
  }
  return fit.model(names);
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
  // Features numbered once and weights in one flat array (class-major): tens of
  // thousands of examples × 21 classes must fit in seconds, not minutes.
  const { names, rows } = indexFeatures(examples.map((e) => e.features));
  const labels = examples.map((e) => classes.indexOf(e.label));
  const nc = classes.length;
  const nf = names.length;
  const weights = new Float64Array(nc * nf);
  const history = new Float64Array(nc * nf);
  const grad = new Float64Array(nc * nf);
  const bias = new Float64Array(nc);
  const biasHistory = new Float64Array(nc);
  const biasGrad = new Float64Array(nc);
  const logits = new Float64Array(nc);
  const total = examples.reduce((sum, e) => sum + (e.weight ?? 1), 0) || 1;
  for (let epoch = 0; epoch < epochs; epoch++) {
    grad.fill(0);
    biasGrad.fill(0);
    examples.forEach((example, n) => {
      const { index, value } = rows[n] ?? { index: [], value: [] };
      let max = -Infinity;
      for (let c = 0; c < nc; c++) {
        let z = bias[c] ?? 0;
        for (let k = 0; k < index.length; k++) z += (weights[c * nf + (index[k] ?? 0)] ?? 0) * (value[k] ?? 0);
        logits[c] = z;
        if (z > max) max = z;
      }
      let sum = 0;
      for (let c = 0; c < nc; c++) sum += (logits[c] = Math.exp((logits[c] ?? 0) - max));
      for (let c = 0; c < nc; c++) {
        const err = ((logits[c] ?? 0) / sum - (c === labels[n] ? 1 : 0)) * (example.weight ?? 1);
        biasGrad[c] = (biasGrad[c] ?? 0) + err;
        for (let k = 0; k < index.length; k++) {
          const at = c * nf + (index[k] ?? 0);
          grad[at] = (grad[at] ?? 0) + err * (value[k] ?? 0);
        }
      }
    });
    for (let c = 0; c < nc; c++) {
      const bg = (biasGrad[c] ?? 0) / total;
      biasHistory[c] = (biasHistory[c] ?? 0) + bg * bg;
      bias[c] = (bias[c] ?? 0) - (learningRate * bg) / Math.sqrt((biasHistory[c] ?? 0) + 1e-8);
    }
    adagradStep(weights, grad, history, total, { l2, learningRate });
  }
  return {
    classes: [...classes],
    bias: Object.fromEntries(classes.map((c, i) => [c, round(bias[i] ?? 0)])),
    weights: Object.fromEntries(
      classes.map((c, i) => [c, roundAll(new Map(names.map((f, j) => [f, weights[i * nf + j] ?? 0])))]),
    ),
  };
}

/** One choice among candidates (e.g. a quote's possible speakers); `right` is the chosen one, or -1 for none of them. */
export interface ChoiceExample {
  candidates: readonly Features[];
  right: number;
}

/**
 * Conditional logit: a candidate's score is bias + Σ weight·value, and the
 * choice is a softmax over the candidates and a "none of them" option scored 0,
 * so weights learn to rank candidates against each other (not each against
 * every other quote's) and the bias learns when nobody fits. The result is a
 * LinearModel: sigmoid(score) is a candidate's chance against "none".
 */
export function fitChoice(examples: readonly ChoiceExample[], options: Partial<FitOptions> = {}): LinearModel {
  const { epochs, ...step } = { ...DEFAULT_FIT, ...options };
  const { names, rows } = indexFeatures(examples.flatMap((e) => e.candidates));
  const fit = new AdaGradLinear(names.length, step);
  const total = examples.length || 1;
  for (let epoch = 0; epoch < epochs; epoch++) {
    fit.grad.fill(0);
    let biasGrad = 0;
    let row = 0;
    for (const example of examples) {
      const group = rows.slice(row, row + example.candidates.length);
      row += example.candidates.length;
      const scores = group.map(({ index, value }) => index.reduce((z, f, k) => z + (fit.weights[f] ?? 0) * (value[k] ?? 0), fit.bias));
      const max = Math.max(0, ...scores);
      const exps = scores.map((z) => Math.exp(z - max));
      const sum = exps.reduce((a, b) => a + b, Math.exp(-max));
      group.forEach(({ index, value }, c) => {
        const err = (exps[c] ?? 0) / sum - (c === example.right ? 1 : 0);
        biasGrad += err;
        index.forEach((f, k) => (fit.grad[f] = (fit.grad[f] ?? 0) + err * (value[k] ?? 0)));
      });
    }
    fit.step(biasGrad, total);
  }
  return fit.model(names);
}

/** One weight vector and its bias under AdaGrad, as fitLogistic and fitChoice share them: only the gradient differs. */
class AdaGradLinear {
  readonly weights: Float64Array;
  /** The summed gradient of the current epoch, filled by the caller. */
  readonly grad: Float64Array;
  private readonly history: Float64Array;
  bias = 0;
  private biasHistory = 0;

  constructor(
    size: number,
    private readonly options: Pick<FitOptions, 'l2' | 'learningRate'>,
  ) {
    this.weights = new Float64Array(size);
    this.grad = new Float64Array(size);
    this.history = new Float64Array(size);
  }

  /** The epoch's step: the bias unpenalised, every weight through adagradStep. */
  step(biasGrad: number, total: number): void {
    this.biasHistory += (biasGrad / total) ** 2;
    this.bias -= (this.options.learningRate * (biasGrad / total)) / Math.sqrt(this.biasHistory + 1e-8);
    adagradStep(this.weights, this.grad, this.history, total, this.options);
  }

  model(names: readonly string[]): LinearModel {
    return { bias: round(this.bias), weights: roundAll(new Map(names.map((f, j) => [f, this.weights[j] ?? 0]))) };
  }
}

/** One AdaGrad step on every weight: the gradient summed over examples is divided by `total`, plus the L2 pull. */
function adagradStep(weights: Float64Array, grad: Float64Array, history: Float64Array, total: number, { l2, learningRate }: Pick<FitOptions, 'l2' | 'learningRate'>): void {
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i] ?? 0;
    const g = (grad[i] ?? 0) / total + l2 * w;
    history[i] = (history[i] ?? 0) + g * g;
    weights[i] = w - (learningRate * g) / Math.sqrt((history[i] ?? 0) + 1e-8);
  }
}

/** Feature names numbered in first-seen order, and each example as parallel index and value arrays. */
function indexFeatures(rows: readonly Features[]): { names: string[]; rows: { index: number[]; value: number[] }[] } {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const out = rows.map((features) => {
    const index: number[] = [];
    const value: number[] = [];
    for (const [f, v] of Object.entries(features)) {
      let id = ids.get(f);
      if (id === undefined) {
        id = names.length;
        ids.set(f, id);
        names.push(f);
      }
      index.push(id);
      value.push(v);
    }
    return { index, value };
  });
  return { names, rows: out };
}

/**
 * Page-level folds: every example of one page falls in the same fold;
 * deterministic for the same ids and split. Split 0 is the one every trainer
 * uses; other splits shuffle the pages differently, so figures can be averaged
 * over several partitions instead of resting on one.
 */
export function pageFolds(pageIds: readonly string[], k: number, split = 0): string[][] {
  const key = (id: string) => hash(split ? `${split}:${id}` : id);
  const sorted = [...new Set(pageIds)].sort((a, b) => key(a) - key(b) || a.localeCompare(b));
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
