/**
 * The one kind of decision the engine makes: a linear score over named
 * features, fitted offline by `npm run train` (src/cli/fit/). Every stage that
 * chooses between candidates scores them here, so each decision can be
 * explained by the features that pushed it and by how much.
 */

/** Feature name → value (binary features are 1; absent features are 0). */
export type Features = Readonly<Record<string, number>>;

/** A binary logistic model: P(yes) = sigmoid(bias + Σ weight·value). */
export interface LinearModel {
  bias: number;
  weights: Readonly<Record<string, number>>;
}

/** One feature's share in a score. */
export interface Contribution {
  feature: string;
  value: number;
  weight: number;
}

export interface LinearScore {
  /** The logit: bias plus every contribution. */
  score: number;
  probability: number;
  /** Non-zero contributions, largest in absolute size first. */
  contributions: Contribution[];
}

export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

function contributionsOf(weights: Readonly<Record<string, number>>, features: Features): Contribution[] {
  const out: Contribution[] = [];
  for (const [feature, value] of Object.entries(features)) {
    const weight = weights[feature];
    if (weight === undefined || value === 0 || !Number.isFinite(value)) continue;
    out.push({ feature, value, weight });
  }
  return out.sort((a, b) => Math.abs(b.weight * b.value) - Math.abs(a.weight * a.value));
}

export function scoreLinear(model: LinearModel, features: Features): LinearScore {
  const contributions = contributionsOf(model.weights, features);
  const score = contributions.reduce((sum, c) => sum + c.weight * c.value, model.bias);
  return { score, probability: sigmoid(score), contributions };
}

/** A multinomial logistic (softmax) model over named classes. */
export interface SoftmaxModel {
  classes: readonly string[];
  bias: Readonly<Record<string, number>>;
  /** class → feature → weight. */
  weights: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

export interface SoftmaxScore {
  /** Classes with their probability, most probable first. */
  ranked: { label: string; probability: number; contributions: Contribution[] }[];
}

export function scoreSoftmax(model: SoftmaxModel, features: Features): SoftmaxScore {
  const logits = model.classes.map((label) => {
    const contributions = contributionsOf(model.weights[label] ?? {}, features);
    const logit = contributions.reduce((sum, c) => sum + c.weight * c.value, model.bias[label] ?? 0);
    return { label, logit, contributions };
  });
  const max = Math.max(...logits.map((l) => l.logit), 0);
  const exps = logits.map((l) => Math.exp(l.logit - max));
  const total = exps.reduce((a, b) => a + b, 0) || 1;
  const ranked = logits
    .map((l, i) => ({ label: l.label, probability: (exps[i] ?? 0) / total, contributions: l.contributions }))
    .sort((a, b) => b.probability - a.probability);
  return { ranked };
}
