/** Benchmark figures as every bench section reports them, and how they print. */
export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  target?: string;
}

export function formatFigure(f: BenchFigure): string {
  return `${f.name}: ${Number(f.value.toFixed(2))} ${f.unit}${f.target ? `  (target ${f.target})` : ''}`;
}

export function printFigures(figures: BenchFigure[]): void {
  for (const f of figures) console.log(formatFigure(f));
}
